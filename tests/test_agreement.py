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
        # same meeting, direction irrelevant for an undirected gold event
        {"doc": "a", "date": "2024-03-05", "source": "UZB", "target": "KAZ", "directed": True,
         "types": ["CONSULT"]},
        # the second annotator's first type is one the first accepted
        {"doc": "a", "date": "2024-03-14", "source": "RUS", "target": "MDA", "directed": True,
         "types": ["COERCE"]},
        # an event the first annotator did not see at all
        {"doc": "a", "date": "2024-03-20", "actors": ["KAZ", "TKM"], "directed": False,
         "types": ["CONSULT"]},
    ]
    second_vs_first, first_vs_second = agreement(FIRST, second)
    # the document only the first annotated is left out of both directions
    assert second_vs_first.required == 2
    assert (second_vs_first.matched_predictions, second_vs_first.predictions) == (2, 3)
    assert second_vs_first.matched_required == 2
    # the other way nothing matches: the second directed the meeting, which the first's
    # unordered pair cannot satisfy, the first's month cannot match the second's day, and
    # the first's optional event is a prediction the second never made
    assert (first_vs_second.matched_predictions, first_vs_second.predictions) == (0, 3)
    assert (first_vs_second.matched_required, first_vs_second.required) == (0, 3)


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
    assert "mean F1" in out
