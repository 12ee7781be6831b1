"""Error analysis for `dyadwatch eval GOLD --explain`: why each miss and each spurious event.

A miss is traced to the sentence that carries its evidence and to what the coder
made of that sentence: nothing at all (no actor pair or no trigger), the pair with
another date (date), the pair the other way round (direction), or the pair and
date with another type (type). A spurious event is compared with the gold events
of its document the same way.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import duckdb

from dyadwatch.evaluate import Prediction, Score
from dyadwatch.store import rows


@dataclass(frozen=True)
class Finding:
    kind: str  # missed | spurious
    doc: str
    stage: str
    detail: str
    sentence: str
    expected: tuple[str, ...] = ()  # the gold types a miss would have accepted
    got: tuple[str, ...] = ()  # the types the coder gave instead (or the spurious type)


# Re-reads an evidence line the coder made nothing of: which stage failed there. It is
# handed the document's id and the line's span, since earlier sentences lend it parties.
SentenceReader = Callable[[str, tuple[int, int], set[str], set[str]], str]


def explain(con: duckdb.DuckDBPyConnection, result: Score, gold: list[dict[str, Any]],
            reader: SentenceReader | None = None) -> list[Finding]:
    mentions = rows(con, "SELECT m.*, d.text AS doc_text FROM mentions m JOIN documents d "
                         "USING (doc_id)")
    texts = dict(con.execute("SELECT doc_id, text FROM documents").fetchall())
    findings = [_missed(item, mentions, texts, reader) for item in result.missed]
    findings += [_spurious(pred, mentions, gold) for pred in result.spurious]
    return findings


def type_counts(findings: list[Finding]) -> dict[str, Counter[str]]:
    """Type-level aggregates a blind set may show: they name no document, sentence or party,
    yet say which type conventions the coder and the annotators disagree on."""
    out: dict[str, Counter[str]] = {"wrong type": Counter(), "spurious": Counter()}
    for f in findings:
        if f.stage == "wrong type":
            out["wrong type"]["/".join(f.expected) + "<-" + "/".join(f.got)] += 1
        elif f.kind == "spurious":
            out["spurious"]["/".join(f.got)] += 1
    return out


def _pair(item: dict[str, Any]) -> tuple[str, str]:
    if item.get("directed"):
        return item["source"], item["target"]
    a, b = item["actors"]
    return a, b


def _missed(item: dict[str, Any], mentions: list[dict[str, Any]], texts: dict[str, str],
            reader: SentenceReader | None) -> Finding:
    doc, (a, b) = item["doc"], _pair(item)
    label = f"{item['date']} {a}-{b} {'/'.join(item['types'])}"
    if doc not in texts:
        return Finding("missed", doc, "not ingested", label, "")
    start, end = _evidence_span(texts[doc], item.get("evidence", ""))
    sentence = texts[doc][start:end] if end > start else item.get("evidence", "")
    # what the coder made of the evidence's own line: other sentences tell nothing
    local = [m for m in mentions if m["doc_id"] == doc and m["start_char"] < end
             and m["end_char"] > start]
    same_pair = [m for m in local if {m["source_code"], m["target_code"]} == {a, b}]
    if not same_pair:
        stage = "evidence not in the text" if end <= start \
            else reader(doc, (start, end), {a, b}, set(item["types"])) if reader \
            else "no actor pair or no trigger"
        got = ", ".join(sorted({f"{m['source_code']}->{m['target_code']} {m['type']}"
                                for m in local}))
        return Finding("missed", doc, stage, label + (f": coded {got}" if got else ""), sentence)
    for m in same_pair:
        if m["type"] in item["types"] and (m["date"] or "").startswith(item["date"]):
            return Finding("missed", doc, "wrong direction", f"{label}: coded "
                           f"{m['source_code']}->{m['target_code']}", m["sentence"])
    typed = [m for m in same_pair if m["type"] in item["types"]]
    if typed:
        got = ", ".join(sorted({str(m["date"]) for m in typed}))
        stage = "date unresolved" if all(m["date"] is None for m in typed) else "wrong date"
        return Finding("missed", doc, stage, f"{label}: coded date(s) {got}", typed[0]["sentence"])
    coded = tuple(sorted({m["type"] for m in same_pair}))
    return Finding("missed", doc, "wrong type", f"{label}: coded {', '.join(coded)}",
                   same_pair[0]["sentence"], tuple(item["types"]), coded)


def _spurious(pred: Prediction, mentions: list[dict[str, Any]],
              gold: list[dict[str, Any]]) -> Finding:
    own = [m for m in mentions if m["event_id"] == pred.event_id]
    sentence = own[0]["sentence"] if own else ""
    doc = sorted(pred.docs)[0] if pred.docs else ""
    label = f"{pred.date} {pred.source}->{pred.target} {pred.type}"
    stage = _near_gold(pred, [g for g in gold if g["doc"] in pred.docs])
    return Finding("spurious", doc, stage, label, sentence, got=(pred.type,))


def _near_gold(pred: Prediction, gold: list[dict[str, Any]]) -> str:
    """How close a spurious event came to the gold events of its documents: an unknown
    pair is an actor error, the others are a date, type or direction taken wrong."""
    pair = [g for g in gold if set(_pair(g)) == {pred.source, pred.target}]
    if not pair:
        return "pair not in gold"
    date = str(pred.date)
    typed = [g for g in pair if pred.type in g["types"]]
    dated = [g for g in typed if date.startswith(g["date"])]
    if dated:  # same pair, date and type: the direction is wrong, or a gold event's copy
        fits = [g for g in dated if not g.get("directed")
                or _pair(g) == (pred.source, pred.target)]
        return "duplicate" if fits else "reversed"
    if typed:
        return "pair and type, other date"
    if any(date.startswith(g["date"]) for g in pair):
        return "pair and date, other type"
    return "pair, other date and type"


def _evidence_span(text: str, evidence: str) -> tuple[int, int]:
    """The line of the document that holds the evidence's first words, (0, 0) if none."""
    probe = evidence.split("...")[0].strip()[:40]
    at = text.find(probe) if probe else -1
    if at < 0:
        return 0, 0
    end = text.find("\n", at)
    return text.rfind("\n", 0, at) + 1, end if end >= 0 else len(text)
