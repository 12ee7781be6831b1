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
    ("Latvia no longer imports Belarusian fertiliser and on Tuesday has expelled Belarus's "
     "ambassador.", ("SANCTION", "LVA", "BLR")),
    ("Senegal said on Friday it had resolved not to take part in the conference and to recall "
     "its ambassador from Gambia.", ("SANCTION", "SEN", "GMB")),
    ("Uganda did not comment on the dispute, and on Monday Kenya expelled Somalia's ambassador.",
     ("SANCTION", "KEN", "SOM")),
    ("The Spanish king had left early, so he was not present when Portugal's prime minister "
     "met Morocco's foreign minister on Tuesday.", ("CONSULT", "PRT", "MAR")),
    ("Peru's foreign ministry said it had on Monday asked Ecuador to broker a truce; Quito has "
     "so far given no answer.", ("REQUEST", "PER", "ECU")),
    ("Chile's foreign minister met Peru's president in Lima on Wednesday; Bolivia did not send "
     "an envoy.", ("CONSULT", "CHL", "PER")),
])
def test_an_act_outside_the_negation_stays_an_event(code: Code, text: str,
                                                    expected: tuple[str, str, str]) -> None:
    assert expected in typed(code(text, DAY))


@pytest.mark.parametrize("text", [
    "Russia did not expel the Estonian envoy or summon him on Monday.",
    "Croatia has not expelled Serbia's ambassador and has not recalled its own.",
    "Tanzania on Friday refused both to join the conference and to recall its high "
    "commissioner from Burundi.",
    "On Friday Egypt did not want to meet Sudan's envoy or to recall its ambassador.",
    "Chile will not respond when Argentina expels its diplomats next week.",
    "Japan did not ask China for talks on Monday; Beijing has received no request.",
    "Serbia's minister did not say that Croatia had expelled the envoy.",
    "Mali's rulers did not say when they wanted the Russian contractors to go home.",
])
def test_an_act_inside_the_negation_is_no_event(code: Code, text: str) -> None:
    assert typed(code(text, DAY)) == set()
