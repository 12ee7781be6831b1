"""How often the coder gets one known event right, construction by construction.

The gold sets measure whole documents; their misses mix a hundred causes, and the
fixes they suggest fit the documents they came from. This bench holds the event
fixed and varies only the wording around it: the same recall of an ambassador
told with a fronted date and no comma, as the second of three coordinated verbs,
as a participle clause, in reported speech, with the actor named by its capital,
its leader or its ministry. A construction that fails for most events is a rule
of the language the coder lacks, which is the kind of fix that carries over to
articles nobody has seen.

Cases live in bench/constructions/*.jsonl, one per line:
  {"construction": "conj-second-verb", "text": "...", "published": "2024-03-08",
   "expect": [{"pair": ["PAK", "IRN"], "directed": true, "types": ["SANCTION"],
               "date": "2024-03-05"}]}
`expect: []` says the text holds no event (a negation, a hypothetical, boilerplate).
An expected event is found when a coded event has its pair (in order when directed),
one of its types and a date that starts with its date; any other dated event between
two different parties is counted as spurious (undated ones are left out, as in eval).

Run: python bench/constructions.py [--area NAME] [--failures] [--construction NAME]
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dyadwatch import knowledge, pipeline
from dyadwatch.records import Document, FuzzyDate, Mention, Rejection

CASES = Path(__file__).parent / "constructions"


@dataclass
class Tally:
    cases: int = 0
    right: int = 0  # every expected event found and nothing spurious
    expected: int = 0
    found: int = 0
    spurious: int = 0
    failures: list[str] = field(default_factory=list)


def _date(text: str | None) -> FuzzyDate | None:
    if not text:
        return None
    parts = [int(p) for p in text.split("-")]
    return FuzzyDate(*parts)


def _matches(m: Mention, want: dict[str, Any]) -> bool:
    pair = (m.source.code, m.target.code)
    wanted = tuple(want["pair"])
    same = pair == wanted if want.get("directed") else set(pair) == set(wanted)
    return same and m.type in want["types"] and m.date is not None and \
        m.date.iso.startswith(want["date"])


def _score(case: dict[str, Any], mentions: tuple[Mention, ...]) -> tuple[int, int]:
    # as in the shared scoring rules: undated events and a party with itself are not counted
    coded = [m for m in mentions if m.source.code != m.target.code and m.date is not None]
    used: set[int] = set()
    found = 0
    for want in case["expect"]:
        hit = next((i for i, m in enumerate(coded) if i not in used and _matches(m, want)), None)
        if hit is not None:
            used.add(hit)
            found += 1
    matched = {(m.type, m.source.code, m.target.code) for i, m in enumerate(coded) if i in used}
    spurious = {(m.type, m.source.code, m.target.code) for i, m in enumerate(coded)
                if i not in used} - matched
    return found, len(spurious)


def _describe(mentions: tuple[Mention, ...]) -> str:
    return "; ".join(f"{m.type} {m.source.code}->{m.target.code} "
                     f"{m.date.iso if m.date else 'undated'}" for m in mentions) or "nothing"


def run(files: list[Path], construction: str | None) -> dict[tuple[str, str], Tally]:
    kb = knowledge.load()
    tallies: dict[tuple[str, str], Tally] = defaultdict(Tally)
    for path in files:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            case = json.loads(line)
            if construction and case["construction"] != construction:
                continue
            document = Document(doc_id=f"{path.stem}:{number}", source=str(path),
                                media_type="text", content=case["text"],
                                published=_date(case.get("published")))
            result = pipeline.process(document, kb)
            mentions = () if isinstance(result, Rejection) else result.mentions
            found, spurious = _score(case, mentions)
            tally = tallies[(path.stem, case["construction"])]
            tally.cases += 1
            tally.expected += len(case["expect"])
            tally.found += found
            tally.spurious += spurious
            if found == len(case["expect"]) and not spurious:
                tally.right += 1
            else:
                tally.failures.append(f"{path.name}:{number}: {case['text']!r}\n"
                                      f"      coded: {_describe(mentions)}")
    return tallies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--area", help="one file of bench/constructions (its stem)")
    parser.add_argument("--construction", help="only the cases of this construction")
    parser.add_argument("--failures", action="store_true", help="print each failing case")
    args = parser.parse_args()
    files = sorted(CASES.glob(f"{args.area or '*'}.jsonl"))
    tallies = run(files, args.construction)
    print(f"{'area':14s} {'construction':32s} {'right':>9s} {'recall':>7s} {'spurious':>8s}")
    totals = Tally()
    for (area, name), t in sorted(tallies.items()):
        recall = t.found / t.expected if t.expected else 1.0
        print(f"{area:14s} {name:32s} {t.right:4d}/{t.cases:<4d} {recall:7.2f} {t.spurious:8d}")
        if args.failures:
            for failure in t.failures:
                print("    " + failure)
        totals.cases += t.cases
        totals.right += t.right
        totals.expected += t.expected
        totals.found += t.found
        totals.spurious += t.spurious
    recall = totals.found / totals.expected if totals.expected else 1.0
    print(f"{'all':14s} {'':32s} {totals.right:4d}/{totals.cases:<4d} {recall:7.2f} "
          f"{totals.spurious:8d}")


if __name__ == "__main__":
    main()
