"""Actor resolution rules on invented sentences, read with the real spaCy model."""

from datetime import date

import pytest
from spacy.language import Language

from dyadwatch import knowledge, nlp
from dyadwatch.coding.actors import ActorPhrase, find_actors
from dyadwatch.records import Actor


@pytest.fixture(scope="module")
def model() -> Language:
    return nlp.load()


def read(model: Language, text: str, day: date | None = None,
         memory: dict[str, Actor] | None = None) -> list[list[ActorPhrase]]:
    """Actors of each sentence, sharing one discourse memory as the coder does."""
    kb = knowledge.load()
    memory = {} if memory is None else memory
    return [find_actors(kb, sent, day, memory) for sent in model(text).sents]


def codes(phrases: list[ActorPhrase]) -> list[str]:
    return [p.actor.code for p in phrases]


def test_bloc_refers_to_the_organisation_named_before(model: Language) -> None:
    first, second = read(model, "ASEAN ministers gathered in Vientiane on Monday. "
                                "The bloc then barred Laos from the talks.")
    assert "ASEAN" in codes(first)
    assert codes(second)[0] == "ASEAN"


def test_alliance_and_kingdom(model: Language) -> None:
    sents = read(model, "NATO held drills near the border. The alliance warned Moscow. "
                        "Riyadh hosted the envoys. The kingdom said it would not sign.")
    assert codes(sents[1])[0] == "NATO"
    assert codes(sents[3]) == ["SAU"]


def test_junta_set_beside_a_state(model: Language) -> None:
    sents = read(model, "Chad's military junta closed the airport. "
                        "The junta later expelled the French ambassador.")
    assert codes(sents[1])[0] == "TCD"


def test_junta_without_a_state_is_nobody(model: Language) -> None:
    (only,) = read(model, "The junta expelled the French ambassador.")
    assert codes(only) == ["FRA"]


def test_council_after_named_institution(model: Language) -> None:
    sents = read(model, "The African Union's Peace and Security Council met on Friday. "
                        "The council suspended Guinea.")
    assert "UN" not in codes(sents[0])
    assert codes(sents[0]) == ["AU", "AU"]
    assert codes(sents[1])[0] == "AU"


def test_title_after_the_is_a_new_phrase(model: Language) -> None:
    (only,) = read(model, "In Vienna the Foreign Minister of Greece met reporters.")
    assert "GRC" in codes(only)
    greek = next(p for p in only if p.actor.code == "GRC")
    assert greek.actor.role is not None and "Foreign Minister" in greek.actor.role


def test_long_organisation_name(model: Language) -> None:
    (only,) = read(model, "Algeria praised the Organization of the Petroleum Exporting "
                          "Countries on Tuesday.")
    assert codes(only) == ["DZA", "OPEC"]


def test_mounted_police_is_canadian(model: Language) -> None:
    (only,) = read(model, "The Royal Canadian Mounted Police arrested two men.")
    assert codes(only) == ["CAN"]
    assert only[0].actor.sector == "security"


def test_known_surname_tagged_as_noun(model: Language) -> None:
    sents = read(model, "UN Secretary-General Antonio Guterres flew to Kyiv. "
                        "Guterres sharply criticised the shelling.", date(2022, 5, 1))
    assert codes(sents[1]) == ["UN"]


def test_month_word_as_surname_only_before_a_finite_verb(model: Language) -> None:
    spoke = read(model, "British Prime Minister Theresa May met the press. "
                        "May said the talks had failed.", date(2018, 3, 1))
    assert codes(spoke[1]) == ["GBR"]
    (month,) = read(model, "Talks resumed in May with Russian diplomats.", date(2018, 3, 1),
                    {"May": Actor("GBR", "Theresa May")})
    assert codes(month) == ["RUS"]


@pytest.mark.parametrize("text", [
    "Talks between Serbia and Kosovo on 4 May ended with a deal.",
    "Envoys of Chile and Peru who met on 12 May agreed on a border commission.",
    "Fighting that began in early May spread to the Sudanese border with Chad.",
    "A truce agreed since May holds between Israel and Hamas.",
])
def test_month_after_a_day_or_date_word_is_no_surname(model: Language, text: str) -> None:
    # 'ended', 'agreed', 'spread', 'holds' after the word would otherwise make it a speaker
    for sent in read(model, text, date(2018, 6, 1)):
        assert "GBR" not in codes(sent)


def test_shared_surname_follows_the_person_named(model: Language) -> None:
    sents = read(model, "North Korean leader Kim Jong Un inspected a missile plant. "
                        "Kim praised the workers.", date(2024, 11, 1))
    assert codes(sents[1]) == ["PRK"]


def test_counterpart_is_not_a_role(model: Language) -> None:
    (only,) = read(model, "Macron spoke with his counterpart President Joe Biden.",
                   date(2022, 3, 1))
    biden = next(p for p in only if p.actor.code == "USA")
    assert biden.actor.role == "President"


def test_officials_named_without_diacritics(model: Language) -> None:
    (only,) = read(model, "President Rodrigo Duterte met Tsai on Monday.", date(2019, 5, 1))
    assert codes(only) == ["PHL", "TWN"]


def test_bare_title_is_the_official_named_before(model: Language) -> None:
    sents = read(model, "Olaf Scholz received Emmanuel Macron in Berlin. "
                        "The Chancellor said the talks were frank.", date(2023, 6, 1))
    assert codes(sents[1]) == ["DEU"]
