#!/usr/bin/python3
"""Throughput of the Python module: Model.check_many in this process, then
verity.dask.score_files (the job of the README's cluster recipe: JSON Lines
files in, record files out) on a distributed.LocalCluster of one and of two
worker processes, beside `verity batch` as the C++ reference.

Data: ../shared/data/fakenewsnet/test.jsonl repeated --repeat times. When the
shared data is absent it says so and measures tests/fixtures/python/news.jsonl
instead (short invented articles: figures not comparable with the README's).

Run after the README's set-up (or with PYTHONPATH=build/python):
    /usr/bin/python3 bench/python_dask_bench.py [--repeat 3] [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared" / "data" / "fakenewsnet" / "test.jsonl"
FIXTURE = REPO / "tests" / "fixtures" / "python" / "news.jsonl"


def best_of(runs: int, job) -> float:
    """Median seconds of `runs` runs of job()."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        job()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def dask_job(workers: int, path: Path, out_dir: Path, runs: int, threads: int | None) -> float:
    import dask
    import distributed

    import verity.dask

    blocksize = max(1 << 16, path.stat().st_size // (4 * workers))
    with distributed.LocalCluster(
        n_workers=workers, processes=True, threads_per_worker=1, dashboard_address=None
    ) as cluster, distributed.Client(cluster):

        def job() -> None:
            dask.compute(verity.dask.score_files(str(path), str(out_dir), threads=threads, blocksize=blocksize))

        job()  # warm-up: workers start and load the model
        return best_of(runs, job)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="copies of the data set (default 3)")
    parser.add_argument("--runs", type=int, default=3, help="runs per setting; the median is reported")
    args = parser.parse_args()

    import verity

    source = SHARED if SHARED.exists() else FIXTURE
    if source is FIXTURE:
        print(f"NOTE: {SHARED} is absent: measuring the small fixture {FIXTURE.name} instead;"
              " the figures are not comparable with the README's.", file=sys.stderr)
    lines = [line for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    lines = lines * args.repeat * (1 if source is SHARED else 200)
    articles = [json.loads(line) for line in lines]
    cores = os.cpu_count() or 1
    megabytes = sum(len(line.encode()) for line in lines) / 1e6
    print(f"{len(articles)} articles ({megabytes:.1f} MB) from {source.name}, {cores} cores, "
          f"median of {args.runs} runs")

    model = verity.load_model()
    rows = []
    for threads in sorted({1, cores}):
        seconds = best_of(args.runs, lambda: model.check_many(articles, threads))
        rows.append((f"Model.check_many, {threads} thread{'s' * (threads > 1)}, in process", seconds))

    with tempfile.TemporaryDirectory(prefix="verity-dask-bench-") as scratch:
        path = Path(scratch) / "articles.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        for workers in (1, 2):
            out_dir = Path(scratch) / f"out-{workers}"
            seconds = dask_job(workers, path, out_dir, args.runs, threads=1)
            rows.append((f"verity.dask.score_files, {workers} worker{'s' * (workers > 1)} x 1 thread", seconds))
        seconds = dask_job(2, path, Path(scratch) / "out-default", args.runs, threads=None)
        rows.append((f"verity.dask.score_files, 2 workers, default threads ({cores} each)", seconds))
        cli = REPO / "build" / "verity"
        if cli.exists():
            for threads in sorted({1, cores}):
                command = [str(cli), "batch", "--threads", str(threads), str(path), "-o", os.devnull]
                seconds = best_of(args.runs, lambda: subprocess.run(command, check=True, stderr=subprocess.DEVNULL))
                rows.append((f"reference: verity batch --threads {threads}", seconds))

    print(f"\n| {'setting':<72} | articles/s | MB/s |")
    print(f"|{'-' * 74}|-----------:|-----:|")
    for name, seconds in rows:
        print(f"| {name:<72} | {len(articles) / seconds:10.0f} | {megabytes / seconds:4.1f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
