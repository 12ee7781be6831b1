"""Score extracted events against a gold file with the rules of the shared eval README.

A prediction matches a gold event when one of its sources is the gold document,
its parties equal the gold pair (ordered when the gold is directed), its date
starts with the gold date, and its type is acceptable. Matching is one-to-one and
maximal (bipartite), so scores do not depend on the order of predictions.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dyadwatch.errors import GoldError


@dataclass(frozen=True)
class Prediction:
    docs: frozenset[str]
    source: str
    target: str
    date: str | None
    type: str
    event_id: str = ""


@dataclass
class Score:
    matched_predictions: int = 0
    predictions: int = 0
    matched_required: int = 0
    required: int = 0
    missed: list[dict[str, Any]] = field(default_factory=list)
    spurious: list[Prediction] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched_predictions / self.predictions if self.predictions else 0.0

    @property
    def recall(self) -> float:
        return self.matched_required / self.required if self.required else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "predictions": self.predictions,
                "matched": self.matched_predictions, "required": self.required,
                "matched_required": self.matched_required}


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise GoldError(f"cannot read gold file {path}: {exc.strerror or exc}") from exc
    gold = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            _check(item)
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise GoldError(f"{path}:{number}: not a gold event ({exc})",
                            hint="see the eval README for the fields") from exc
        gold.append(item)
    return gold


def _check(item: dict[str, Any]) -> None:
    item["doc"], item["date"], item["types"]
    if item.get("directed"):
        item["source"], item["target"]
    else:
        if len(item["actors"]) != 2:
            raise KeyError("actors")


def _matches(pred: Prediction, gold: dict[str, Any]) -> bool:
    if gold["doc"] not in pred.docs or pred.date is None:
        return False
    if not pred.date.startswith(gold["date"]) or pred.type not in gold["types"]:
        return False
    if gold.get("directed"):
        return (pred.source, pred.target) == (gold["source"], gold["target"])
    return {pred.source, pred.target} == set(gold["actors"])


def score(predictions: Iterable[Prediction], gold: list[dict[str, Any]]) -> Score:
    preds = [p for p in predictions if p.date is not None and p.source != p.target]
    # required gold first: an augmenting path never unmatches a gold event once matched,
    # so optional events only take predictions that no required event can use
    order = sorted(range(len(gold)), key=lambda g: bool(gold[g].get("optional")))
    edges = {g: [p for p, pred in enumerate(preds) if _matches(pred, gold[g])] for g in order}
    owner = _max_matching(order, edges)
    result = Score(predictions=len(preds), matched_predictions=len(owner))
    matched_gold = {g for g in owner.values()}
    for g, item in enumerate(gold):
        if item.get("optional"):
            continue
        result.required += 1
        if g in matched_gold:
            result.matched_required += 1
        else:
            result.missed.append(item)
    result.spurious = [p for i, p in enumerate(preds) if i not in owner]
    return result


def _max_matching(order: list[int], edges: dict[int, list[int]]) -> dict[int, int]:
    """Kuhn's augmenting paths from the gold side: returns prediction -> gold."""
    owner: dict[int, int] = {}

    def augment(g: int, seen: set[int]) -> bool:
        for p in edges[g]:
            if p in seen:
                continue
            seen.add(p)
            if p not in owner or augment(owner[p], seen):
                owner[p] = g
                return True
        return False

    for g in order:
        augment(g, set())
    return owner


def agreement(first: list[dict[str, Any]], second: list[dict[str, Any]],
              strict: bool = True) -> tuple[Score, Score]:
    """Each annotation scored as the other's predictions, over the documents both cover.

    Two annotations of one set say how far careful readers agree, the ceiling a coder's
    score should be read against. The coder's rules are kept where they are about
    events (same document, pair, date at least as precise, direction when both give
    one) and made fair where they are about the coder: two annotators agree on a type
    when their lists of acceptable types meet, and an event one side marked optional
    and the other never saw is, for `strict=False`, a difference of emphasis rather
    than a false event, and counts neither way; `strict` counts it as a coder's extra
    event would be counted. Both directions are returned: each side's optional events
    count only as predictions.
    """
    docs = {g["doc"] for g in first} & {g["doc"] for g in second}
    a = [g for g in first if g["doc"] in docs]
    b = [g for g in second if g["doc"] in docs]
    return _agree(a, b, strict), _agree(b, a, strict)


def _agree(gold: list[dict[str, Any]], other: list[dict[str, Any]], strict: bool) -> Score:
    order = sorted(range(len(gold)), key=lambda g: bool(gold[g].get("optional")))
    edges = {g: [o for o, item in enumerate(other) if _same_event(item, gold[g])] for g in order}
    owner = _max_matching(order, edges)
    left_out = 0 if strict else sum(1 for o, item in enumerate(other)
                                    if o not in owner and item.get("optional"))
    result = Score(predictions=len(other) - left_out, matched_predictions=len(owner))
    matched_gold = set(owner.values())
    for g, item in enumerate(gold):
        if not item.get("optional"):
            result.required += 1
            result.matched_required += g in matched_gold
            if g not in matched_gold:
                result.missed.append(item)
    return result


def _same_event(item: dict[str, Any], gold: dict[str, Any]) -> bool:
    """One annotator's event read as the other's: a date at least as precise, meeting types,
    the same pair, and the same direction when both give one."""
    if item["doc"] != gold["doc"] or not item["date"].startswith(gold["date"]):
        return False
    if not set(item["types"]) & set(gold["types"]):
        return False
    if item.get("directed") and gold.get("directed"):
        return (item["source"], item["target"]) == (gold["source"], gold["target"])
    return set(_parties(item)) == set(_parties(gold))


def _parties(item: dict[str, Any]) -> tuple[str, str]:
    return (item["source"], item["target"]) if item.get("directed") else tuple(item["actors"])


def per_document(predictions: list[Prediction], gold: list[dict[str, Any]]) -> dict[str, Score]:
    docs = sorted({g["doc"] for g in gold} | {d for p in predictions for d in p.docs})
    return {doc: score([p for p in predictions if doc in p.docs],
                       [g for g in gold if g["doc"] == doc]) for doc in docs}
