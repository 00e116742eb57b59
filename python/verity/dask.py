"""Scoring Dask collections of articles with verity.

Each worker process loads the model once (by path, so the model file must be
readable at that path on every worker: shared storage on a multi-machine
cluster) and scores whole partitions with :meth:`verity.Model.check_many`,
which releases the GIL and uses the worker's share of the cores.

    import dask.bag as db, json, verity.dask
    bag = db.read_text("/shared/news/*.jsonl").map(json.loads)
    records = verity.dask.score_bag(bag).compute()      # one record per article, ids kept

Requires Debian's python3-dask (and python3-distributed for a cluster).
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import sys
import threading
from collections.abc import Iterable, Sequence
from typing import Any, Optional, Union

import verity

__all__ = ["score_bag", "score_dataframe", "score_files", "RESULT_COLUMNS"]

#: Columns of :func:`score_dataframe`'s result, beside the input's index.
RESULT_COLUMNS = ("id", "fake_probability", "verdict", "satire_probability", "error", "record")

ModelRef = Union[None, str, os.PathLike, verity.Model]

_load_lock = threading.Lock()


@functools.lru_cache(maxsize=8)
def _cached_model(path: str) -> verity.Model:
    return verity.load_model(path)


def worker_model(path: str) -> verity.Model:
    """The model at ``path``, loaded once per process however many partitions
    (and threads of the worker) ask for it."""
    with _load_lock:
        return _cached_model(path)


def _model_path(model: ModelRef) -> str:
    if isinstance(model, verity.Model):
        return model.path
    # Resolve on the client so every worker loads the same file.
    return verity.load_model(model).path


def _worker_threads(threads: Optional[int]) -> int:
    """``threads`` when given; else this machine's cores divided among the
    worker's task threads, so concurrent partitions do not oversubscribe it."""
    if threads is not None:
        return threads
    cores = os.cpu_count() or 1
    try:
        from distributed import get_worker

        slots = get_worker().state.nthreads
    except (ImportError, ValueError, AttributeError):
        slots = 1  # not on a distributed worker: the local scheduler runs one partition at a time per core
    return max(1, cores // max(1, slots))


def _score(articles: Iterable[Any], path: str, threads: Optional[int], explain: bool) -> list[dict[str, Any]]:
    return worker_model(path).check_many(articles, _worker_threads(threads), explain=explain)


def score_bag(bag: Any, model: ModelRef = None, *, threads: Optional[int] = None, explain: bool = True) -> Any:
    """Scores a ``dask.bag.Bag`` of articles (strings or dicts with ``id``,
    ``title``, ``text`` or ``html``, ``url``, ...), lazily: a bag of records,
    one per article, partition by partition, in order.

    Each record is :meth:`verity.Model.check_many`'s, whose ``id`` is the
    article's own; an article without one gets its 1-based position within its
    partition, so give ids to tell results apart. ``model`` is a
    :class:`verity.Model`, a path, or ``None`` for the default model (resolved
    on the client). ``threads`` per partition defaults to the worker's share of
    the cores.
    """
    return bag.map_partitions(_score, _model_path(model), threads, explain)


def _score_frame(frame: Any, path: str, threads: Optional[int], explain: bool, id_column: Optional[str]) -> Any:
    import pandas as pd

    articles = frame.to_dict("records")
    if id_column is None:  # the index is the id
        for article, index in zip(articles, frame.index):
            article["id"] = str(index)
    records = _score(articles, path, threads, explain)
    return pd.DataFrame(
        {
            "id": [record["id"] for record in records],
            "fake_probability": [record.get("fake_probability", float("nan")) for record in records],
            "verdict": [record.get("verdict") for record in records],
            "satire_probability": [record.get("satire_probability", float("nan")) for record in records],
            "error": [record.get("error") for record in records],
            "record": [json.dumps(record) for record in records],
        },
        index=frame.index,
        columns=list(RESULT_COLUMNS),
    )


def score_dataframe(
    frame: Any,
    model: ModelRef = None,
    *,
    threads: Optional[int] = None,
    explain: bool = True,
    id_column: Optional[str] = "id",
) -> Any:
    """Scores a ``dask.dataframe.DataFrame`` whose columns are article fields
    (``text`` or ``html``; ``title``, ``url``, ``label``, ... when present).

    Returns a lazy data frame with the input's index and the columns
    ``id``, ``fake_probability``, ``verdict``, ``satire_probability``,
    ``error`` (``None`` unless the row could not be read; the scores are then
    NaN) and ``record`` (the whole record as a JSON string). The ids come from
    ``id_column``; when the frame has no such column (or ``id_column`` is
    ``None``) the index values, as strings, are the ids.
    """
    import pandas as pd

    if id_column is not None and id_column not in frame.columns:
        id_column = None
    elif id_column is not None and id_column != "id":
        frame = frame.rename(columns={id_column: "id"})
    meta = pd.DataFrame(
        {
            "id": pd.Series(dtype=object),
            "fake_probability": pd.Series(dtype=float),
            "verdict": pd.Series(dtype=object),
            "satire_probability": pd.Series(dtype=float),
            "error": pd.Series(dtype=object),
            "record": pd.Series(dtype=object),
        },
        index=frame._meta.index,
    )
    return frame.map_partitions(_score_frame, _model_path(model), threads, explain, id_column, meta=meta)


def _score_lines(lines: Iterable[str], path: str, threads: Optional[int], explain: bool) -> list[str]:
    jsonl = "\n".join(line.rstrip("\r\n") for line in lines if line.strip())
    return worker_model(path)._bound.check_jsonl(jsonl, _worker_threads(threads), explain, False)


def score_files(
    inputs: Union[str, Sequence[str]],
    output_dir: str,
    model: ModelRef = None,
    *,
    threads: Optional[int] = None,
    explain: bool = True,
    blocksize: Optional[Union[int, str]] = "32MiB",
) -> Any:
    """Scores JSON Lines files (a path, a glob or a list of them) into
    ``output_dir/0.jsonl``, ``1.jsonl``, ..., one record per input line, in order, as
    ``verity batch`` writes them; lines go to the engine as they are, so a
    malformed line gives an error record like the CLI's. Returns the lazy
    write (``dask.compute`` it). Files are split into ``blocksize`` pieces;
    gzip files cannot be split: pass ``blocksize=None``."""
    import dask.bag as db

    bag = db.read_text(inputs, blocksize=blocksize)
    records = bag.map_partitions(_score_lines, _model_path(model), threads, explain)
    return records.to_textfiles(os.path.join(output_dir, "*.jsonl"), compute=False, last_endline=True)


def main(argv: Optional[Sequence[str]] = None) -> int:
    """python3 -m verity.dask: score JSON Lines files on a Dask cluster."""
    parser = argparse.ArgumentParser(prog="python3 -m verity.dask", description=main.__doc__)
    parser.add_argument("inputs", nargs="+", help="JSON Lines files or globs, readable by every worker")
    parser.add_argument("--output", required=True, help="directory for the records, writable by every worker")
    parser.add_argument("--scheduler", help="address of a running `dask scheduler` (default: a local cluster)")
    parser.add_argument("--model", help="model file, readable at this path by every worker (default: the shipped one)")
    parser.add_argument("--threads", type=int, help="threads per partition (default: the worker's share of its cores)")
    parser.add_argument("--no-explain", action="store_true", help="skip explanations (faster)")
    parser.add_argument("--blocksize", default="32MiB", help="bytes per partition, or 'none' for gzip input")
    args = parser.parse_args(argv)
    import dask
    import distributed

    blocksize = None if args.blocksize.lower() == "none" else args.blocksize
    # Run as `-m`, this file is __main__; the workers must get the functions of
    # the importable verity.dask (and its per-process model cache) instead.
    from verity.dask import score_files as importable_score_files

    write = importable_score_files(args.inputs, args.output, args.model, threads=args.threads,
                        explain=not args.no_explain, blocksize=blocksize)
    with distributed.Client(args.scheduler) if args.scheduler else distributed.Client(
        distributed.LocalCluster(dashboard_address=None)
    ):
        (written,) = dask.compute(write)
    print(f"verity.dask: {len(written)} files in {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
