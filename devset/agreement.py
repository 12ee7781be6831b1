"""How far two annotations of the same documents agree, scored by dyadwatch's matching rules.

`python devset/agreement.py FIRST.jsonl SECOND.jsonl` reads the second annotator's events as
predictions against the first's gold, and the other way round, over the documents both
annotated: once counting every event (as a coder's extra events are counted), once leaving
out an optional event the other annotator never coded (a difference of emphasis). A coder's
F1 on a set means little until it is set beside what a second careful reader reaches on it.
"""

from __future__ import annotations

import sys

from dyadwatch.evaluate import Score, agreement, load_gold


def _line(label: str, s: Score) -> str:
    return (f"{label:<34} P={s.precision:.3f} R={s.recall:.3f} F1={s.f1:.3f} "
            f"(matched {s.matched_predictions}/{s.predictions} predictions, "
            f"{s.matched_required}/{s.required} required gold)")


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: agreement.py FIRST.jsonl SECOND.jsonl", file=sys.stderr)
        return 2
    first, second = load_gold(argv[0]), load_gold(argv[1])
    for strict, label in ((True, "every event a prediction"),
                          (False, "an optional event the other never saw left out")):
        one, two = agreement(first, second, strict)
        print(f"{label}:")
        print(_line("  second scored against first", one))
        print(_line("  first scored against second", two))
        print(f"{'  mean F1':<34} {(one.f1 + two.f1) / 2:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
