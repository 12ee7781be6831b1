"""'He' and 'she' do not stand for an official of the other gender, when the tables
record it: with more people in the tables, a pronoun otherwise lands on whoever was named
last, whatever their gender."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from dyadwatch import knowledge
from dyadwatch.errors import KnowledgeError

Coded = Callable[..., set[tuple[str, str, str, str]]]


@pytest.mark.parametrize(("text", "caller"), [
    ("Jacinda Ardern met Scott Morrison in Sydney on 3 May 2019. He later phoned Joko "
     "Widodo on 3 May 2019.", "AUS"),
    ("Jacinda Ardern met Scott Morrison in Sydney on 3 May 2019. She later phoned Joko "
     "Widodo on 3 May 2019.", "NZL"),
    ("Scott Morrison met Jacinda Ardern in Sydney on 3 May 2019. He later phoned Joko "
     "Widodo on 3 May 2019.", "AUS"),
])
def test_a_pronoun_takes_the_person_of_its_gender(coded: Coded, text: str, caller: str) -> None:
    calls = {f for f in coded(text) if f[0] == "CONSULT" and "IDN" in f[1:3]}
    assert calls and all(caller in f[1:3] for f in calls)


def test_an_unknown_gender_in_a_user_file_is_refused(tmp_path: Path) -> None:
    extra = tmp_path / "people.json"
    extra.write_text('{"officials": [{"name": "Ana Example", "party": "PRT", "gender": "x", '
                     '"offices": [{"title": "Foreign Minister", "start": "2020-01-01"}]}]}')
    with pytest.raises(KnowledgeError, match="gender"):
        knowledge.load((str(extra),))
