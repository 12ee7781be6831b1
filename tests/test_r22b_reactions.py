"""A reaction that names the other side only by its deed (coding/deed_memory.py).

'Chad expelled Sudan's envoy on Monday. Sudan deplored the decision': the doer of the deed
told just before is the one reacted to, when the reaction verb's object is a definite deed
noun. Not when the noun names no deed, when the reactor is the doer itself, when no deed
was told, or when the deed lies many sentences back.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dyadwatch.records import Mention
from tests.conftest import typed

Code = Callable[..., list[Mention]]
DAY = "2024-03-08"  # a Friday

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, expected", [
    ("Chad expelled two Sudanese diplomats on Monday. Sudan said on Tuesday it regretted the "
     "decision.", ("PROTEST", "SDN", "TCD")),
    ("Serbia suspended electricity exports to Montenegro on Monday. Montenegro condemned the "
     "suspension on Wednesday.", ("ACCUSE", "MNE", "SRB")),
    ("Algeria decided on Monday to recall its ambassador from Morocco. On Tuesday Morocco "
     "deplored the move.", ("ACCUSE", "MAR", "DZA")),
    ("Armenia filed a complaint on Monday, alleging that Azerbaijan had shelled its villages. "
     "Azerbaijan rejected the allegation on Tuesday.", ("REJECT", "AZE", "ARM")),
])
def test_the_deed_noun_names_its_doer(code: Code, text: str,
                                      expected: tuple[str, str, str]) -> None:
    assert expected in typed(code(text, DAY))


def test_the_reaction_goes_to_the_deed_done_to_the_reactor(code: Code) -> None:
    text = ("Peru recalled its ambassador from Chile on Monday. On Tuesday Bolivia expelled two "
            "Brazilian diplomats. Chile regretted the decision on Wednesday.")
    found = typed(code(text, DAY))
    assert ("PROTEST", "CHL", "PER") in found
    assert ("PROTEST", "CHL", "BOL") not in found


@pytest.mark.parametrize("text, reactor", [
    ("Italy suspended aid to Tunisia on Monday. Tunisia regretted the loss of life on Tuesday.",
     "TUN"),
    ("Italy suspended aid to Tunisia on Monday. Rome said on Tuesday it regretted the decision.",
     "ITA"),
    ("Ecuador said on Tuesday it regretted the decision.", "ECU"),
    ("Kenya expelled a Ugandan diplomat on Monday. The two countries share a long border. "
     "Trade between them has grown. Many families live on both sides. Officials met farmers "
     "in the region. On Wednesday Uganda rejected the decision.", "UGA"),
])
def test_no_reaction_without_a_deed_of_another(code: Code, text: str, reactor: str) -> None:
    reactions = {"PROTEST", "ACCUSE", "REJECT"}
    assert not [t for t in typed(code(text, DAY)) if t[1] == reactor and t[0] in reactions]
