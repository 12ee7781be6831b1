"""Who speaks in transcripts and council summaries: speaker labels, first and second person,
council delegates named by office, and vote tallies. Invented sentences only."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.conftest import Quad, types_between

Coded = Callable[..., set[Quad]]


def _pairs(found: set[Quad]) -> set[tuple[str, str, str]]:
    return {(q[0], q[1], q[2]) for q in found}


@pytest.mark.parametrize(("text", "expected"), [
    ("PRESIDENT MACRON: Good evening.\nMacron added nothing.\nPRIME MINISTER MODI: "
     "We strongly condemn the terrorist attack carried out by Pakistan.", ("ACCUSE", "IND", "PAK")),
    ("CHANCELLOR SCHOLZ: Thank you all for coming.\nCHANCELLOR SCHOLZ: I urge Russia to "
     "withdraw its troops at once.", ("REQUEST", "DEU", "RUS")),
    ("President Erdogan: Today I call on Israel to halt its offensive.",
     ("REQUEST", "TUR", "ISR")),
    ("PRIME MINISTER KISHIDA: Our government will impose new sanctions on Russia next week.",
     ("SANCTION", "JPN", "RUS")),
    ("Mr. Zhang Jun (China): We call on Washington to stop arming Taiwan.",
     ("REQUEST", "CHN", "USA")),
    ("Ms. Thomas-Greenfield (United States of America): We condemn Russia's strikes on "
     "Ukraine's power grid.", ("ACCUSE", "USA", "RUS")),
])
def test_labelled_speaker_is_first_person(coded: Coded, text: str,
                                          expected: tuple[str, str, str]) -> None:
    """A transcript's turn label ('PRESIDENT X:', 'Mr. Y (Country):') makes 'I', 'we'
    and 'our' that speaker's state."""
    assert expected in _pairs(coded(text, "2024-03-05"))


@pytest.mark.parametrize("text", [
    "PRESIDENT BIDEN: Thank you.\nPRESIDENT RUTO: I thank you for your support on Haiti.",
    "PRESIDENT BIDEN: Welcome.\nPRESIDENT RUTO: We accept the help your government offered.\n"
    "PRESIDENT BIDEN: Today I have invited my friend to visit the White House.",
    "PRESIDENT BIDEN: Good morning.\nPRESIDENT RUTO: Today we signed an accord on health.",
    "Joint remarks by President Ruto and President Biden\nPRESIDENT RUTO: We have agreed to "
    "deepen trade between our two nations.",
    "PRESIDENT RUTO: Welcome.\nPRESIDENT BIDEN: This morning we discussed the security "
    "mission and climate finance.",
])
def test_the_other_leader_is_you_and_we(coded: Coded, text: str) -> None:
    """'you', 'your government' and 'my friend' are the leader who spoke before (or the other
    leader billed in the heading); 'we signed', 'we agreed' said by one host is both."""
    assert types_between(coded(text, "2024-05-23"), "USA", "KEN")


@pytest.mark.parametrize("text", [
    "PRESIDENT MACRON: Thank you, my dear friend.\nPRIME MINISTER MODI: Thank you, my friend.",
    "PRESIDENT PUTIN: Welcome.\nQ: Mr President, will Russia attack Moldova?",
    "Mr. Nebenzia (Russian Federation): Good afternoon.\nMs. Woodward (United Kingdom): "
    "We discussed the matter with our allies.",
    "PRESIDENT MACRON: Hello.\nPRIME MINISTER MODI: We signed a defence deal with Japan.",
])
def test_courtesies_questions_and_third_parties(coded: Coded, text: str) -> None:
    """A vocative 'thank you, my friend' is courtesy; a journalist's question asserts
    nothing; 'our allies' are not the speaker; 'we signed with Japan' is not both hosts."""
    found = coded(text, "2024-03-05")
    assert not types_between(found, "FRA", "IND")
    assert not types_between(found, "RUS", "MDA")
    assert not types_between(found, "RUS", "GBR")


@pytest.mark.parametrize(("text", "wrong"), [
    ("Germany welcomed the talks. It was Russia that shelled the port of Odesa.", "DEU"),
    ("Japan hosted the summit. It is Iran who supplied the drones to Russia.", "JPN"),
    ("France criticised the test. It was North Korea that fired the missile toward Japan.",
     "FRA"),
    ("Egypt hosted the meeting. It is regrettable that Israel closed the crossing.", "EGY"),
    ("Turkey received the delegation. It seems that Greece violated Turkish airspace.", "TUR"),
])
def test_cleft_it_is_no_party(coded: Coded, text: str, wrong: str) -> None:
    """'It was X that ...' and 'It is regrettable that ...' use an empty 'it'."""
    assert all(q[1] != wrong for q in coded(text, "2024-03-05"))


@pytest.mark.parametrize(("text", "expected"), [
    ("China's delegate said the text was unbalanced. He urged Washington to stop arming "
     "Taiwan.", ("REQUEST", "CHN", "USA")),
    ("France's representative spoke after the vote. She called on Israel to let fuel into "
     "Gaza.", ("REQUEST", "FRA", "ISR")),
    ("The envoy of Qatar took the floor. He urged Israel to stop the bombardment.",
     ("REQUEST", "QAT", "ISR")),
    ("Brazil's ambassador regretted the result. She accused the United States of blocking "
     "the Council.", ("ACCUSE", "BRA", "USA")),
    ("Mexico's delegate welcomed the text. He called on Russia to withdraw from Ukraine.",
     ("REQUEST", "MEX", "RUS")),
])
def test_delegate_pronoun(coded: Coded, text: str, expected: tuple[str, str, str]) -> None:
    """'China's delegate said ... He urged ...': 'he' is the delegate, and so his state."""
    assert expected in _pairs(coded(text, "2024-03-05"))


@pytest.mark.parametrize(("text", "expected"), [
    ("China's delegate spoke first.\nThe delegate of the Russian Federation accused the "
     "United States of hypocrisy.", ("ACCUSE", "RUS", "USA")),
    ("China's representative spoke first.\nThe representative of the United Arab Emirates "
     "thanked Norway and called on Egypt to open the crossing.", ("REQUEST", "ARE", "EGY")),
    ("India's envoy spoke first.\nThe observer of Palestine accused Israel of war crimes.",
     ("ACCUSE", "PSE", "ISR")),
    ("The Japanese delegate spoke first.\nThe delegate of Ecuador urged Haiti to hold "
     "elections.", ("REQUEST", "ECU", "HTI")),
    ("Kenya's delegate spoke first.\nThe negotiator of Ghana urged Mali to free the "
     "soldiers.", ("REQUEST", "GHA", "MLI")),
])
def test_office_of_a_named_state(coded: Coded, text: str, expected: tuple[str, str, str]) -> None:
    """'the delegate of X' speaks for X, not for the party whose delegate spoke before."""
    found = _pairs(coded(text, "2024-03-05"))
    assert expected in found
    assert not any(q[2] == expected[2] and q[0] == expected[0] and q[1] != expected[1]
                   for q in found)


@pytest.mark.parametrize("text", [
    "The text received 12 votes in favour, with Russia and China abstaining.",
    "The Ghanaian draft won 13 votes, while India and Brazil abstained.",
    "The resolution garnered nine votes in favour to three against (China, Russia, Pakistan).",
    "The proposal secured ten votes; Japan and Germany abstained.",
    "The draft obtained 11 votes, with abstentions by Mozambique and Gabon.",
])
def test_vote_tally_is_no_reception(coded: Coded, text: str) -> None:
    """A text that 'received 12 votes' received no guests."""
    assert not any(q[0] == "CONSULT" for q in coded(text, "2024-03-05"))


def test_receiving_a_guest_still_counts(coded: Coded) -> None:
    found = coded("President Ruto received the Foreign Minister of India in Nairobi.", "2024-03-05")
    assert "CONSULT" in types_between(found, "KEN", "IND")


@pytest.mark.parametrize(("text", "victim"), [
    ("Brazil condemned the invasion of Ukraine's territory.", "UKR"),
    ("Turkey denounced the occupation of Syrian land by Israel.", "SYR"),
    ("Egypt condemned the shelling of Lebanese villages.", "LBN"),
    ("Germany criticised the annexation of Crimea by Russia.", "UKR"),
    ("Iraq deplored the bombing of Syrian towns.", "SYR"),
])
def test_victim_of_judged_deed(coded: Coded, text: str, victim: str) -> None:
    """'condemned the invasion of X': the 'of' of an aggression noun names its victim,
    who is not the one condemned."""
    assert not any(q[0] in ("ACCUSE", "PROTEST") and q[2] == victim
                   for q in coded(text, "2023-10-18"))


def test_doer_of_judged_deed_still_condemned(coded: Coded) -> None:
    found = coded("Brazil condemned Russia's invasion of Ukraine.", "2023-10-18")
    assert "ACCUSE" in types_between(found, "BRA", "RUS")
