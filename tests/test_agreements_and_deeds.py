"""Deals completed with varied verbs, deeds told as nouns with their doer, bare promises."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.conftest import Quad, types_between

Coded = Callable[..., set[Quad]]


@pytest.mark.parametrize(("text", "a", "b"), [
    ("Kenya and Tanzania finalised an accord on electricity trade.", "KEN", "TZA"),
    ("Japan and the Philippines renewed a defence cooperation agreement.", "JPN", "PHL"),
    ("Egypt and Sudan extended their military cooperation pact for five years.", "EGY", "SDN"),
    ("The talks between India and Bangladesh ended with a deal on river water.", "IND", "BGD"),
    ("The meeting between Turkey and Iraq produced an agreement on dams.", "TUR", "IRQ"),
    ("Latvia and Poland clinched a treaty on joint air patrols.", "LVA", "POL"),
    ("The leaders of Peru and Ecuador adopted a joint action plan.", "PER", "ECU"),
])
def test_completed_deal_is_agree(coded: Coded, text: str, a: str, b: str) -> None:
    assert "AGREE" in types_between(coded(text), a, b)


@pytest.mark.parametrize(("text", "a", "b"), [
    ("The talks between India and Bangladesh ended without a deal.", "IND", "BGD"),
    ("The meeting between Turkey and Iraq produced no agreement on dams.", "TUR", "IRQ"),
    ("Greece renewed calls for a treaty with Turkey.", "GRC", "TUR"),
    ("Brazil refused to ratify the treaty with Paraguay.", "BRA", "PRY"),
])
def test_no_deal_is_no_agree(coded: Coded, text: str, a: str, b: str) -> None:
    assert "AGREE" not in types_between(coded(text), a, b)


@pytest.mark.parametrize(("text", "kind", "source", "target"), [
    ("The expulsion of a Russian diplomat by Moldova drew a sharp response.", "SANCTION",
     "MDA", "RUS"),
    ("The arrest of a French citizen by the security forces of Niger angered Paris.",
     "COERCE", "NER", "FRA"),
    ("The arrest of two citizens of Kyrgyzstan by the border guards of Tajikistan was "
     "raised.", "COERCE", "TJK", "KGZ"),
    ("Egypt's deployment of troops to Somalia has alarmed Ethiopia.", "MOBILIZE", "EGY", "SOM"),
    ("The closure of the border by Algeria hit traders from Morocco.", "SANCTION", "DZA",
     "MAR"),
])
def test_deed_noun_with_doer(coded: Coded, text: str, kind: str, source: str,
                             target: str) -> None:
    found = coded(text)
    assert any(q[:3] == (kind, source, target) for q in found)
    assert not any(q[0] == kind and q[1] == target for q in found)


@pytest.mark.parametrize("text", [
    "The closure of the factory by Siemens cost 300 jobs in Germany.",
    "Egypt's deployment of new banking software in Sudan went smoothly.",
])
def test_deed_noun_needs_its_object(coded: Coded, text: str) -> None:
    assert not any(q[0] in ("SANCTION", "MOBILIZE") for q in coded(text))


@pytest.mark.parametrize(("text", "a", "b"), [
    ("Qatar pledged to fund reconstruction in Lebanon.", "QAT", "LBN"),
    ("Nigeria committed to raising trade with Ghana.", "NGA", "GHA"),
    ("Turkey vowed to help Syria rebuild its power grid.", "TUR", "SYR"),
    ("Morocco and Spain decided to set up a joint committee on migration.", "MAR", "ESP"),
])
def test_promise_without_act_word_is_agree(coded: Coded, text: str, a: str, b: str) -> None:
    assert "AGREE" in types_between(coded(text), a, b)


@pytest.mark.parametrize("text", [
    "Mexico vowed to fight corruption.",
    "Chile pledged to cut emissions by 2030.",
    "Qatar has pledged to remain neutral.",
    "Spain decided to raise its interest rates.",
])
def test_promise_with_no_other_party_is_nothing(coded: Coded, text: str) -> None:
    assert not any(q[0] == "AGREE" for q in coded(text))


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Vietnam sentenced a US citizen to six years for subversion.", "VNM", "USA"),
    ("Egypt imprisoned an Italian student without trial.", "EGY", "ITA"),
    ("Belarus jailed a Polish citizen last week.", "BLR", "POL"),
])
def test_jailing_a_foreigner_is_coerce(coded: Coded, text: str, source: str,
                                       target: str) -> None:
    assert any(q[:3] == ("COERCE", source, target) for q in coded(text))


def test_sentence_needs_a_penalty(coded: Coded) -> None:
    assert not any(q[0] == "COERCE" for q in coded(
        "Kenya was sentenced by history to be remembered as a peacemaker with Uganda."))


def test_third_party_approval_makes_no_deal(coded: Coded) -> None:
    assert "AGREE" not in types_between(coded(
        "France approved the agreement between Egypt and Ethiopia."), "EGY", "ETH")
