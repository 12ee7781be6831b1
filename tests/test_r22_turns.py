"""How far a negation reaches (modality).

A 'not' says its own verb did not happen, and with it the verbs that share its auxiliary
('did not expel or summon him'). It does not reach a conjoined verb with an auxiliary, an
infinitive 'to' or a subject of its own, a past 'when' clause (a fact the main clause is set against), nor
a clause that a semicolon sets apart from the negated verb the parser hung it on.
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
    ("Croatia is no longer buying Serbian power and on Tuesday has expelled Serbia's ambassador.",
     ("SANCTION", "HRV", "SRB")),
    ("On Friday Morocco announced that it had decided not to attend the summit and to recall "
     "its ambassador from Tunisia.", ("SANCTION", "MAR", "TUN")),
    ("Uganda did not comment on the dispute, and on Monday Kenya expelled Somalia's ambassador.",
     ("SANCTION", "KEN", "SOM")),
    ("The Spanish king had left early, so he was not present when Portugal's prime minister "
     "met Morocco's foreign minister on Tuesday.", ("CONSULT", "PRT", "MAR")),
    ("Ghana said it had asked Nigeria on Monday to mediate; Abuja has not formally replied.",
     ("REQUEST", "GHA", "NGA")),
    ("Chile's foreign minister met Peru's president in Lima on Wednesday; Bolivia did not send "
     "an envoy.", ("CONSULT", "CHL", "PER")),
])
def test_an_act_outside_the_negation_stays_an_event(code: Code, text: str,
                                                    expected: tuple[str, str, str]) -> None:
    assert expected in typed(code(text, DAY))


@pytest.mark.parametrize("text", [
    "Russia did not expel the Estonian envoy or summon him on Monday.",
    "Croatia has not expelled Serbia's ambassador and has not recalled its own.",
    "On Friday Algeria refused to attend the summit and to recall its ambassador from Mali.",
    "On Friday Egypt did not want to meet Sudan's envoy or to recall its ambassador.",
    "Chile will not respond when Argentina expels its diplomats next week.",
    "Japan did not ask China for talks on Monday; Beijing has received no request.",
    "Serbia's minister did not say that Croatia had expelled the envoy.",
    "Niger's junta did not say when it expected the American troops to leave.",
])
def test_an_act_inside_the_negation_is_no_event(code: Code, text: str) -> None:
    assert typed(code(text, DAY)) == set()
