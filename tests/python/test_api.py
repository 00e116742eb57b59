"""verity's Python API: the same records as the CLI, errors as VerityError,
models that pickle, and the evaluation helpers."""

from __future__ import annotations

import math
import pickle
import threading
from pathlib import Path

import pytest

import verity
from conftest import NEWS, REPO, write_jsonl

EXAMPLES = REPO / "examples"


def read_raw(path: Path) -> str:
    # newline="" keeps the bytes the CLI reads ("\r\n" stays as it is).
    with open(path, encoding="utf-8", newline="") as file:
        return file.read()


def readable(records: list[dict]) -> list[dict]:
    return [record for record in records if "error" not in record]


@pytest.mark.parametrize("name", ["fabricated-story.txt", "wire-report.txt"])
def test_check_text_equals_cli_check_json(model, cli, name):
    path = EXAMPLES / name
    assert model.check(text=read_raw(path), id=name) == cli.records("check", "--json", str(path))[0]


def test_check_html_equals_cli_check_json(model, cli):
    path = EXAMPLES / "news-page.html"
    expected = cli.records("check", "--json", str(path))[0]
    assert model.check(html=read_raw(path), id="news-page.html") == expected


def test_check_record_has_the_documented_fields(model):
    record = model.check(text=read_raw(EXAMPLES / "fabricated-story.txt"))
    assert set(record) >= {"id", "fake_probability", "verdict", "satire_probability", "signals", "explanation"}
    assert 0 <= record["fake_probability"] <= 1
    assert record["verdict"] in {"fake", "uncertain", "real", "satire"}
    assert set(record["explanation"]) == {"top_fake", "top_real", "sentences", "signals"}
    assert record["id"] == ""


def test_check_many_equals_cli_batch(model, cli, news, tmp_path):
    expected = cli.records("batch", str(NEWS))
    got = model.check_many(news)
    assert len(got) == len(expected) == len(news)
    assert readable(got) == readable(expected)
    assert [("error" in record) for record in got] == [("error" in record) for record in expected]


def test_check_many_equals_cli_batch_on_shared_data(model, cli, shared_articles, tmp_path):
    path = write_jsonl(tmp_path / "shared.jsonl", shared_articles)
    assert model.check_many(shared_articles) == cli.records("batch", str(path))


def test_check_many_keeps_order_and_ids_whatever_the_threads(model, news):
    one = model.check_many(news, threads=1)
    assert model.check_many(news, threads=3) == one
    assert model.check_many(iter(news), threads=2, explain=True) == one
    assert [record["id"] for record in one] == [str(article.get("id", i + 1)) for i, article in enumerate(news)]


def test_check_many_takes_strings_and_reports_unreadable_ones(model):
    text = read_raw(EXAMPLES / "wire-report.txt")
    records = model.check_many([text, "", {"id": "x", "title": ""}])
    assert records[0]["fake_probability"] == model.check(text=text)["fake_probability"]
    assert records[0]["id"] == "1"
    assert records[1]["id"] == "2" and "no text field" in records[1]["error"]
    assert records[2]["id"] == "x" and "<articles>:3" in records[2]["error"]
    assert model.check_many([]) == []


def test_check_many_without_explanations(model, news):
    records = readable(model.check_many(news, explain=False))
    assert all(not record["explanation"]["top_fake"] for record in records)
    assert [r["fake_probability"] for r in records] == [r["fake_probability"] for r in readable(model.check_many(news))]


def test_extract_equals_cli_extract_json(cli):
    path = EXAMPLES / "news-page.html"
    expected = cli.records("extract", "--json", str(path))[0]
    assert verity.extract(html=read_raw(path), id="news-page.html") == expected


def test_title_and_url_join_the_article(model):
    record = model.check(text="The harbor bridge reopened on Monday, officials said.", title="Bridge reopens",
                         url="https://www.example.org/bridge")
    assert record["article"]["title"] == "Bridge reopens"
    assert record["article"]["domain"] == "example.org"


def test_empty_text_raises_verity_error_with_the_message(model):
    with pytest.raises(verity.VerityError) as raised:
        model.check(text="")
    assert raised.value.code == "unreadable"
    assert "<text>" in str(raised.value)
    assert isinstance(raised.value, ValueError)


def test_binary_content_raises_verity_error(model):
    with pytest.raises(verity.VerityError) as raised:
        model.check(text="\x00\x01\x02\x03" * 64)
    assert raised.value.code == "unreadable"


def test_missing_model_raises_not_found(tmp_path):
    with pytest.raises(verity.VerityError) as raised:
        verity.load_model(tmp_path / "absent.model")
    assert raised.value.code == "not_found"
    assert "absent.model" in str(raised.value)


def test_foreign_model_file_raises_corrupt(tmp_path):
    path = tmp_path / "foreign.model"
    path.write_bytes(b"this is not a verity model" * 10)
    with pytest.raises(verity.VerityError) as raised:
        verity.load_model(str(path))
    assert raised.value.code == "corrupt"


def test_wrong_argument_types_raise_type_error(model):
    with pytest.raises(TypeError):
        model.check()
    with pytest.raises(TypeError):
        model.check(text=b"bytes are not text")
    with pytest.raises(TypeError):
        model.check_many([42])
    with pytest.raises(ValueError):
        model.check_many(["text"], threads=0)


def test_model_pickles_by_path(model):
    copy = pickle.loads(pickle.dumps(model))
    assert copy.path == model.path and Path(copy.path).is_absolute()
    text = read_raw(EXAMPLES / "fabricated-story.txt")
    assert copy.check(text=text) == model.check(text=text)


def test_verity_error_pickles_with_its_code(model):
    with pytest.raises(verity.VerityError) as raised:
        model.check(text="")
    copy = pickle.loads(pickle.dumps(raised.value))
    assert type(copy) is verity.VerityError and copy.code == "unreadable" and str(copy) == str(raised.value)


def test_default_model_and_info(model):
    assert verity.default_model_path().endswith("verity-default.model")
    assert model.path == str(Path(verity.default_model_path()).resolve())
    info = model.info
    assert 0 < info["threshold"] < 1 and info["uncertain_low"] < info["threshold"]
    assert "verity.Model(" in repr(model)


def test_verity_model_environment_variable_names_the_default(monkeypatch, tmp_path):
    monkeypatch.setenv("VERITY_MODEL", str(tmp_path / "elsewhere.model"))
    assert verity.default_model_path() == str(tmp_path / "elsewhere.model")
    with pytest.raises(verity.VerityError):
        verity.load_model()


def test_threads_share_one_model(model, news):
    texts = [article["text"] for article in news if "text" in article]
    expected = [model.check(text=text) for text in texts]
    results: dict[int, list[dict]] = {}

    def work(n: int) -> None:
        results[n] = [model.check(text=text) for text in texts * 5][: len(texts)]

    workers = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert all(result == expected for result in results.values())


def test_evaluate_matches_hand_computed_metrics():
    metrics = verity.evaluate([0.9, 0.8, 0.3, 0.1], [1, 0, 1, 0], threshold=0.5)
    assert metrics["count"] == 4 and metrics["fake"] == 2
    assert metrics["roc_auc"] == pytest.approx(0.75)
    assert metrics["accuracy"] == pytest.approx(0.5)
    assert metrics["confusion"] == {"true_fake": 1, "false_fake": 1, "true_real": 1, "false_real": 1}
    assert verity.evaluate([0.2, 0.4], [0, 0])["roc_auc"] is None
    assert verity.roc_curve([0.9, 0.1], [1, 0])[0][:2] == (0.0, 0.0)
    assert verity.roc_curve([0.9, 0.1], [1, 0])[-1][:2] == (1.0, 1.0)
    assert sum(count for _, _, count in verity.reliability_bins([0.05, 0.95, 0.97], [0, 1, 1])) == 3
    with pytest.raises(verity.VerityError):
        verity.evaluate([0.5], [1, 0])


def test_model_evaluate_agrees_with_cli_eval(model, cli, news):
    import json

    expected = json.loads(cli.run("eval", "--json", str(NEWS)))
    overall = next(entry for entry in expected if entry["dataset"] == "(all)")
    got = model.evaluate(news)
    assert got["count"] == overall["count"] and got["fake"] == overall["fake"]
    assert got["confusion"] == overall["confusion"]
    # The CLI ranks unrounded probabilities, Python the records' four decimals.
    for name in ("roc_auc", "accuracy", "macro_f1", "brier"):
        assert math.isclose(got[name], overall[name], abs_tol=1e-3), name
    assert set(got["datasets"]) == {"invented", "other"}
