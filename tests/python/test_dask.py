"""verity.dask on a real distributed cluster (two worker processes): the
records equal `verity batch`'s for the same file, ids kept, and each worker
loads the model once."""

from __future__ import annotations

import json
from pathlib import Path

import dask.bag as db
import dask.dataframe as dd
import distributed
import pytest

import verity
import verity.dask
from conftest import NEWS, SHARED_TEST, read_jsonl

SHARED_LIMIT = 600  # articles of the shared test part: enough to spread over both workers, quick in CI


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
    ) as cluster, distributed.Client(cluster) as client:
        yield client


@pytest.fixture(params=["fixture", "shared"])
def dataset(request, tmp_path) -> Path:
    """A JSON Lines file to score: our fixture, and FakeNewsNet's test part
    (its first SHARED_LIMIT lines) when ../shared is there."""
    if request.param == "fixture":
        return NEWS
    if not SHARED_TEST.exists():
        pytest.skip(f"{SHARED_TEST}: shared data absent (the fixture case still ran)")
    path = tmp_path / "test.jsonl"
    with open(SHARED_TEST, encoding="utf-8") as source:
        path.write_text("".join(line for _, line in zip(range(SHARED_LIMIT), source)), encoding="utf-8")
    return path


def test_score_bag_equals_cli_batch(client, cli, dataset):
    size = dataset.stat().st_size
    bag = db.read_text(str(dataset), blocksize=max(1024, size // 4)).map(json.loads)
    assert bag.npartitions >= 2
    got = verity.dask.score_bag(bag).compute()
    expected = cli.records("batch", str(dataset))
    articles = read_jsonl(dataset)
    assert len(got) == len(expected) == len(articles)
    for article, mine, theirs in zip(articles, got, expected):
        if "id" in article:
            assert mine["id"] == str(article["id"])
        if "error" in theirs:
            assert "error" in mine
        elif "id" in article:  # without an id the position is the partition's
            assert mine == theirs
        else:
            assert {**mine, "id": theirs["id"]} == theirs


def outputs(directory: Path) -> list[Path]:
    """score_files' output files in order: 0.jsonl, 1.jsonl, ..."""
    return sorted(directory.glob("*.jsonl"), key=lambda path: int(path.stem))


def test_score_files_writes_what_cli_batch_prints(client, cli, dataset, tmp_path):
    import dask

    out = tmp_path / "scores"
    dask.compute(verity.dask.score_files(str(dataset), str(out), blocksize=max(1024, dataset.stat().st_size // 3)))
    assert len(outputs(out)) >= 2
    # Concatenated, the files are `verity batch`'s output byte for byte, wherever
    # the records carry their own ids (an id-less record's is its position in
    # its partition; a bad line's message names "<articles>:N").
    got = "".join(path.read_text(encoding="utf-8") for path in outputs(out)).split("\n")
    expected = cli.run("batch", str(dataset)).split("\n")
    articles = read_jsonl(dataset)
    assert got[-1] == expected[-1] == ""  # both end in a newline
    assert len(got) - 1 == len(expected) - 1 == len(articles)
    for article, mine, theirs in zip(articles, got, expected):
        if '"error"' not in theirs and "id" in article:
            assert mine == theirs
        else:
            assert ('"error"' in mine) == ('"error"' in theirs)


def test_command_line_scores_files(cli, tmp_path):
    import subprocess
    import sys

    out = tmp_path / "scores"
    done = subprocess.run([sys.executable, "-m", "verity.dask", str(NEWS), "--output", str(out), "--blocksize", "1KiB"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    got = [json.loads(line) for path in outputs(out) for line in open(path, encoding="utf-8")]
    assert [r["id"] for r in got if "error" not in r and r["id"].startswith("py-")] == [
        r["id"] for r in cli.records("batch", str(NEWS)) if "error" not in r and r["id"].startswith("py-")]


def test_each_worker_loads_the_model_once(client):
    bag = db.from_sequence(read_jsonl(NEWS) * 8, npartitions=8)
    verity.dask.score_bag(bag, verity.load_model()).compute()
    loads = client.run(lambda: verity.dask._cached_model.cache_info().misses)
    assert len(loads) == 2 and all(count <= 1 for count in loads.values()) and sum(loads.values()) >= 1


def test_score_dataframe_keeps_the_index_and_ids(client, cli, dataset):
    import pandas as pd

    articles = [article for article in read_jsonl(dataset) if "id" in article]
    frame = pd.DataFrame(articles, index=pd.RangeIndex(100, 100 + len(articles)))
    scored = verity.dask.score_dataframe(dd.from_pandas(frame, npartitions=3)).compute()
    assert list(scored.index) == list(frame.index)
    assert list(scored["id"]) == [str(article["id"]) for article in articles]
    expected = {record["id"]: record for record in cli.records("batch", str(dataset))}
    for row in scored.itertuples():
        theirs = expected.get(row.id)
        if row.error is None and theirs is not None:
            assert json.loads(row.record) == theirs
            assert row.fake_probability == theirs["fake_probability"]


def test_score_dataframe_uses_the_index_without_an_id_column(client):
    import pandas as pd

    frame = pd.DataFrame({"text": ["The bridge reopened on Monday, officials said."] * 3}, index=["a", "b", "c"])
    scored = verity.dask.score_dataframe(dd.from_pandas(frame, npartitions=2)).compute()
    assert list(scored["id"]) == ["a", "b", "c"]
    assert scored["error"].isna().all()
