"""The construction bench's cases are well formed and match the generators that write them.

`bench/constructions.py` reads these files without checking them; a case with a type that
PLOVER lacks or a party code nobody uses would count as a miss forever and steer the work
wrong. The generators are the source of the cases, so a hand edit of a .jsonl file that a
rerun would undo is caught here too.
"""

from __future__ import annotations

import json
import re
import runpy
import shutil
from pathlib import Path

import pytest

from dyadwatch import knowledge

CASES = Path(__file__).resolve().parents[1] / "bench" / "constructions"
FILES = sorted(CASES.glob("*.jsonl"))
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def test_there_are_cases() -> None:
    assert len(FILES) >= 5


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_every_case_is_well_formed(path: Path) -> None:
    kb = knowledge.load()
    types = set(kb.intensity)  # one intensity per PLOVER type
    codes = set(kb.parties)
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        case = json.loads(line)
        where = f"{path.name}:{number}"
        assert isinstance(case["construction"], str) and case["construction"], where
        assert isinstance(case["text"], str) and case["text"].strip(), where
        assert case.get("published") is None or DATE.match(case["published"]), where
        for want in case["expect"]:
            assert len(want["pair"]) == 2 and set(want["pair"]) <= codes, (where, want)
            assert want["types"] and set(want["types"]) <= types, (where, want)
            assert DATE.match(want["date"]), (where, want)
            assert isinstance(want.get("directed", False), bool), where


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_the_generator_writes_these_cases(path: Path, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    generator = CASES / f"make_{path.stem}.py"
    assert generator.is_file(), f"{path.name} has no generator"
    copy = tmp_path / "constructions"
    copy.mkdir()
    shutil.copy(generator, copy / generator.name)
    shutil.copy(CASES / "casekit.py", copy / "casekit.py")  # what the generators share
    monkeypatch.syspath_prepend(str(copy))  # as running the script from its folder would
    runpy.run_path(str(copy / generator.name), run_name="__main__")
    assert (copy / path.name).read_text(encoding="utf-8") == path.read_text(encoding="utf-8")

