"""Group references ('the two sides', 'the three countries', 'the leaders') resolve to parties."""

from collections.abc import Callable

import pytest
from spacy.language import Language

from dyadwatch.coding.actors import find_actors
from dyadwatch.knowledge import KnowledgeBase
from dyadwatch.records import Actor, Mention

Code = Callable[..., list[Mention]]


def group_codes(kb: KnowledgeBase, model: Language, text: str, words: str) -> set[str]:
    """The parties the phrase `words` stands for in the last line, read after the others."""
    memory: dict[str, Actor] = {}
    found: set[str] = set()
    for line in text.split("\n"):
        doc = model(line)
        for sent in doc.sents:
            phrases = find_actors(kb, sent, None, memory)
            found = {p.actor.code for p in phrases
                     if doc[p.start:p.end].text.lower() == words.lower()}
    return found


GROUPS = [  # (why, text, the words, the parties they stand for)
    ("two_leaders_are_the_parties_of_the_last_exchange",
     ("Egypt's cabinet announces that it will reopen the Nile crossing.\n"
      "Egypt's foreign minister flies to Khartoum and is received by Sudan's foreign minister.\n"
      "The two leaders sign a water-sharing accord."),
     "The two leaders", {"EGY", "SDN"}),
    ("a_third_party_in_view_leaves_the_pair_unresolved",
     ("Egypt's foreign minister met Sudan's foreign minister on Monday.\n"
      "Ethiopia's foreign minister criticised the meeting.\n"
      "The two sides signed a water-sharing accord."),
     "The two sides", set()),
    ("the_pair_named_most_often_breaks_a_tie",
     ("Egypt's foreign minister met Sudan's foreign minister in Cairo on Monday.\n"
      "Egypt's foreign minister later called Sudan's foreign minister again.\n"
      "Egypt's foreign minister thanked Ethiopia's foreign minister for his help.\n"
      "The two sides signed a fisheries protocol."),
     "The two sides", {"EGY", "SDN"}),
    ("a_party_earlier_in_the_sentence_belongs_to_the_pair",
     ("Egypt's foreign minister met Sudan's foreign minister in Cairo on Monday.\n"
      "Egypt's foreign minister later called Sudan's foreign minister again.\n"
      "The next day in Amman Egypt's foreign minister held talks with Jordan's foreign "
      "minister, and the sides signed a trade protocol."),
     "the sides", {"EGY", "JOR"}),
    ("whoever_reports_on_the_sides_is_not_one_of_them",
     ("Ethiopian Prime Minister Abiy Ahmed and Eritrean President Isaias Afwerki met in "
      "Asmara on Monday.\n"
      "AU Commission chairman Moussa Faki Mahamat said the two sides had settled on a "
      "timetable."),
     "the two sides", {"ETH", "ERI"}),
    ("a_numbered_group_is_the_last_list_of_that_size",
     ("Kenya, Uganda, Rwanda and Tanzania closed their borders with Burundi.\n"
      "Ethiopia offered to mediate.\n"
      "Burundi and the four neighbouring states signed a declaration."),
     "the four neighbouring states", {"KEN", "UGA", "RWA", "TZA"}),
    ("an_indefinite_number_introduces_new_parties",
     ("Egypt, Jordan and Iraq held talks in Amman.\n"
      "Three countries have since recognised the plan."),
     "Three countries", set()),
    ("named_sides_are_the_two_sides_of_their_sentence",
     ("The Egyptian and Sudanese sides thanked Jordan and Iraq for hosting talks between "
      "the two sides."),
     "the two sides", {"EGY", "SDN"}),
    ("bare_leaders_without_a_list_stay_unresolved",
     ("Egypt's foreign minister met Sudan's foreign minister on Monday.\n"
      "The leaders agreed to meet again in June."),
     "The leaders", set()),
]


@pytest.mark.parametrize(("why", "text", "words", "expected"), GROUPS,
                         ids=[case[0] for case in GROUPS])
def test_a_group_phrase_stands_for_its_parties(kb: KnowledgeBase, model: Language, why: str,
                                              text: str, words: str, expected: set[str]) -> None:
    assert group_codes(kb, model, text, words) == expected


def test_the_leaders_after_a_summit_list(code: Code) -> None:
    text = ("French President Emmanuel Macron, German Chancellor Olaf Scholz and Italian Prime "
            "Minister Mario Draghi met in Kyiv on 16 June 2022.\n"
            "The leaders agreed on a joint plan for grain exports.")
    agreed = {frozenset((m.source.code, m.target.code)) for m in code(text) if m.type == "AGREE"}
    assert agreed == {frozenset(("FRA", "DEU")), frozenset(("FRA", "ITA")),
                      frozenset(("DEU", "ITA"))}


def test_translated_both_parts_and_a_place_that_is_no_side(code: Code) -> None:
    text = ("The 12 of May the Portuguese prime minister went to Madrid where he was hosted by "
            "the Spanish king. Both parts signed a memorandum on water on 12 May 2023.")
    agreed = {frozenset((m.source.code, m.target.code)) for m in code(text) if m.type == "AGREE"}
    assert agreed == {frozenset(("PRT", "ESP"))}


def test_numbered_group_dealing_with_another_party_is_one_side(code: Code) -> None:
    found = code("Kenya, Uganda and Tanzania closed their borders with Burundi in 2019. The three "
                 "countries later restored relations with Gitega.", published="2024-05-08")
    agreed = {(m.source.code, m.target.code) for m in found if m.type == "AGREE"}
    assert agreed and all("BDI" in pair for pair in agreed)


def test_the_two_sides_are_the_pair_that_last_acted_not_a_bystander(code: Code) -> None:
    found = code("Egypt's president received the Sudanese army chief in Cairo on Monday. Ethiopia, "
                 "which has a dam dispute with Egypt, said it was watching. The two sides discussed "
                 "the war.", published="2024-05-08")
    assert {frozenset((m.source.code, m.target.code)) for m in found} == {frozenset(("EGY", "SDN"))}


def test_a_capitalised_article_in_a_place_name_starts_no_sentence(code: Code) -> None:
    found = code("Russia and Turkey signed a gas deal last week. On Monday, Serbia's president met "
                 "Kosovo's prime minister in The Hague, and the two sides agreed to resume talks.",
                 published="2024-05-08")
    agreed = {frozenset((m.source.code, m.target.code)) for m in found if m.date and m.date.day}
    assert agreed == {frozenset(("SRB", "XKX"))}
