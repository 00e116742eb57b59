"""Builds the verity wheel from this source tree.

The compiled part (_verity) is a CMake target of the main build, so it is
built the same way, with the same flags, as the CLI it must agree with; this
script only (re)builds that target and puts it beside the Python files.
$VERITY_BUILD_DIR names the CMake build directory (default: ../build).
"""

import os
import shutil
import subprocess
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py
from setuptools.dist import Distribution

ROOT = Path(__file__).resolve().parent.parent
BUILD = Path(os.environ.get("VERITY_BUILD_DIR", ROOT / "build")).resolve()


class BuildWithCMake(build_py):
    """build_py, plus the _verity extension built by CMake."""

    def run(self) -> None:
        super().run()
        if not (BUILD / "CMakeCache.txt").exists():
            subprocess.run(["cmake", "-S", str(ROOT), "-B", str(BUILD), "-DCMAKE_BUILD_TYPE=Release"], check=True)
        jobs = str(os.cpu_count() or 1)
        subprocess.run(["cmake", "--build", str(BUILD), "--target", "verity_python", "-j", jobs], check=True)
        extensions = sorted((BUILD / "python" / "verity").glob("_verity*.so"))
        if not extensions:
            raise RuntimeError(f"{BUILD}/python/verity: the build made no _verity extension")
        target = Path(self.build_lib) / "verity"
        target.mkdir(parents=True, exist_ok=True)
        for extension in extensions:
            shutil.copy2(extension, target / extension.name)


class BinaryDistribution(Distribution):
    """The wheel holds a compiled module: tag it for this Python and platform."""

    def has_ext_modules(self) -> bool:
        return True


setup(cmdclass={"build_py": BuildWithCMake}, distclass=BinaryDistribution)
