"""Actors: named places locate the party holding them, coup makers and a bloc's
leaders stand for a party named before, an accession belongs to the state joining, and
'the West' is nobody's surname."""

import json
from collections.abc import Callable
from pathlib import Path

from spacy.language import Language

from dyadwatch import knowledge
from dyadwatch.coding.actors import find_actors
from dyadwatch.knowledge import KnowledgeBase
from dyadwatch.records import Mention
from tests.conftest import typed

Code = Callable[..., list[Mention]]


def codes(mentions: list[Mention]) -> set[str]:
    return {c for m in mentions for c in (m.source.code, m.target.code)}


# places.json


def test_place_lookup_and_international_venue(kb: KnowledgeBase) -> None:
    assert kb.place_party("Camp David") == "USA"
    assert kb.place_party("Krakow") == "POL"  # folded spelling of Kraków
    assert kb.place_party("Geneva") is None and kb.is_international_venue("Geneva")
    assert kb.place_party("Atlantis") is None
    assert "places.json" in kb.versions


def test_user_file_adds_a_place(tmp_path: Path) -> None:
    extra = tmp_path / "mine.json"
    extra.write_text(json.dumps({"version": "1", "places": {"NOR": ["Bodo"]}}))
    kb = knowledge.load((str(extra),))
    assert kb.place_party("Bodo") == "NOR"


def test_envoy_recalled_from_a_city_is_recalled_from_its_state(code: Code) -> None:
    found = code("Ankara recalled its ambassador from Tel Aviv on Tuesday.", published="2024-05-02")
    assert ("SANCTION", "TUR", "ISR") in typed(found)


def test_strike_on_named_sites_hits_their_state(code: Code) -> None:
    found = code("Israeli jets struck the missile plants at Isfahan and Shiraz on Friday.",
                 published="2024-04-20")
    assert ("ASSAULT", "ISR", "IRN") in typed(found)


def test_base_near_a_city_is_in_its_state(code: Code) -> None:
    found = code("Turkish drones attacked a militia base near Kirkuk on Sunday.",
                 published="2023-03-06")
    assert ("ASSAULT", "TUR", "IRQ") in typed(found)


def test_city_of_arrival_is_a_place_of_its_state(kb: KnowledgeBase, model: Language) -> None:
    sent = next(model("Kim Jong Un arrived in Khabarovsk on Tuesday for talks.").sents)
    places = [a for a in find_actors(kb, sent, None, {}) if a.is_place]
    assert [(a.actor.code, a.is_venue_word) for a in places] == [("RUS", True)]


def test_talks_at_an_international_venue_make_no_host(code: Code) -> None:
    found = code("Lavrov arrived in Geneva on Monday for talks with Blinken.",
                 published="2022-01-11")
    assert "CHE" not in codes(found)
    assert ("CONSULT", "RUS", "USA") in typed(found) or ("CONSULT", "USA", "RUS") in typed(found)


def test_place_venue_between_two_parties_is_no_party(code: Code) -> None:
    found = code("Armenia and Azerbaijan held talks in Almaty on Friday.", published="2024-05-11")
    assert "KAZ" not in codes(found)


def test_place_as_subject_or_label_is_no_actor(kb: KnowledgeBase, model: Language) -> None:
    for text in ("Quebec criticised Ottawa on Monday.",
                 "Kandahar fighters attacked Pakistan on Monday.",
                 "The Kyoto Protocol bound Japan."):
        sent = next(model(text).sents)
        places = [a for a in find_actors(kb, sent, None, {}) if a.is_place]
        assert not places, text


def test_route_of_a_flight_is_no_visit(code: Code) -> None:
    found = code("The airliner was flying from Ankara to Kazan on Friday when it crashed.",
                 published="2024-12-28")
    assert "RUS" not in codes(found)


def test_person_named_like_a_city_is_no_place(kb: KnowledgeBase, model: Language) -> None:
    sent = next(model("Sydney Brenner praised Japan on Monday.").sents)
    assert not any(a.is_place for a in find_actors(kb, sent, None, {}))


# 'the West'


def test_the_west_is_not_an_official_named_west(code: Code) -> None:
    found = code("Russian Foreign Minister Sergei Lavrov accused the West on Friday of "
                 "wrecking the talks.", published="2022-12-02")
    assert "USA" not in codes(found)


# coup makers and blocs named before


def test_mutineers_after_a_coup_in_a_state_stand_for_it(code: Code) -> None:
    found = code("Officers staged a coup in Guinea on Sunday.\n"
                 "Nigeria on Monday urged the mutineers to free the president.",
                 published="2021-09-07")
    assert ("REQUEST", "NGA", "GIN") in typed(found)


def test_the_soldiers_after_a_junta_stand_for_its_state(code: Code) -> None:
    found = code("Burkina Faso's military junta expelled the French ambassador on Monday.\n"
                 "Ghana urged the soldiers to hand back power.", published="2023-01-10")
    assert ("REQUEST", "GHA", "BFA") in typed(found)


def test_soldiers_of_another_party_are_not_the_junta(code: Code) -> None:
    found = code("France has 900 soldiers in Chad. France condemned the coup in Chad.\n"
                 "Nigeria urged the soldiers to leave.", published="2021-04-22")
    assert not any(m.trigger == "urged" and "TCD" in (m.source.code, m.target.code)
                   for m in found)


def test_the_soldiers_without_a_coup_are_nobody(code: Code) -> None:
    found = code("Nigeria urged the soldiers to hand back power.", published="2023-01-10")
    assert not any(m.trigger == "urged" for m in found)


def test_the_leaders_after_a_bloc_are_the_bloc(code: Code) -> None:
    found = code("The summit was the high point of ASEAN diplomacy. On 4 May, the leaders met "
                 "in Bangkok with the Cambodian prime minister.", published="2022-05-10")
    met = [m for m in found if m.trigger == "met"]
    assert met and {met[0].source.code, met[0].target.code} == {"ASEAN", "KHM"}


def test_the_leaders_after_a_state_are_nobody(code: Code) -> None:
    found = code("Russia criticised China on Monday. The leaders met in Paris with the "
                 "Cambodian prime minister.", published="2022-05-10")
    assert not any(m.trigger == "met" and "RUS" in (m.source.code, m.target.code)
                   for m in found)


# accession


def test_ratifying_its_membership_is_the_other_state_joining(code: Code) -> None:
    found = code("Oslo's last obstacle vanished on Monday when the Hungarian parliament voted "
                 "to ratify its membership.", published="2023-11-30")
    assert ("AGREE", "HUN", "NOR") in typed(found) or ("AGREE", "NOR", "HUN") in typed(found)


def test_its_own_application_has_no_other_owner(kb: KnowledgeBase, model: Language) -> None:
    sent = next(model("Ukraine submitted its application to join the EU on Monday.").sents)
    assert not any(sent.doc[a.start].lower_ == "its" for a in find_actors(kb, sent, None, {}))


def test_officers_who_seized_power_tie_the_regime_to_the_state(code: Code) -> None:
    found = code("Regional leaders imposed sanctions on Guinea and gave the officers who seized "
                 "power a week to step down.\n"
                 "Senegal on Tuesday urged the mutineers to free the president.",
                 published="2021-09-08")
    assert ("REQUEST", "SEN", "GIN") in typed(found)


# the attack an earlier clause made


def test_condemning_the_attack_aims_at_the_attacker(code: Code) -> None:
    found = code("Israel struck targets in Syria on Monday, and Lebanon condemned the attack.",
                 published="2024-04-02")
    assert ("ACCUSE", "LBN", "ISR") in typed(found)


def test_retaliating_for_the_attack_is_not_owning_it(kb: KnowledgeBase, model: Language) -> None:
    sent = next(model("Iran retaliated for the attack on its consulate on Monday.").sents)
    assert not any(sent.doc[a.head].lower_ == "attack" for a in find_actors(kb, sent, None, {}))
