"""Two annotations of one set scored against each other with the coder's own matcher."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from dyadwatch.evaluate import agreement

FIRST: list[dict[str, Any]] = [
    {"doc": "a", "date": "2024-03-05", "actors": ["KAZ", "UZB"], "directed": False,
     "types": ["CONSULT"]},
    {"doc": "a", "date": "2024-03", "source": "RUS", "target": "MDA", "directed": True,
     "types": ["SANCTION", "COERCE"]},
    {"doc": "a", "date": "2024-02-11", "actors": ["KAZ", "CHN"], "directed": False,
     "types": ["AGREE"], "optional": True},
    {"doc": "only-first", "date": "2024-01-02", "actors": ["FRA", "DEU"], "directed": False,
     "types": ["CONSULT"]},
]


def test_identical_annotations_agree_fully() -> None:
    one, two = agreement(FIRST, FIRST)
    assert (one.f1, two.f1) == (1.0, 1.0)


def test_disagreements_count_on_the_side_that_makes_them() -> None:
    second = [
        # the same meeting told as a visit: direction cannot part an undirected event
        {"doc": "a", "date": "2024-03-05", "source": "UZB", "target": "KAZ", "directed": True,
         "types": ["CONSULT"]},
        # the lists of acceptable types meet on COERCE
        {"doc": "a", "date": "2024-03-14", "source": "RUS", "target": "MDA", "directed": True,
         "types": ["REQUEST", "COERCE"]},
        # an event the first annotator did not code at all, marked optional
        {"doc": "a", "date": "2024-03-20", "actors": ["KAZ", "TKM"], "directed": False,
         "types": ["CONSULT"], "optional": True},
        # the same pair the other way round, both directed: a different event
        {"doc": "a", "date": "2024-03", "source": "MDA", "target": "RUS", "directed": True,
         "types": ["SANCTION"]},
    ]
    second_vs_first, first_vs_second = agreement(FIRST, second)
    # the document only the first annotated is left out of both directions
    assert (second_vs_first.matched_required, second_vs_first.required) == (2, 2)
    assert (second_vs_first.matched_predictions, second_vs_first.predictions) == (2, 4)
    # the first's month cannot match the second's day; its optional event matches nothing
    assert (first_vs_second.matched_required, first_vs_second.required) == (1, 3)
    assert (first_vs_second.matched_predictions, first_vs_second.predictions) == (1, 3)
    lenient, _ = agreement(FIRST, second, strict=False)
    assert (lenient.matched_predictions, lenient.predictions) == (2, 3)


def test_the_script_prints_both_directions(tmp_path: Path) -> None:
    paths = []
    for name, gold in (("one", FIRST), ("two", FIRST[:1])):
        path = tmp_path / f"{name}.jsonl"
        path.write_text("\n".join(json.dumps(g) for g in gold), encoding="utf-8")
        paths.append(str(path))
    script = Path(__file__).parents[1] / "devset" / "agreement.py"
    out = subprocess.run([sys.executable, str(script), *paths], capture_output=True,
                         text=True, check=True).stdout
    assert "second scored against first" in out and "P=1.000 R=0.500" in out
    assert out.count("mean F1") == 2 and "optional event the other never saw" in out
