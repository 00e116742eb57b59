"""verity: tells fabricated and misleading news from reliable reporting, and shows why.

The Python face of the verity C++ engine. Every result is the record the
command line prints (``verity check --json`` / ``verity batch``), parsed from
the very same JSON, so Python and the CLI agree by construction::

    import verity
    model = verity.load_model()                 # the shipped model, or $VERITY_MODEL
    record = model.check(text=open("story.txt").read())
    record["fake_probability"], record["verdict"], record["explanation"]["top_fake"]
    records = model.check_many(articles)        # dicts or strings, on every core
    model = verity.load_model(store="verity.db")  # weigh the evidence store in, as --store

Errors about inputs and model files raise :class:`VerityError` (a
``ValueError``) carrying verity's own message; ``.code`` names the kind
(``not_found``, ``corrupt``, ``malformed``, ``unreadable``, ``too_large``,
``invalid_argument``, ``io_error``). Arguments of the wrong Python type raise
``TypeError``.

A :class:`Model` is immutable, safe to share between threads, and pickles as
its paths, so it travels to worker processes (see :mod:`verity.dask`).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Optional, Union

from . import _verity

__all__ = [
    "Article",
    "Model",
    "Record",
    "VerityError",
    "default_combiner_path",
    "default_model_path",
    "default_store_path",
    "evaluate",
    "extract",
    "load_model",
    "reliability_bins",
    "roc_curve",
]

VerityError = _verity.VerityError

#: One result record: ``id``, ``fake_probability``, ``verdict``,
#: ``satire_probability``, ``signals``, ``explanation`` and ``article``; or
#: ``{"id", "error"}`` from :meth:`Model.check_many` for an unreadable article.
Record = dict[str, Any]

#: An article for :meth:`Model.check_many`: plain text, or a mapping with the
#: fields of a JSON Lines record (``id``, ``title``, ``text`` or ``html``,
#: ``url``, ``label``, ``dataset``, ``authors``, ``date``, ...).
Article = Union[str, Mapping[str, Any]]


def default_model_path() -> str:
    """The model :func:`load_model` uses by default: ``$VERITY_MODEL`` if set,
    else ``models/verity-default.model`` of the source tree verity was built from."""
    return os.environ.get("VERITY_MODEL") or _verity.default_model_path()


def default_store_path() -> str:
    """Where ``verity`` keeps its evidence store unless told otherwise, as the
    command line: ``$VERITY_STORE``, else ``$XDG_DATA_HOME/verity/verity.db``,
    else ``~/.local/share/verity/verity.db``."""
    if os.environ.get("VERITY_STORE"):
        return os.environ["VERITY_STORE"]
    if os.environ.get("XDG_DATA_HOME"):
        return os.path.join(os.environ["XDG_DATA_HOME"], "verity", "verity.db")
    return os.path.join(os.environ.get("HOME") or ".", ".local", "share", "verity", "verity.db")


def default_combiner_path() -> str:
    """The evidence combiner a store is weighed with by default:
    ``$VERITY_EVIDENCE_MODEL``, else ``verity-evidence.json`` beside the shipped model."""
    return os.environ.get("VERITY_EVIDENCE_MODEL") or os.path.join(
        os.path.dirname(_verity.default_model_path()), "verity-evidence.json"
    )


_PathLike = Union[str, os.PathLike]


def load_model(
    path: Optional[_PathLike] = None,
    *,
    store: Optional[_PathLike] = None,
    combiner: Optional[_PathLike] = None,
) -> Model:
    """Loads a model file (``None``: the shipped default, see :func:`default_model_path`).

    With ``store`` (an evidence store's path, e.g. :func:`default_store_path`),
    every check also looks the article up there — its sources' ratings,
    fact-checks, related articles and copies — and weighs the evidence into
    the verdict with ``combiner`` (``None``: :func:`default_combiner_path` when
    that file exists, else the evidence is listed but not weighed): the
    records equal ``verity check --json --store``'s.

    Every load checks the file's magic, version and checksums and re-scores the
    test articles recorded inside. Raises :class:`VerityError` when a file is
    missing (``code == "not_found"``), damaged or foreign (``"corrupt"``).
    """
    return Model(path, store=store, combiner=combiner)


def _optional_str(name: str, value: Any) -> Optional[str]:
    if value is None or isinstance(value, str):
        return value
    raise TypeError(f"{name} must be a str or None, not {type(value).__name__}")


def _article_args(text: Any, html: Any, title: Any, url: Any, id: Any) -> dict[str, Optional[str]]:
    if text is None and html is None:
        raise TypeError("give the article as text= or html=")
    return {
        "text": _optional_str("text", text),
        "html": _optional_str("html", html),
        "title": _optional_str("title", title),
        "url": _optional_str("url", url),
        "id": None if id is None else str(id),
    }


def _is_missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and value != value)  # None or NaN


def _json_line(article: Article) -> str:
    if isinstance(article, str):
        return json.dumps({"text": article})
    if isinstance(article, Mapping):
        # Missing values (None, or NaN from a data frame) are absent fields;
        # other values JSON cannot hold (numpy integers, timestamps) go as text.
        fields = {str(k): v for k, v in article.items() if not _is_missing(v)}
        return json.dumps(fields, default=str)
    raise TypeError(f"an article is a str or a mapping, not {type(article).__name__}")


class Model:
    """A loaded verity model (see :func:`load_model`).

    Immutable; thread-safe. Scoring calls release the GIL. Pickles as its
    absolute paths: unpickling loads those files again, so they must exist at
    the same paths where it is unpickled (shared storage on a cluster).
    """

    __slots__ = ("_bound",)

    def __init__(
        self,
        path: Optional[_PathLike] = None,
        *,
        store: Optional[_PathLike] = None,
        combiner: Optional[_PathLike] = None,
    ) -> None:
        model = default_model_path() if path is None else os.fspath(path)
        store_path = "" if store is None else os.fspath(store)
        if combiner is not None:
            combiner_path = os.fspath(combiner)
        elif store_path and os.path.exists(default_combiner_path()):
            combiner_path = default_combiner_path()
        else:
            combiner_path = ""
        self._bound = _verity.BoundModel(model, store_path, combiner_path)

    @property
    def path(self) -> str:
        """The absolute path of the model file."""
        return self._bound.path

    @property
    def store(self) -> Optional[str]:
        """The absolute path of the evidence store, or ``None`` without one."""
        return self._bound.store or None

    @property
    def combiner(self) -> Optional[str]:
        """The absolute path of the evidence combiner file, or ``None``."""
        return self._bound.combiner or None

    @property
    def info(self) -> dict[str, Any]:
        """What the file says about itself: ``threshold``, ``uncertain_low``,
        ``satire_threshold``, ``has_satire_head``, ``trained_on``, ``seed``,
        ``format_version``, ``dimension``."""
        return self._bound.info()

    def __reduce__(self) -> tuple[Any, ...]:
        return (_restore, (self.path, self.store, self.combiner))

    def __repr__(self) -> str:
        if self.store is None:
            return f"verity.Model({self.path!r})"
        return f"verity.Model({self.path!r}, store={self.store!r}, combiner={self.combiner!r})"

    def check(
        self,
        text: Optional[str] = None,
        html: Optional[str] = None,
        title: Optional[str] = None,
        url: Optional[str] = None,
        *,
        id: Optional[str] = None,
        explain: bool = True,
        with_body: bool = False,
    ) -> Record:
        """Judges one article given as ``text`` or ``html`` (html wins when both
        are given), with optional ``title``, ``url`` and ``id``.

        Returns the record of ``verity check --json`` for the same content:
        ``fake_probability``, ``verdict`` (``fake``, ``uncertain``, ``real`` or
        ``satire``), ``satire_probability``, ``signals`` (logits per feature
        group), ``explanation`` (``top_fake``, ``top_real``, ``sentences``,
        ``signals``) and ``article``. ``explain=False`` skips the explanation
        (faster); ``with_body=True`` adds the cleaned paragraphs.

        Raises :class:`VerityError` when the content cannot be read as an
        article (empty or binary: ``code == "unreadable"``; over 32 MiB:
        ``"too_large"``) and ``TypeError`` without text or html.
        """
        args = _article_args(text, html, title, url, id)
        return json.loads(self._bound.check(**args, explain=explain, with_body=with_body))

    def check_many(
        self,
        articles: Iterable[Article],
        threads: Optional[int] = None,
        *,
        explain: bool = True,
        with_body: bool = False,
    ) -> list[Record]:
        """Judges many articles on ``threads`` threads (``None``: every core),
        without the GIL, returning one record per article in input order.

        Each article is a string (its text) or a mapping read exactly like a
        line of a JSON Lines file by ``verity batch``, whose output this equals
        line for line. An article without ``id`` gets its 1-based position.
        One that cannot be read gives ``{"id": ..., "error": message}`` (with the
        article's own id when it has one, where ``verity batch`` can only give
        the line number) and the others go on; only a non-str, non-mapping
        article raises (``TypeError``).
        """
        if threads is not None and threads < 1:
            raise ValueError(f"threads must be at least 1, not {threads}")
        articles = articles if isinstance(articles, Sequence) else list(articles)
        jsonl = "\n".join(_json_line(article) for article in articles)
        lines = self._bound.check_jsonl(jsonl, threads or 0, explain=explain, with_body=with_body)
        records = [json.loads(line) for line in lines]
        for article, record in zip(articles, records):
            # The reader could not make an article, so it only knew the position.
            if "error" in record and isinstance(article, Mapping) and not _is_missing(article.get("id")):
                record["id"] = str(article["id"])
        return records

    def evaluate(
        self, articles: Iterable[Mapping[str, Any]], threads: Optional[int] = None
    ) -> dict[str, Any]:
        """Scores labelled articles (``label`` ``"fake"`` or ``"real"``; others are
        left out, as are unreadable ones) and measures the model on them at its
        threshold, like ``verity eval``: :func:`evaluate`'s fields for all of them,
        plus ``"datasets"``, the same per ``dataset`` field when there are several.
        """
        articles = list(articles)
        records = self.check_many(articles, threads, explain=False)
        scores: dict[str, tuple[list[float], list[int]]] = {}
        overall: tuple[list[float], list[int]] = ([], [])
        for article, record in zip(articles, records):
            label = {"fake": 1, "real": 0}.get(article.get("label"))
            if label is None or "error" in record:
                continue
            dataset = str(article.get("dataset") or "(none)")
            for probabilities, labels in (overall, scores.setdefault(dataset, ([], []))):
                probabilities.append(record["fake_probability"])
                labels.append(label)
        threshold = self.info["threshold"]
        result = evaluate(*overall, threshold=threshold)
        if len(scores) > 1:
            result["datasets"] = {
                name: evaluate(*pair, threshold=threshold) for name, pair in sorted(scores.items())
            }
        return result


def _restore(path: str, store: Optional[str], combiner: Optional[str]) -> Model:
    # A pickled model had no combiner when it was given none: keep it so.
    return Model(path, store=store, combiner=combiner if combiner is not None else "")


def extract(
    text: Optional[str] = None,
    html: Optional[str] = None,
    title: Optional[str] = None,
    url: Optional[str] = None,
    *,
    id: Optional[str] = None,
) -> dict[str, Any]:
    """Cleans one article without judging it: the record of ``verity extract
    --json`` (``title``, ``authors``, ``date``, ``url``, ``domain``, ``body``,
    ``paragraphs``, ``cited_sources``, ``removed`` with reasons, ...).
    Raises like :meth:`Model.check`."""
    return json.loads(_verity.extract(**_article_args(text, html, title, url, id)))


def evaluate(
    probabilities: Sequence[float],
    labels: Sequence[int],
    threshold: float = 0.5,
    bins: int = 10,
) -> dict[str, Any]:
    """Metrics of fake probabilities against labels (1 fake, 0 real), as in
    ``verity eval --json``: ``count``, ``fake``, ``threshold``, ``roc_auc``,
    ``pr_auc``, ``accuracy``, ``macro_f1``, ``brier``, ``ece`` (over ``bins``
    equal-width bins) and ``confusion``. Undefined metrics (one class only)
    are ``None``. Raises :class:`VerityError` when the lengths differ."""
    return _verity.evaluate(list(probabilities), list(labels), threshold, bins)


def roc_curve(probabilities: Sequence[float], labels: Sequence[int]) -> list[tuple[float, float, float]]:
    """The ROC curve as ``(false_positive_rate, true_positive_rate, threshold)``
    points from (0, 0) to (1, 1); empty when a class is absent."""
    return _verity.roc_curve(list(probabilities), list(labels))


def reliability_bins(
    probabilities: Sequence[float], labels: Sequence[int], bins: int = 10
) -> list[tuple[float, float, int]]:
    """The reliability diagram: ``(mean_probability, observed_rate, count)`` per
    non-empty equal-width bin, in increasing order of probability."""
    return _verity.reliability_bins(list(probabilities), list(labels), bins)
