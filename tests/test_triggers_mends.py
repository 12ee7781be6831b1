"""Triggers mended after review: onlookers welcoming a deal, troops leaving for drills,
blame on no party, cancelled plans, list descriptions, and acts the lexicon missed."""

import json
from collections.abc import Callable
from pathlib import Path

from spacy.language import Language

from dyadwatch.coding.triggers import find_triggers
from dyadwatch.knowledge import KnowledgeBase
from dyadwatch.records import Mention
from tests.conftest import typed

Code = Callable[..., list[Mention]]


def triggers(kb: KnowledgeBase, model: Language, text: str) -> list[tuple[str, str]]:
    return [(f.token.lower_, f.entry.type) for s in model(text).sents
            for f in find_triggers(kb, s)]


def test_onlookers_welcoming_a_deal_do_not_agree(code: Code) -> None:
    for text in ("Chile and Peru welcomed the truce agreement on Sunday.",
                 "Norway and Ireland welcomed the deal."):
        assert not any(m.type == "AGREE" for m in code(text, published="2024-02-05"))


def test_deal_reached_between_others_is_theirs(kb: KnowledgeBase, model: Language) -> None:
    found = triggers(kb, model, "Chile and Peru welcomed the accord reached between Quito "
                                "and Bogota.")
    assert ("welcomed", "SUPPORT") in found


def test_pair_told_to_make_the_deal_welcomes_its_own(code: Code) -> None:
    text = ("Armenia and Georgia signed a border accord on Monday.\n"
            "Armenia and Georgia welcomed the accord as historic.")
    assert ("AGREE", "ARM", "GEO") in typed(code(text, published="2024-02-06")) or (
        "AGREE", "GEO", "ARM") in typed(code(text, published="2024-02-06"))


def test_named_pair_welcomes_its_own_deal(kb: KnowledgeBase, model: Language) -> None:
    assert ("welcomed", "AGREE") in triggers(kb, model, "Both sides welcomed the agreement.")


def test_troops_leaving_for_drills_do_not_retreat(code: Code) -> None:
    for text in ("Belgian troops left Lithuania to take part in exercises in Norway.",
                 "Canadian soldiers left Latvia for joint drills in Estonia."):
        assert not any(m.type == "RETREAT" for m in code(text, published="2024-03-01"))
    found = code("Belgian troops left Lithuania on Friday.", published="2024-03-01")
    assert ("RETREAT", "BEL", "LTU") in typed(found)


def test_blame_on_no_party_accuses_no_one(code: Code) -> None:
    found = code("Serbia's president said the West, not Belgrade, was to blame for the unrest "
                 "in Kosovo.", published="2024-03-01")
    assert not any(m.type == "ACCUSE" for m in found)
    found = code("Serbia's president said Pristina was to blame for the unrest.",
                 published="2024-03-01")
    assert ("ACCUSE", "SRB", "XKX") in typed(found)


def test_blaming_subject_still_blames(kb: KnowledgeBase, model: Language) -> None:
    assert ("blamed", "ACCUSE") in triggers(kb, model, "The West blamed Moscow for the blast.")


def test_cancelled_plan_is_no_event(code: Code) -> None:
    found = code("Scholz was to meet Modi in March, but the trip was postponed.",
                 published="2024-02-01")
    assert not any(m.type == "CONSULT" for m in found)
    found = code("Scholz was to meet Modi in March.", published="2024-02-01")
    assert any(m.type == "CONSULT" for m in found)


def test_verb_describing_a_list_is_no_act(kb: KnowledgeBase, model: Language) -> None:
    found = triggers(kb, model, "Washington removed Venezuela from the list of countries "
                                "cooperating with its drug agency.")
    assert not any(t == "COOPERATE" for _, t in found)


def test_removal_from_a_terror_list_concedes(code: Code) -> None:
    found = code("Washington removed Libya from its list of state sponsors of terrorism.",
                 published="2024-02-01")
    assert ("CONCEDE", "USA", "LBY") in typed(found)
    found = code("Tokyo removed Seoul from its list of trusted trade partners.",
                 published="2024-02-01")
    assert ("SANCTION", "JPN", "KOR") in typed(found)


def test_sanctions_agreed_are_sanctions(code: Code) -> None:
    found = code("EU foreign ministers agreed new sanctions on Belarus on Monday.",
                 published="2024-02-07")
    assert ("SANCTION", "EU", "BLR") in typed(found)
    assert not any(m.type == "AGREE" for m in found)


def test_visit_cut_short_over_an_affront_is_a_protest(code: Code) -> None:
    found = code("The Slovenian foreign minister cut short her visit to Austria after a "
                 "far-right politician mocked the Slovenian minority.", published="2024-02-07")
    assert ("PROTEST", "SVN", "AUT") in typed(found)
    assert not any(m.type == "CONSULT" for m in found)
    found = code("The Dutch premier cut short his visit to Chile after a storm hit the "
                 "Netherlands.", published="2024-02-07")
    assert not any(m.type == "PROTEST" for m in found)


def test_protest_note_sent_is_a_protest(code: Code) -> None:
    found = code("Romania's foreign ministry sent a protest note to Budapest on Monday.",
                 published="2024-02-07")
    assert ("PROTEST", "ROU", "HUN") in typed(found)


def test_lexicon_acts(kb: KnowledgeBase, model: Language) -> None:
    assert ("demolished", "ASSAULT") in triggers(
        kb, model, "Armenian forces demolished the Azerbaijani border post.")
    assert ("reinforced", "MOBILIZE") in triggers(
        kb, model, "Lithuania reinforced its troops along the border.")
    assert ("cut", "SANCTION") in triggers(
        kb, model, "Hanoi cut all communication channels with Beijing.")
    assert ("approved", "AGREE") in triggers(
        kb, model, "The Greek parliament approved North Macedonia's accession protocol.")
    assert not triggers(kb, model, "Lithuania reinforced its commitment to reform.")
    assert not triggers(kb, model, "The city demolished the old stadium.")


def test_identifying_participle_is_no_news(kb: KnowledgeBase, model: Language) -> None:
    found = triggers(kb, model, "Oslo called for the release of the Norwegian citizen "
                                "detained in Iran.")
    assert not any(t == "COERCE" for _, t in found)
    found = triggers(kb, model, "Two Norwegians detained by Iranian police on Monday were "
                                "freed.")
    assert ("detained", "COERCE") in found


def test_clause_word_lists_are_lexicon_data() -> None:
    from dyadwatch.coding.clause_words import clause_words
    deeds = clause_words("deeds")
    assert "crime" in deeds and "crimes" not in deeds  # lemmas: plurals match through them


def test_blame_for_plural_deeds_matches_by_lemma(code: Code) -> None:
    found = code("Tbilisi said Moscow was responsible for the crimes.", published="2024-02-07")
    assert ("ACCUSE", "GEO", "RUS") in typed(found)


def test_leaving_the_territory_of_a_country(kb: KnowledgeBase, model: Language) -> None:
    assert ("left", "RETREAT") in triggers(
        kb, model, "The last Turkish soldiers left the territory of Azerbaijan.")
    assert not triggers(kb, model, "The soldiers left the territory of the base.")


def test_suspending_border_traffic_is_a_sanction(code: Code) -> None:
    found = code("Finland suspended traffic at its Russian border crossings on Friday.",
                 published="2024-02-10")
    assert ("SANCTION", "FIN", "RUS") in typed(found)


def test_request_sent_is_a_request(code: Code) -> None:
    found = code("Chisinau sent a request for fuel aid to Bucharest.", published="2024-02-10")
    assert ("REQUEST", "MDA", "ROU") in typed(found)
    found = code("Bucharest turned down the request from Chisinau.", published="2024-02-10")
    assert not any(m.type == "REQUEST" for m in found)


def test_a_user_file_extends_a_clause_word_list(tmp_path: Path) -> None:
    from dyadwatch.knowledge import load as load_knowledge
    shipped = load_knowledge().clause_words
    name = sorted(shipped)[0]
    extra = tmp_path / "mine.json"
    extra.write_text(json.dumps({"version": "1", "clause_words": {name: ["zorblat"]}}))
    merged = load_knowledge((str(extra),)).clause_words
    assert merged[name] == shipped[name] | {"zorblat"}
    assert "zorblat" not in load_knowledge().clause_words[name]
