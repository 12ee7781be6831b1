"""Acts of state said with general verbs: ending a pact, leaving a bloc, dropping duties,
expelling an envoy by asking him to leave, suing another state, vetoing, taking a matter
up, expecting an apology; a verb in scare quotes; and a phrase with several senses."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.language import Language

from dyadwatch import knowledge
from dyadwatch.coding.triggers import find_triggers
from tests.conftest import Quad, types_between

Coded = Callable[..., set[Quad]]
PUB = "2024-06-14"


@pytest.mark.parametrize(("text", "a", "b"), [
    ("Senegal said on Monday that it was ending its military cooperation accord with France.",
     "SEN", "FRA"),
    ("Niger on Tuesday ended the security pact it had with the United States.", "NER", "USA"),
    ("Peru announced on Monday the rupture of the diplomatic relations with Mexico.",
     "PER", "MEX"),
    ("Bolivia's foreign minister announced the break with Israel on Tuesday.", "BOL", "ISR"),
    ("Hungary said on Wednesday that it is leaving the partnership format with China.",
     "HUN", "CHN"),
    ("Estonia on Thursday withdrew from the cooperation framework with China.", "EST", "CHN"),
])
def test_ending_ties_or_leaving_a_format_is_a_sanction(coded: Coded, text: str, a: str,
                                                       b: str) -> None:
    assert "SANCTION" in types_between(coded(text, PUB), a, b)


@pytest.mark.parametrize("text", [
    "The leaders of Kenya and Somalia ended their meeting on Tuesday without a deal.",
    "The war between Ethiopia and Eritrea ended in an agreement on Monday.",
    "The European Union on Thursday granted Moldova candidate status, ending a wait "
    "that began with its membership application.",
    "Chad will not end its defence agreement with France, the minister said on Monday.",
])
def test_ending_other_things_is_no_sanction(coded: Coded, text: str) -> None:
    assert not any(q[0] == "SANCTION" for q in coded(text, PUB))


@pytest.mark.parametrize(("text", "a", "b"), [
    ("Beijing on Friday dropped the anti-dumping duties on Australian wine.", "CHN", "AUS"),
    ("India scrapped its retaliatory tariffs on American apples on Monday.", "IND", "USA"),
    ("Washington on Tuesday removed the levies on Brazilian steel.", "USA", "BRA"),
    ("Ankara abolished the surcharge on Greek imports on Monday.", "TUR", "GRC"),
])
def test_dropping_duties_concedes(coded: Coded, text: str, a: str, b: str) -> None:
    assert "CONCEDE" in types_between(coded(text, PUB), a, b)


@pytest.mark.parametrize(("text", "a", "b"), [
    ("Bahrain on Friday asked the Lebanese ambassador in Manama to leave within two days.",
     "BHR", "LBN"),
    ("Kuwait ordered Iran's envoy to depart within 48 hours on Monday.", "KWT", "IRN"),
    ("Hungary told the Russian diplomats on Tuesday that they must leave the country.",
     "HUN", "RUS"),
    ("Oman on Sunday demanded that the Yemeni charge d'affaires leave the country.",
     "OMN", "YEM"),
])
def test_telling_an_envoy_to_go_expels_him(coded: Coded, text: str, a: str, b: str) -> None:
    assert "SANCTION" in types_between(coded(text, PUB), a, b)


@pytest.mark.parametrize(("text", "a", "b", "kind"), [
    ("Kenya asked Uganda on Monday to leave the disputed island.", "KEN", "UGA", "REQUEST"),
    ("Yerevan told Moscow on Friday that its border guards must leave the airport.",
     "ARM", "RUS", "REQUEST"),
    ("Baku said on Sunday it expected Moscow to apologise and pay compensation.",
     "AZE", "RUS", "REQUEST"),
    ("India took up the matter strongly with the Chinese authorities on Tuesday.",
     "IND", "CHN", "PROTEST"),
    ("Tokyo raised objections with Seoul on Monday over the new school textbooks.",
     "JPN", "KOR", "PROTEST"),
    ("The European Union on Thursday launched a case against China at the WTO.",
     "EU", "CHN", "ACCUSE"),
    ("Mali on Monday filed an application against Algeria at the court in The Hague.",
     "MLI", "DZA", "ACCUSE"),
    ("Brazil on Wednesday cast its veto against Venezuela's entry into the group.",
     "BRA", "VEN", "REJECT"),
])
def test_general_verbs_of_demand_protest_and_suit(coded: Coded, text: str, a: str, b: str,
                                                  kind: str) -> None:
    assert kind in types_between(coded(text, PUB), a, b)


@pytest.mark.parametrize("text", [
    "Russia is expected to release the Ukrainian prisoners on Monday.",
    "Analysts expect Turkey to withdraw from the talks with Greece next year.",
    "Pashinyan told reporters on Friday that Russia must respect the agreement.",
])
def test_forecasts_and_remarks_to_reporters_ask_nothing(coded: Coded, text: str) -> None:
    assert not any(q[0] == "REQUEST" for q in coded(text, PUB))


@pytest.mark.parametrize(("text", "a", "b"), [
    ('Pashinyan said on Friday that Armenia has "frozen" its participation in the CSTO.',
     "ARM", "CSTO"),
    ('Moscow said on Monday that it had "suspended" its cooperation with Finland.',
     "RUS", "FIN"),
])
def test_a_verb_in_scare_quotes_still_acts(coded: Coded, text: str, a: str, b: str) -> None:
    assert "SANCTION" in types_between(coded(text, PUB), a, b)


def test_a_phrase_keeps_every_sense(tmp_path: Path, model: Language) -> None:
    """A second entry for 'break off' (talks: a rejection) must not erase the first
    (relations: a sanction): each sentence finds the sense its object fits."""
    extra = tmp_path / "senses.json"
    extra.write_text(json.dumps({"version": "t", "triggers": [
        {"lemma": "break off", "pos": "VERB", "type": "REJECT", "frame": "direct",
         "requires": ["talks", "negotiations"]}]}), encoding="utf-8")
    kb = knowledge.load((str(extra),))
    assert {t.type for t in kb.phrase_triggers["break off"]} == {"SANCTION", "REJECT"}
    kinds = []
    for text in ("Ghana broke off relations with Togo.", "Ghana broke off talks with Togo."):
        sent = next(iter(model(text).sents))
        kinds.append([f.entry.type for f in find_triggers(kb, sent)])
    assert "SANCTION" in kinds[0] and "REJECT" not in kinds[0]
    assert "REJECT" in kinds[1] and "SANCTION" not in kinds[1]
