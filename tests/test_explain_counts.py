"""How `eval --explain` and `eval --blind` sort spurious events and type disagreements."""

from __future__ import annotations

from typing import Any

import pytest

from dyadwatch.evaluate import Prediction
from dyadwatch.explain import Finding, _near_gold, type_counts

GOLD: list[dict[str, Any]] = [
    {"doc": "a", "date": "2024-03-05", "actors": ["KAZ", "UZB"], "directed": False,
     "types": ["CONSULT"]},
    {"doc": "a", "date": "2024-03", "source": "RUS", "target": "MDA", "directed": True,
     "types": ["SANCTION", "COERCE"]},
]


def _pred(source: str, target: str, date: str, type_: str) -> Prediction:
    return Prediction(frozenset({"a"}), source, target, date, type_)


@pytest.mark.parametrize(("pred", "stage"), [
    (_pred("KAZ", "TKM", "2024-03-05", "CONSULT"), "pair not in gold"),
    (_pred("UZB", "KAZ", "2024-03-05", "CONSULT"), "duplicate"),
    (_pred("MDA", "RUS", "2024-03-20", "SANCTION"), "reversed"),
    (_pred("KAZ", "UZB", "2024-03-06", "CONSULT"), "pair and type, other date"),
    (_pred("KAZ", "UZB", "2024-03-05", "AGREE"), "pair and date, other type"),
    (_pred("RUS", "MDA", "2023-11-02", "ACCUSE"), "pair, other date and type"),
])
def test_a_spurious_event_is_placed_against_its_documents_gold(pred: Prediction,
                                                                stage: str) -> None:
    assert _near_gold(pred, GOLD) == stage


def test_type_counts_name_types_only() -> None:
    findings = [
        Finding("missed", "a", "wrong type", "x", "s", ("AGREE",), ("CONSULT",)),
        Finding("missed", "b", "wrong type", "x", "s", ("AGREE",), ("CONSULT",)),
        Finding("missed", "b", "no trigger", "x", "s"),
        Finding("spurious", "a", "pair not in gold", "x", "s", got=("PROTEST",)),
    ]
    counts = type_counts(findings)
    assert counts["wrong type"] == {"AGREE<-CONSULT": 2}
    assert counts["spurious"] == {"PROTEST": 1}
