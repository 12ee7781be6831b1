"""Actors named by a back reference, and pronouns that stand for no party.

Found with bench/constructions/make_coref.py: a passage names a leader, then a private
person (an analyst, a correspondent, a company chief) speaks, and the next sentence opens
with 'He'. A reader takes that 'he' for the private person, who acts for no state; the
coder used to give it the leader's party. Near misses check that a 'he' following the
leader's own sentence, or a named official's, still resolves.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dyadwatch.records import Mention
from tests.conftest import typed

pytestmark = pytest.mark.slow

Code = Callable[..., list[Mention]]
DAY = "2024-03-08"  # a Friday: 'Tuesday' is 2024-03-05
LEADER = "Kenyan President William Ruto addressed a business forum in Nairobi on Monday. "
ACT = "He accused Ethiopia of blocking the border crossings on Tuesday."


def test_he_after_an_analyst_is_the_analyst(code: Code) -> None:
    text = LEADER + "Analyst Jonathan Pierce of the Eurasia Group said the speech broke " \
        "little new ground. " + ACT
    assert typed(code(text, published=DAY)) == set()


def test_he_after_an_analyst_in_apposition_is_the_analyst(code: Code) -> None:
    text = LEADER + "Jonathan Pierce, a senior analyst at the Eurasia Group, said the " \
        "speech broke little new ground. " + ACT
    assert typed(code(text, published=DAY)) == set()


def test_he_after_a_correspondent_or_company_chief_names_no_party(code: Code) -> None:
    reporter = LEADER + "BBC correspondent Mark Lowen filed his report on Monday night. " + ACT
    assert typed(code(reporter, published=DAY)) == set()
    chief = LEADER + "Shell chief executive Wael Sawan said on Monday the company would " \
        "expand its investment. " + ACT
    assert typed(code(chief, published=DAY)) == set()


def test_he_after_the_leader_still_resolves(code: Code) -> None:
    found = code(LEADER + ACT, published=DAY)
    assert typed(found) == {("ACCUSE", "KEN", "ETH")}
    assert found[0].date is not None and found[0].date.iso == "2024-03-05"


def test_he_after_a_named_official_resolves(code: Code) -> None:
    """A person of a party between the leader and 'he' is no private speaker."""
    text = "Kenyan President William Ruto addressed a forum in Nairobi on Monday. " \
        "Ethiopian Prime Minister Abiy Ahmed said on Monday the talks had stalled. " \
        "He accused Kenya of blocking the border crossings on Tuesday."
    assert typed(code(text, published=DAY)) == {("ACCUSE", "ETH", "KEN")}


VISIT = "Egyptian President Abdel Fattah al-Sisi arrived in Addis Ababa on Monday for a " \
    "two-day visit. "


def test_his_hosts_are_the_state_visited(code: Code) -> None:
    found = code(VISIT + "On Tuesday, he accused his hosts of acting unilaterally on the "
                 "Nile dam.", published=DAY)
    assert ("ACCUSE", "EGY", "ETH") in typed(found)


def test_his_counterpart_is_the_other_party_of_the_call(code: Code) -> None:
    text = "Kenyan Foreign Minister Musalia Mudavadi spoke by phone with Ethiopian Foreign " \
        "Minister Taye Atske Selassie on Monday. On Tuesday, Mudavadi urged his counterpart " \
        "to reopen the border crossings."
    assert ("REQUEST", "KEN", "ETH") in typed(code(text, published=DAY))


def test_counterpart_with_two_others_in_view_names_no_one(code: Code) -> None:
    text = "Kenyan Foreign Minister Musalia Mudavadi held talks with Ethiopian and Japanese " \
        "officials in Geneva on Monday. On Tuesday, Mudavadi urged his counterpart to " \
        "reopen the border crossings."
    assert not {t for t in typed(code(text, published=DAY)) if t[0] == "REQUEST"}


def test_plural_counterparts_at_a_meeting_name_no_one(code: Code) -> None:
    text = "Kenyan Foreign Minister Musalia Mudavadi met Ethiopian Foreign Minister Taye " \
        "Atske Selassie on Monday. On Tuesday, he urged his counterparts to back a ceasefire."
    assert not {t for t in typed(code(text, published=DAY)) if t[0] == "REQUEST"}


RECEIVED = "Ethiopian Prime Minister Abiy Ahmed received Kenyan Foreign Minister Musalia " \
    "Mudavadi in Addis Ababa on Monday"


def test_the_latter_and_the_former(code: Code) -> None:
    latter = code(RECEIVED + ", and on Tuesday the latter urged Ethiopia to reopen the "
                  "border crossings.", published=DAY)
    assert ("REQUEST", "KEN", "ETH") in typed(latter)
    former = code(RECEIVED + ". On Tuesday, the former urged Kenya to reopen the border "
                  "crossings.", published=DAY)
    assert ("REQUEST", "ETH", "KEN") in typed(former)


def test_the_former_president_is_an_office_not_a_reference(code: Code) -> None:
    text = RECEIVED + ". On Tuesday, the former president urged Ethiopia to reopen the " \
        "border crossings."
    assert ("REQUEST", "KEN", "ETH") not in typed(code(text, published=DAY))


def test_the_minister_is_not_the_prime_minister(code: Code) -> None:
    """'the minister' after a prime minister and a foreign minister is the foreign minister;
    'the prime minister' still names the prime minister."""
    minister = code(RECEIVED + ". On Tuesday, the minister urged Ethiopia to reopen the "
                    "border crossings.", published=DAY)
    assert ("REQUEST", "KEN", "ETH") in typed(minister)
    premier = code(RECEIVED + ". On Tuesday, the prime minister urged Kenya to reopen the "
                   "border crossings.", published=DAY)
    assert ("REQUEST", "ETH", "KEN") in typed(premier)


def test_his_side_is_his_own_and_the_other_side_is_the_other(code: Code) -> None:
    lead = ("Kenyan Foreign Minister Musalia Mudavadi met Ethiopian Foreign Minister Taye "
            "Atske Selassie in Addis Ababa on Tuesday. ")
    own = code(lead + "Mudavadi praised his side for its patience.", published=DAY)
    assert ("SUPPORT", "KEN", "ETH") not in typed(own)  # his own delegation, not Ethiopia
    other = code(lead + "Mudavadi urged the other side to reopen the border.", published=DAY)
    assert ("REQUEST", "KEN", "ETH") in typed(other)
