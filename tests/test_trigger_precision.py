"""Trigger precision: welcoming a guest is a meeting, welcoming a thing is support;
wars of words and tariffs are no fighting; warnings of a danger and analysts' forecasts are
no threats; denials of a deed reject no one; what one looks forward to or hopes for is
still to come; a participle beside a request is not part of what was asked; rounds of
talks, joint pledges and ruptures of relations are events."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dyadwatch.records import Mention
from tests.conftest import Quad, types_between

Coded = Callable[..., set[Quad]]
Code = Callable[..., list[Mention]]
PUB = "2024-05-15"


@pytest.mark.parametrize(("text", "a", "b"), [
    ("President Erdogan welcomed the Emir of Qatar to Ankara on Tuesday.", "TUR", "QAT"),
    ("The Kenyan president welcomed a Chinese delegation at State House on Monday.",
     "KEN", "CHN"),
    ("Zelensky welcomed his Polish counterpart in Kyiv on Friday.", "UKR", "POL"),
    ("Macron welcomed Chancellor Scholz at the Elysee on Wednesday.", "FRA", "DEU"),
    ("Japan's prime minister welcomed the visiting Indian foreign minister on Monday.",
     "JPN", "IND"),
])
def test_welcoming_a_guest_is_a_meeting(coded: Coded, text: str, a: str, b: str) -> None:
    assert "CONSULT" in types_between(coded(text, PUB), a, b)


@pytest.mark.parametrize(("text", "a", "b"), [
    ("Iraq welcomed the offer of Turkish investment in the port project on Monday.",
     "IRQ", "TUR"),
    ("Egypt welcomed Qatar's proposal for a humanitarian pause on Monday.", "EGY", "QAT"),
    ("Canada welcomed Kenya's offer to lead the security mission on Monday.", "CAN", "KEN"),
    ("India welcomed the initiative of Russia to host the talks on Monday.", "IND", "RUS"),
    ("Germany welcomed the decision by Serbia to withdraw its troops on Monday.",
     "DEU", "SRB"),
])
def test_welcoming_a_thing_supports_its_author(coded: Coded, text: str, a: str,
                                               b: str) -> None:
    types = types_between(coded(text, PUB), a, b)
    assert "CONSULT" not in types
    assert types <= {"SUPPORT"}


@pytest.mark.parametrize("text", [
    "On Monday the two sides, the United States and China, fought a bitter trade war.",
    "Washington and Beijing fought a tariff war in 2019.",
    "Russian and Ukrainian forces fought a cyber war in 2023.",
    "The armed forces of India and Pakistan fought a war of words in May.",
    "In 2019 the militaries of Japan and South Korea fought a legal battle.",
])
def test_figurative_wars_are_no_fighting(coded: Coded, text: str) -> None:
    assert not any(q[0] in ("FIGHT", "ASSAULT") for q in coded(text, PUB))


@pytest.mark.parametrize("text", [
    "Indian and Chinese troops fought a brief war in 1962.",
    "Eritrean and Ethiopian forces fought a border war in 1998.",
    "Thai and Cambodian soldiers clashed near the temple on Monday.",
])
def test_real_wars_stay_fighting(coded: Coded, text: str) -> None:
    assert any(q[0] == "FIGHT" for q in coded(text, PUB))


@pytest.mark.parametrize("text", [
    "The United States warned on Monday of a large Serbian military build-up on the border.",
    "Washington warned on Monday of a growing Chinese naval presence near Taiwan.",
    "The EU warned on Monday about Russian interference in the Moldovan election.",
    "Analysts warned on Monday that Eritrea could side with Somalia.",
    "Experts warned on Monday that Turkey might launch a new offensive in Syria.",
])
def test_warnings_of_a_danger_are_no_threats(coded: Coded, text: str) -> None:
    assert not any(q[0] == "THREATEN" for q in coded(text, PUB))


@pytest.mark.parametrize(("text", "a", "b"), [
    ("Russia warned South Korea on Monday that arming Ukraine would be a big mistake.",
     "RUS", "KOR"),
    ("Iran warned Israel on Monday of a crushing response to any attack.", "IRN", "ISR"),
    ("Moscow warned Finland on Monday that it would take retaliatory steps.", "RUS", "FIN"),
])
def test_warnings_to_a_party_stay_threats(coded: Coded, text: str, a: str, b: str) -> None:
    assert "THREATEN" in types_between(coded(text, PUB), a, b)


@pytest.mark.parametrize("text", [
    "Poland denied on Monday that it had summoned the Russian ambassador.",
    "Israel denied on Monday that it had carried out strikes inside Iran.",
    "Ankara denied on Monday that its jets had bombed Syrian villages.",
    "China denied on Monday that it had sent warships into Japanese waters.",
    "Iran denied on Monday supplying missiles to Russia.",
])
def test_denying_a_deed_rejects_no_one(coded: Coded, text: str) -> None:
    assert not coded(text, PUB)


@pytest.mark.parametrize("text", [
    "Japan looks forward to welcoming the Indian prime minister in Tokyo next month.",
    "We look forward to President Lula's visit to Beijing in July.",
    "Kenya hopes to sign a trade deal with Britain in July.",
    "Vietnam hopes to host the Chinese leader in Hanoi in July.",
    "The Turkish president is expected to visit Baghdad next month.",
])
def test_hoped_and_awaited_events_are_planned(code: Code, text: str) -> None:
    mentions = code(text, PUB)
    assert mentions
    assert all(m.status == "planned" for m in mentions)


@pytest.mark.parametrize(("text", "a", "b"), [
    ("Armenia asked Russia for help on Monday, accusing Azerbaijan of shelling villages.",
     "ARM", "AZE"),
    ("Kyiv urged Washington on Monday to send air defence, accusing Moscow of targeting "
     "power plants.", "UKR", "RUS"),
])
def test_participle_beside_a_request_is_done(coded: Coded, text: str, a: str, b: str) -> None:
    assert "ACCUSE" in types_between(coded(text, PUB), a, b)


def test_infinitive_under_a_request_is_asked(coded: Coded) -> None:
    text = "Armenia asked Russia on Monday to accuse Azerbaijan of shelling."
    assert "ACCUSE" not in types_between(coded(text, PUB), "ARM", "AZE")


@pytest.mark.parametrize(("text", "a", "b"), [
    ("Talks between Armenia and Azerbaijan opened in Washington on Monday. "
     "A second round took place in Almaty on Friday.", "ARM", "AZE"),
    ("France and Germany began consultations on the treaty in March. "
     "A new round was held in Berlin in April.", "FRA", "DEU"),
])
def test_rounds_of_talks_are_meetings(code: Code, text: str, a: str, b: str) -> None:
    rounds = [m for m in code(text, PUB) if m.trigger == "round"]
    assert rounds and all({m.source.code, m.target.code} == {a, b} for m in rounds)


@pytest.mark.parametrize("text", [
    "The first round of the Turkish election was held in May. "
    "A second round took place on 28 May.",
    "Russia fired missiles at Ukraine on Monday. A second round of strikes took place on "
    "Tuesday.",
])
def test_other_rounds_are_no_meetings(code: Code, text: str) -> None:
    assert not any(m.trigger == "round" for m in code(text, PUB))


@pytest.mark.parametrize(("text", "a", "b"), [
    ("Putin met Kim in Pyongyang on Wednesday. Both leaders pledged to deepen cooperation.",
     "RUS", "PRK"),
    ("Modi and Albanese met in Sydney on Monday. The two prime ministers pledged to expand "
     "trade.", "IND", "AUS"),
])
def test_joint_pledges_are_agreements(coded: Coded, text: str, a: str, b: str) -> None:
    assert "AGREE" in types_between(coded(text, PUB), a, b)


def test_one_party_pledge_is_no_agreement(coded: Coded) -> None:
    assert not any(q[0] == "AGREE" for q in coded("Japan pledged on Monday to send aid to "
                                                  "Ukraine.", PUB))


@pytest.mark.parametrize(("text", "a", "b"), [
    ("Morocco announced the rupture of diplomatic relations with Iran on Tuesday.",
     "MAR", "IRN"),
    ("Venezuela proceeded to the rupture of relations with Colombia on Tuesday.",
     "VEN", "COL"),
])
def test_rupture_of_relations_is_a_sanction(coded: Coded, text: str, a: str, b: str) -> None:
    assert "SANCTION" in types_between(coded(text, PUB), a, b)
