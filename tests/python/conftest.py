"""Shared fixtures for the Python module's tests: the model, and the CLI the
results must equal (build/verity, or $VERITY_CLI as ctest sets it)."""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
from pathlib import Path

import pytest

import verity

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures"
NEWS = FIXTURES / "python" / "news.jsonl"
SHARED_TEST = REPO.parent / "shared" / "data" / "fakenewsnet" / "test.jsonl"


def read_jsonl(path: Path, limit: int | None = None) -> list[dict]:
    with open(path, encoding="utf-8") as lines:
        records = [json.loads(line) for line in lines if line.strip()]
    return records[:limit]


def write_jsonl(path: Path, records: list[dict]) -> Path:
    with open(path, "w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


class Cli:
    """Runs build/verity with no evidence store in reach, so its records hold
    only what check_to_json writes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.home = tempfile.mkdtemp(prefix="verity-py-home-")

    def run(self, *args: str) -> str:
        env = {k: v for k, v in os.environ.items() if k != "VERITY_STORE"}
        env["HOME"] = self.home
        done = subprocess.run([str(self.path), *args], env=env, capture_output=True, text=True)
        assert done.returncode == 0, f"verity {' '.join(args)}: {done.stderr}"
        return done.stdout

    def records(self, *args: str) -> list[dict]:
        return [json.loads(line) for line in self.run(*args).splitlines() if line.strip()]


@pytest.fixture(scope="session")
def cli() -> Cli:
    path = Path(os.environ.get("VERITY_CLI") or REPO / "build" / "verity")
    if not path.exists():
        pytest.skip(f"{path}: no verity CLI to compare with (build it: bash scripts/build.sh)")
    return Cli(path)


@pytest.fixture(scope="session")
def model() -> verity.Model:
    return verity.load_model()


@pytest.fixture(scope="session")
def news() -> list[dict]:
    return read_jsonl(NEWS)


@pytest.fixture(scope="session")
def shared_articles() -> list[dict]:
    """The first 300 articles of FakeNewsNet's test part (all of it is the
    benchmark's job), or a skip saying the shared data is absent."""
    if not SHARED_TEST.exists():
        pytest.skip(f"{SHARED_TEST}: shared data absent")
    return read_jsonl(SHARED_TEST, 300)
