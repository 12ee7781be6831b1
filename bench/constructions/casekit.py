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
from enum import Enum
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


# a case before its publication date is known or shared: (construction, text, expected events)
Case = tuple[str, str, list[dict[str, Any]]]


class Field(Enum):
    """ABSENT leaves the 'published' field out of a case. The harness reads a missing field
    and null alike (no date line), but some generators wrote one and some the other, and
    their files must not change when they are regenerated."""
    ABSENT = "absent"


ABSENT = Field.ABSENT


def case(construction: str, text: str, expect: list[dict[str, Any]], *,
         published: str | Field | None) -> dict[str, Any]:
    """One bench case in the harness's field order. `published` must be given, even as None
    or ABSENT (a story with no date line): a generator that forgot it would silently test
    undated reading."""
    row: dict[str, Any] = {"construction": construction, "text": text}
    if published is not ABSENT:
        row["published"] = published
    row["expect"] = expect
    return row


def cases_of(shapes: Iterable[Case], *, published: str | Field | None) -> list[dict[str, Any]]:
    """The cases of (construction, text, expect) shapes that share one publication date."""
    return [case(name, text, expect, published=published) for name, text, expect in shapes]


def write_cases(generator: str, stem: str, rows: Iterable[dict[str, Any]]) -> Path:
    """Write one JSON line per case to <stem>.jsonl beside `generator` (its __file__)."""
    target = Path(generator).with_name(f"{stem}.jsonl")
    lines = [json.dumps(row, ensure_ascii=False) + "\n" for row in rows]
    target.write_text("".join(lines), encoding="utf-8")
    print(f"{len(lines)} cases -> {target}")
    return target
