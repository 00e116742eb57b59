# Convenience entry points; the scripts do the work so they also run where
# make is not yet installed.
.PHONY: all build test demo setup bench model evidence clean
all: build
build:
	bash scripts/build.sh
test:
	bash scripts/test.sh
demo:
	bash scripts/demo.sh
setup:
	bash scripts/setup.sh
bench: build
	bash bench/run.sh
model:
	bash scripts/train-default-model.sh
evidence:
	bash scripts/build-evidence.sh
clean:
	rm -rf build build-debug build-asan
