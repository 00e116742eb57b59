"""One record whichever face makes it: the same articles through the CLI
(`verity check --json`), the HTTP API (POST /v1/check and /v1/batch of
`verity serve`) and Python (`Model.check`, `Model.check_many`), without an
evidence store and with one, give identical records."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import urllib.request
from pathlib import Path

import pytest

import verity
from conftest import FIXTURES, write_jsonl

EVIDENCE = FIXTURES / "evidence"


def read(path: Path) -> str:
    with open(path, encoding="utf-8", newline="") as file:
        return file.read()


@pytest.fixture(scope="module")
def articles() -> list[dict]:
    """Stories with rated publishers and cited sources, a sentence a fact
    checker rated, and a republication of a stored story."""
    stored = [json.loads(line) for line in read(EVIDENCE / "articles.jsonl").splitlines() if line.strip()]
    copy = dict(stored[0], id="copy-1", url="https://truthbombs.news/ferry-copy",
                title="FERRY TIMETABLE: what they approved")
    return [
        {"id": "rumour", "url": "https://truthbombs.news/ferry", "text": read(EVIDENCE / "ferry_rumour.txt")},
        {"id": "cites", "text": read(EVIDENCE / "cites_rated.txt")},
        {"id": "claim", "title": "Ferry numbers", "url": "https://harborgazette.com/numbers",
         "text": "The Kessling ferry carried more than 2 million passengers last year, the Port "
                 "Authority said on Monday.\n\nThe operator expects the same this year."},
        {"id": "unrated", "url": "https://never-rated.example.org/a",
         "text": read(FIXTURES / ".." / ".." / "examples" / "wire-report.txt")},
        copy,
        {"id": "plain", "text": read(FIXTURES / ".." / ".." / "examples" / "fabricated-story.txt")},
    ]


@pytest.fixture(scope="module")
def store(cli, tmp_path_factory) -> Path:
    """An evidence store built with the CLI from our fixtures."""
    path = tmp_path_factory.mktemp("faces") / "verity.db"
    cli.run("source", "import", "--store", str(path), str(EVIDENCE / "domain_ratings.csv"),
            str(EVIDENCE / "opensources.csv"))
    cli.run("claims", "import", "--store", str(path), str(EVIDENCE / "claimreview_sample.jsonl"))
    cli.run("index", "add", "--store", str(path), str(EVIDENCE / "articles.jsonl"))
    return path


class Service:
    """`verity serve` on a free port, with the same environment as the CLI."""

    def __init__(self, cli, *args: str) -> None:
        env = {k: v for k, v in os.environ.items() if k != "VERITY_STORE"}
        env["HOME"] = cli.home
        self.process = subprocess.Popen([str(cli.path), "serve", "--port", "0", *args], env=env,
                                        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        line = self.process.stdout.readline()
        match = re.search(r"serving on (http://\S+?)/?$", line.strip())
        assert match, f"verity serve did not start: {line!r}"
        self.base = match.group(1)

    def post(self, path: str, body: str, content_type: str) -> str:
        request = urllib.request.Request(self.base + path, data=body.encode("utf-8"),
                                         headers={"Content-Type": content_type})
        with urllib.request.urlopen(request, timeout=60) as answer:
            return answer.read().decode("utf-8")

    def stop(self) -> None:
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=30)


def every_face(cli, articles: list[dict], tmp_path: Path, store: Path | None) -> dict[str, list[dict]]:
    path = write_jsonl(tmp_path / "articles.jsonl", articles)
    store_args = ["--store", str(store)] if store else []
    faces = {"cli check": cli.records("check", "--json", *store_args, str(path)),
             "cli batch": cli.records("batch", *store_args, str(path))}
    service = Service(cli, *store_args)
    try:
        faces["http check"] = [json.loads(service.post("/v1/check", json.dumps(a), "application/json"))
                               for a in articles]
        lines = "\n".join(json.dumps(a) for a in articles)
        faces["http batch"] = [json.loads(line) for line in
                               service.post("/v1/batch", lines, "application/x-ndjson").splitlines()]
    finally:
        service.stop()
    model = verity.load_model(store=store)
    faces["python check"] = [model.check(text=a["text"], title=a.get("title"), url=a.get("url"), id=a["id"])
                             for a in articles]
    faces["python check_many"] = model.check_many(articles, threads=2)
    return faces


def assert_all_equal(faces: dict[str, list[dict]]) -> None:
    reference = faces["cli check"]
    for name, records in faces.items():
        assert len(records) == len(reference), name
        for got, expected in zip(records, reference):
            assert got == expected, f"{name} differs from cli check on {expected['id']}"


def test_every_face_gives_the_same_records_without_a_store(cli, articles, tmp_path):
    faces = every_face(cli, articles, tmp_path, None)
    assert all("source" not in record for record in faces["cli check"])
    assert_all_equal(faces)


def test_every_face_gives_the_same_records_with_a_store(cli, articles, store, tmp_path):
    faces = every_face(cli, articles, tmp_path, store)
    records = {record["id"]: record for record in faces["cli check"]}
    # The evidence is really there, so equal records mean equal evidence.
    assert records["rumour"]["source"]["publisher"]["standing"] == "low"
    assert records["rumour"]["fake_probability"] != records["rumour"]["content_probability"]
    assert [c["domain"] for c in records["cites"]["source"]["cited"]] == ["example-hoax.news"]
    assert records["claim"]["claims"] and records["claim"]["claims"][0]["matches"]
    assert records["copy-1"]["copy_of"]["id"] == "ferry-1"
    assert records["unrated"]["source"]["publisher"]["standing"] == "unknown"
    assert_all_equal(faces)


def test_a_model_with_a_store_pickles_with_it(store):
    import pickle

    model = verity.load_model(store=store)
    again = pickle.loads(pickle.dumps(model))
    assert again.store == str(store) and again.combiner == model.combiner
    story = read(EVIDENCE / "ferry_rumour.txt")
    assert again.check(text=story, url="https://truthbombs.news/f") == model.check(
        text=story, url="https://truthbombs.news/f")


def test_a_missing_store_raises_not_found(tmp_path):
    with pytest.raises(verity.VerityError) as error:
        verity.load_model(store=tmp_path / "absent.db")
    assert error.value.code == "not_found"
