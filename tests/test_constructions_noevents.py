"""Text that names parties and a meeting word but holds no meeting between two of them.

Found with bench/constructions/make_noevents.py. The gathering-noun test is now one
predicate (`venues.is_gathering`) shared by the forum-as-occasion rule and the
trip-for-a-summit rule; a trip whose purpose is an organisation's meeting is no visit
to the host, while a meeting with a named counterpart still is.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Token

from dyadwatch.coding.delegations import delegates_apart
from dyadwatch.coding.forecasts import forecast
from dyadwatch.records import Mention

pytestmark = pytest.mark.slow

Code = Callable[..., list[Mention]]
DAY = "2025-02-12"  # a Wednesday: 'Tuesday' is 2025-02-11


def pairs(mentions: list[Mention]) -> set[frozenset[str]]:
    return {frozenset((m.source.code, m.target.code)) for m in mentions
            if m.source.code != m.target.code}


def test_trip_for_a_bloc_meeting_is_no_visit_to_the_host(code: Code) -> None:
    text = "Indonesia's president flew to Brasilia on Tuesday for the BRICS summit."
    assert frozenset(("IDN", "BRA")) not in pairs(code(text, DAY))


def test_trip_for_talks_with_the_host_is_a_visit(code: Code) -> None:
    text = "Indonesia's president flew to Brasilia on Tuesday for talks with Lula."
    assert frozenset(("IDN", "BRA")) in pairs(code(text, DAY))


def test_forum_named_as_occasion_is_no_party(code: Code) -> None:
    text = ("On the sidelines of the G20 summit on Tuesday, the leaders of India and "
            "Brazil held a bilateral meeting.")
    got = pairs(code(text, DAY))
    assert frozenset(("IND", "BRA")) in got
    assert not any("G20" in p for p in got)


def test_officials_discussing_a_third_state_code_only_the_two(code: Code) -> None:
    text = ("The foreign ministers of Kenya and Ghana discussed the situation in Sudan "
            "by telephone on Tuesday.")
    assert pairs(code(text, DAY)) == {frozenset(("KEN", "GHA"))}


def test_attended_bloc_summit_pairs_no_one(code: Code) -> None:
    text = ("The BRICS summit in Vienna on Tuesday was attended by the Kazakh president and "
            "the Uzbek prime minister, among other leaders.")
    assert pairs(code(text, DAY)) == set()


def test_attending_a_bloc_summit_in_the_active_pairs_no_one(code: Code) -> None:
    text = ("The Polish president and the Italian prime minister attended the NATO summit in "
            "Baku on Tuesday, where leaders adopted a statement on food prices.")
    assert pairs(code(text, DAY)) == set()


def test_meeting_on_the_sidelines_of_an_attended_summit_stays(code: Code) -> None:
    text = ("The Mexican president met the Peruvian prime minister in Riyadh on Tuesday on the "
            "sidelines of the G20 summit, which was attended by some 30 leaders.")
    assert pairs(code(text, DAY)) == {frozenset(("MEX", "PER"))}


def test_a_two_state_summit_attended_by_its_leaders_stays(code: Code) -> None:
    text = ("The EU-China summit in Beijing on Tuesday was attended by Xi Jinping and "
            "Ursula von der Leyen.")
    assert frozenset(("EU", "CHN")) in pairs(code(text, DAY))


def first(model: Language, text: str, word: str) -> Token:
    return next(t for t in model(text) if t.text == word)


def test_officials_of_two_states_under_one_noun_meet_apart(model: Language) -> None:
    text = ("The Indian foreign minister met Kazakh and Uzbek officials in Vienna on "
            "Tuesday to discuss regional security.")
    assert delegates_apart(first(model, text, "met"))
    text = ("Chile's deputy foreign minister held talks with Brazilian and Argentine "
            "diplomats in Geneva on Tuesday.")
    assert delegates_apart(first(model, text, "talks"))


def test_counterparts_and_single_state_officials_are_not_apart(model: Language) -> None:
    text = "The Egyptian president met his Saudi and Qatari counterparts in Doha on Tuesday."
    assert not delegates_apart(first(model, text, "met"))
    text = "The Indian foreign minister met Kazakh officials in Vienna on Tuesday."
    assert not delegates_apart(first(model, text, "met"))


def test_analysts_expectation_is_a_forecast(model: Language) -> None:
    text = "Analysts expect Brazil to press Argentina on market access when ministers meet."
    assert forecast(first(model, text, "press"))
    text = "Analysts say Ghana will recognise Nigeria's claim to the islands."
    assert forecast(first(model, text, "recognise"))


def test_a_party_expected_to_act_is_a_plan_not_a_forecast(model: Language) -> None:
    text = "Egypt is expected to sign a trade agreement with Israel next week, officials said."
    assert not forecast(first(model, text, "sign"))
    text = "Egypt expects Israel to sign the agreement next week."
    assert not forecast(first(model, text, "sign"))
