"""Round 21b trigger rules: pacts taken back, talks broken off, envoys told to leave,
recognition as support, condemnations that accuse no one, and boilerplate list headings.

Each rule is stated for a common verb, so every positive case has a near miss that keeps
the verb and changes what it governs.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dyadwatch import knowledge
from dyadwatch.clean.article import boilerplate_spans

Quad = tuple[str, str, str, str | None]
Coded = Callable[..., set[Quad]]
PUB = "2024-03-08"
DAY = "2024-03-05"


def _sanctions(found: set[Quad]) -> set[tuple[str, str, str | None]]:
    return {(q[1], q[2], q[3]) for q in found if q[0] == "SANCTION"}


@pytest.mark.slow
@pytest.mark.parametrize("text,src,tgt", [
    ("On Tuesday Latvia withdrew its consent for the Belarusian honorary consulate.", "LVA", "BLR"),
    ("Mauritania on Tuesday revoked the accord that let Malian soldiers cross the border.",
     "MRT", "MLI"),
    ("Benin revoked the authorization for Nigerien cargo flights on Tuesday.", "BEN", "NER"),
    ("On Tuesday Spain suspended joint patrols with Moroccan forces.", "ESP", "MAR"),
    ("On Tuesday Poland told the Russian ambassador to leave the country.", "POL", "RUS"),
    ("Mexico broke off its negotiations with Ecuador on Tuesday.", "MEX", "ECU"),
    ("On Tuesday Australia terminated the trade talks with China.", "AUS", "CHN"),
])
def test_taking_back_or_ending_is_a_sanction(coded: Coded, text: str, src: str,
                                             tgt: str) -> None:
    found = coded(text, PUB)
    assert (src, tgt, DAY) in _sanctions(found)
    assert not {q for q in found if q[0] == "CONSULT"}


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "On Tuesday the Latvian minister withdrew his candidacy for the party chair.",
    "The Polish ambassador told reporters on Tuesday that he would leave his post in May.",
    "On Tuesday Poland told the Russian ambassador that it expected an answer.",
])
def test_near_misses_are_no_sanction(coded: Coded, text: str) -> None:
    assert not _sanctions(coded(text, PUB))


@pytest.mark.slow
def test_talks_that_ended_are_still_a_meeting(coded: Coded) -> None:
    found = coded("Ghana and Togo ended their talks in Accra on Tuesday.", PUB)
    assert {q[0] for q in found} == {"CONSULT"}


@pytest.mark.slow
def test_not_renewing_a_pact_is_a_refusal(coded: Coded) -> None:
    found = coded("On Tuesday Colombia said it would not renew its memorandum with Venezuela.", PUB)
    assert ("REJECT", "COL", "VEN", DAY) in found
    assert not coded("On Tuesday Colombia's congress voted not to renew the mandate of "
                     "the electoral council.", PUB)


@pytest.mark.slow
@pytest.mark.parametrize("text,src,tgt", [
    ("On Tuesday Kenya recognised Moroccan sovereignty over the territory.", "KEN", "MAR"),
    ("Hungary on Tuesday recognised the sovereignty of Serbia over the region.", "HUN", "SRB"),
])
def test_recognising_sovereignty_is_support(coded: Coded, text: str, src: str,
                                            tgt: str) -> None:
    found = coded(text, PUB)
    assert ("SUPPORT", src, tgt, DAY) in found
    assert not {q for q in found if q[0] == "CONCEDE"}


@pytest.mark.slow
def test_calling_an_act_shameful_is_an_accusation(coded: Coded) -> None:
    found = coded("On Tuesday Turkey called Greece's decision shameful.", PUB)
    assert {q[0] for q in found} == {"ACCUSE"}


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "On Tuesday Chile condemned the terrorist attack at a stadium near Lima last Sunday, "
    "which killed 12 people.",
    "On Tuesday Japan condemned the bombing of a market in Baghdad.",
])
def test_condemning_violence_in_a_country_accuses_no_one(coded: Coded, text: str) -> None:
    assert not coded(text, PUB)


@pytest.mark.slow
def test_condemning_a_named_culprit_is_an_accusation(coded: Coded) -> None:
    found = coded("On Tuesday Jordan condemned Israel's strike on a school in Gaza last Friday.",
                  PUB)
    assert ("ACCUSE", "JOR", "ISR", DAY) in found


def test_previous_issue_and_archive_lists_are_boilerplate() -> None:
    text = ("Body sentence about the week.\n\nIn previous issues\n"
            "- Issue 40: Chile and Peru sign a fishing pact (3 May)\n\nFrom the archive\n"
            "- May 2023 | Brazil hosts Argentina's president\n")
    kb = knowledge.load()
    marked = {text[s.start:s.end] for s in boilerplate_spans(kb, text)}
    assert "- Issue 40: Chile and Peru sign a fishing pact (3 May)" in marked
    assert "- May 2023 | Brazil hosts Argentina's president" in marked
    assert "Body sentence about the week." not in marked
