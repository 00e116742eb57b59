"""bench/peers/splits.py on a small data directory written here: the
leave-one-collection-out files never let a held-out article into training,
and a collection with one class is refused with a message that names it."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("splits", REPO / "bench" / "peers" / "splits.py")
splits = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(splits)


def _article(collection: str, n: int, label: str, **extra) -> dict:
    dataset = {"politifact": "fakenewsnet-politifact", "gossipcop": "fakenewsnet-gossipcop",
               "buzzfeed": "buzzfeed-webis", "fakehealth": "fakehealth-story"}.get(collection, collection)
    return {"id": f"{collection}-{n}", "dataset": dataset, "label": label,
            "title": f"{collection} story {n}",
            "text": f"A {label} {collection} report, number {n}, about the council budget.",
            "url": f"https://{collection}.example/{n}", **extra}


def _write(path: Path, records: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r) + "\n")


def _hashed(collection: str, count: int, fake_every: int = 3, **extra) -> list[dict]:
    # Enough ids that every hash part (train 0-7, dev 8, test 9) gets both classes.
    return [_article(collection, n, "fake" if n % fake_every == 0 else "real", **extra)
            for n in range(count)]


def write_data(root: Path, fakehealth: list[dict] | None = None) -> Path:
    for part in ("train", "dev", "test"):
        records = []
        for collection in ("politifact", "gossipcop"):
            records += [_article(collection, f"{part}{n}", "fake" if n % 2 else "real")
                        for n in range(6)]
        _write(root / "fakenewsnet" / f"{part}.jsonl", records)
    buzzfeed = _hashed("buzzfeed", 200) + [_article("buzzfeed", 999, "mixture")]
    _write(root / "buzzfeed-webis" / "articles.jsonl", buzzfeed)
    _write(root / "fakehealth" / "story.jsonl",
           _hashed("fakehealth", 200, rating=2) if fakehealth is None else fakehealth)
    _write(root / "satire" / "golbeck.jsonl",
           [_article("golbeck-satire", n, "satire" if n % 2 else "fake") for n in range(10)])
    _write(root / "satire" / "burfoot-baldwin.jsonl",
           [_article("burfoot", n, "satire" if n % 5 == 0 else "real",
                     split="test" if n % 2 else "train") for n in range(20)])
    return root


def read_ids(path: Path) -> set[str]:
    with open(path, encoding="utf-8") as f:
        return {json.loads(line)["id"] for line in f if line.strip()}


def test_no_held_out_article_reaches_training(tmp_path):
    data = write_data(tmp_path / "data")
    out = tmp_path / "splits"
    assert splits.main(["--data", str(data), str(out)]) == 0
    loaded = splits.load(str(data))
    for held_out in splits.COLLECTIONS:
        own = {a["id"] for part in splits.PARTS for a in loaded[(held_out, part)]}
        train = read_ids(out / f"train_loco_{held_out}.jsonl")
        dev = read_ids(out / f"dev_loco_{held_out}.jsonl")
        assert own and not (own & train) and not (own & dev), held_out
        # Every other collection's train and dev parts are there, whole.
        others = {a["id"] for c in splits.COLLECTIONS if c != held_out
                  for part in ("train", "dev") for a in loaded[(c, part)]}
        assert train | dev == others
        assert read_ids(out / f"test_{held_out}.jsonl") == {a["id"] for a in loaded[(held_out, "test")]}


def test_loco_experiments_test_only_the_held_out_collection(tmp_path, capsys):
    assert splits.main(["--experiments", "--set", "loco", str(tmp_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    names = [line.split()[0] for line in lines]
    assert names == ["all"] + [f"loco_{c}" for c in splits.COLLECTIONS]
    for line in lines[1:]:
        name, train, dev, *tests = line.split()
        held_out = name.removeprefix("loco_")
        assert train.endswith(f"train_loco_{held_out}.jsonl")
        assert dev.endswith(f"dev_loco_{held_out}.jsonl")
        assert tests == [f"{held_out}={tmp_path / f'test_{held_out}.jsonl'}"]


def test_duplicates_share_a_part(tmp_path):
    records = _hashed("fakehealth", 200, rating=2)
    copy = dict(records[5], id="fakehealth-copy-of-5")
    data = write_data(tmp_path / "data", fakehealth=records + [copy])
    loaded = splits.load(str(data))
    part_of = {a["id"]: part for part in splits.PARTS for a in loaded[("fakehealth", part)]}
    assert part_of["fakehealth-copy-of-5"] == part_of["fakehealth-5"]


def test_one_class_collection_is_refused_with_its_name(tmp_path, capsys):
    only_real = [_article("fakehealth", n, "real", rating=4) for n in range(200)]
    data = write_data(tmp_path / "data", fakehealth=only_real)
    loaded = splits.load(str(data))
    with pytest.raises(splits.OneClassError, match=r"collection fakehealth: its (test|train) part holds real"):
        splits.loco_parts(loaded, "fakehealth")
    # Leaving another collection out needs fakehealth as a training part: refused too.
    with pytest.raises(splits.OneClassError, match="collection fakehealth"):
        splits.loco_parts(loaded, "politifact")
    out = tmp_path / "splits"
    assert splits.main(["--data", str(data), str(out)]) == splits.EXIT_ONE_CLASS
    err = capsys.readouterr().err
    assert "collection fakehealth" in err and "needs both fake and real" in err
    assert not out.exists()  # nothing half-written
