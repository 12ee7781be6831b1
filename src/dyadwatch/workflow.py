"""Whole jobs that the CLI, the web app and runners share: ingest, evaluate, demo corpus.

The CLI stays a thin shell over these; they raise coded errors and return data.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb

from dyadwatch import blindstats, knowledge, watchdog
from dyadwatch.clean import clean
from dyadwatch.evaluate import Prediction, Score, load_gold, per_document, score
from dyadwatch.ingest import Fetch, iter_inputs
from dyadwatch.merge import merge
from dyadwatch.pipeline import code
from dyadwatch.records import Article, Document, ProcessedDocument, Rejection, Skipped
from dyadwatch.store import IngestSummary, Writer, rows
from dyadwatch.storerows import stored_article

if TYPE_CHECKING:
    from dyadwatch.coding.diagnose import SentenceParties
    from dyadwatch.explain import SentenceReader

SAMPLE_DIR = Path(__file__).parent / "sample"
NOT_ENGLISH = "non_english"  # the coder's lexicons and parser are English: such text is kept, not coded


def sample_corpus() -> Path:
    return SAMPLE_DIR / "corpus"


def sample_gold() -> Path:
    return SAMPLE_DIR / "gold.jsonl"


def ingest(con: duckdb.DuckDBPyConnection, paths: list[str], actors: tuple[str, ...] = (),
           on_item: Callable[[Document | Rejection | Skipped], None] | None = None,
           skip_flags: frozenset[str] = frozenset(), fetcher: Fetch | None = None,
           label: Callable[[str], str] | None = None) -> IngestSummary:
    """Read, process and store every input; unchanged documents and exact copies are not coded again.

    Articles carrying a flag in `skip_flags`, and articles not in English, are
    stored (so they can be listed and counted) but not coded. `label` renames
    inputs as they are recorded (the server stores uploads as 'upload:NAME', not
    as the temporary path it read them from).
    """
    kb = knowledge.load(actors)
    writer = Writer(con)
    for raw in iter_inputs(paths, fetcher):
        item = _scrubbed(raw, label)
        if on_item is not None:
            on_item(item)
        if isinstance(item, Skipped):
            writer.summary.skipped[item.reason] = writer.summary.skipped.get(item.reason, 0) + 1
            continue
        if isinstance(item, Rejection):
            writer.add(item)
            continue
        try:
            with watchdog.time_limit(watchdog.budget(len(item.content))):
                result = _processed(kb, item, writer, skip_flags)
            if result is not None:  # written outside the budget: a store write is never cut
                writer.add(result)
        except watchdog.DocumentTimeout as exc:
            writer.add(Rejection(item.source, "process", str(exc)))
        except Exception as exc:  # one broken document never stops the batch
            writer.add(Rejection(item.source, "process", f"{type(exc).__name__}: {exc}"))
    return writer.finish(lambda mentions: merge(kb, mentions))


def _processed(kb: knowledge.KnowledgeBase, item: Document, writer: Writer,
               skip_flags: frozenset[str]) -> ProcessedDocument | Rejection | None:
    """A document cleaned and coded, its rejection, or None when the store already has it."""
    article = clean(kb, item)
    if isinstance(article, Rejection):
        return article
    return _code_or_keep(kb, article, skip_flags, writer.summary) if writer.accept(article) \
        else None


def _scrubbed(item: Document | Rejection | Skipped,
              label: Callable[[str], str] | None) -> Document | Rejection | Skipped:
    """Lone surrogates (from JSON escapes or undecodable file names) replaced, inputs labelled.

    The database and Arrow refuse such strings; left in, one of them would fail
    a whole write batch instead of being one odd character in one document.
    """
    def fix(value: str | None) -> str | None:
        return None if value is None else value.encode("utf-8", "replace").decode("utf-8")

    name = item.source if isinstance(item, Document) else item.input
    name = fix(label(name) if label else name) or ""
    if isinstance(item, Document):
        return replace(item, source=name, doc_id=fix(item.doc_id) or name, url=fix(item.url),
                       title=fix(item.title), content=fix(item.content) or "", site=fix(item.site))
    return replace(item, input=name, reason=fix(item.reason) or "")


def _code_or_keep(kb: knowledge.KnowledgeBase, article: Article, skip_flags: frozenset[str],
                  summary: IngestSummary) -> ProcessedDocument:
    reasons = [f for f in article.flags if f == NOT_ENGLISH or f in skip_flags]
    if not reasons:
        return code(article, kb)
    summary.not_coded[reasons[0]] = summary.not_coded.get(reasons[0], 0) + 1
    return ProcessedDocument(article, (), coded=False)


def predictions(con: duckdb.DuckDBPyConnection) -> list[Prediction]:
    docs: dict[str, set[str]] = {}
    for row in rows(con, "SELECT DISTINCT event_id, doc_id FROM mentions"):
        docs.setdefault(row["event_id"], set()).add(row["doc_id"])
    return [Prediction(frozenset(docs.get(e["event_id"], ())), e["source_code"], e["target_code"],
                       e["date"], e["type"], e["event_id"])
            for e in rows(con, "SELECT * FROM events")]


def evaluate(con: duckdb.DuckDBPyConnection, gold_path: str | Path
             ) -> tuple[Score, dict[str, Score], list[dict[str, Any]]]:
    gold = load_gold(gold_path)
    preds = predictions(con)
    return score(preds, gold), per_document(preds, gold), gold


def feature_lines(con: duckdb.DuckDBPyConnection, result: Score,
                  actors: tuple[str, ...] = ()) -> list[str]:
    """For `eval --blind` and `--explain`: precision by coarse features of the predictions."""
    kb = knowledge.load(actors)
    organisations = {code for code, party in kb.parties.items()
                     if party.get("kind") == "organisation"}
    scored = [p for p in predictions(con) if p.date is not None and p.source != p.target]
    return blindstats.lines(blindstats.feature_precision(con, scored, result.spurious,
                                                         organisations))


def stage_reader(con: duckdb.DuckDBPyConnection,
                 actors: tuple[str, ...] = ()) -> SentenceReader:
    """For `eval --explain`: the parties the coder had in view at a missed event's line
    (each document coded once more, with its memory), then the line's triggers re-read."""
    from dyadwatch import nlp
    from dyadwatch.coding.diagnose import failing_stage, parties_at, parties_in_view

    kb = knowledge.load(actors)
    model = nlp.load()
    seen: dict[str, tuple[str, SentenceParties]] = {}

    def read(doc_id: str, span: tuple[int, int], pair: set[str], types: set[str]) -> str:
        if doc_id not in seen:
            article = stored_article(con, doc_id)
            if article is None:
                return "not ingested"
            seen[doc_id] = (article.text, parties_in_view(kb, model, article))
        text, parties = seen[doc_id]
        return failing_stage(kb, model, text[span[0]:span[1]], pair, types,
                             parties_at(parties, *span))
    return read
