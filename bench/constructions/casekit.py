"""What the bench generators share: the shape of an expected event and how cases are written.

One place for the case format, so that a field the harness comes to read is added once and
every generator's output changes together. Generators stay plain scripts: each imports this
module from its own folder and passes its own path, so the cases land beside the generator
that wrote them (the bench test runs copies of them in a scratch folder).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Event:
    """One act told many ways: who did it (as written), its past-tense predicate, and the
    pair and types a coder should give it."""
    subject: str
    past: str
    pair: tuple[str, str]
    directed: bool
    types: tuple[str, ...]

def expected_event(a: str, b: str, types: str, directed: bool = True, date: str = "") -> dict[str, Any]:
    """One expected event; `types` is a space-separated list of the PLOVER types accepted."""
    return {"pair": [a, b], "directed": directed, "types": types.split(), "date": date}


def write_cases(generator: str, stem: str, rows: Iterable[dict[str, Any]]) -> Path:
    """Write one JSON line per case to <stem>.jsonl beside `generator` (its __file__)."""
    target = Path(generator).with_name(f"{stem}.jsonl")
    lines = [json.dumps(row, ensure_ascii=False) + "\n" for row in rows]
    target.write_text("".join(lines), encoding="utf-8")
    print(f"{len(lines)} cases -> {target}")
    return target
