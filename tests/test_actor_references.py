"""Actor phrases, references and pairing, on invented sentences with the real model."""

from collections.abc import Callable

from spacy.language import Language

from dyadwatch import knowledge
from dyadwatch.coding.actors import ActorPhrase, find_actors
from dyadwatch.records import Actor, Mention

Code = Callable[..., list[Mention]]


def read(model: Language, text: str) -> list[list[ActorPhrase]]:
    kb = knowledge.load()
    memory: dict[str, Actor] = {}
    return [find_actors(kb, sent, None, memory) for sent in model(text).sents]


def test_counterpart_of_a_leader_belongs_to_its_own_party(model: Language) -> None:
    (phrases,) = read(model, "The Georgian counterpart of French President Emmanuel Macron "
                             "arrived on Monday.")
    assert [p.actor.code for p in phrases] == ["GEO", "FRA"]
    assert phrases[0].actor.role == "President" and phrases[0].is_person


def test_counterpart_message_runs_to_the_counterparts_party(code: Code) -> None:
    (letter,) = code("On April 3, 2021, Macron sent a letter to the Georgian counterpart of "
                     "French President Emmanuel Macron.")
    assert (letter.source.code, letter.target.code) == ("FRA", "GEO")
    (meeting,) = code("On April 3, 2021, the Georgian counterpart of French President Emmanuel "
                      "Macron met him in Paris.")
    assert {meeting.source.code, meeting.target.code} == {"FRA", "GEO"}


def test_the_thing_named_with_a_party_stays_that_partys(code: Code) -> None:
    (shot,) = code("A Chinese drone crossed into Indian airspace on Monday.\n"
                   "On Tuesday an Indian jet fired a missile at the drone.", published="2024-03-06")
    assert (shot.type, shot.source.code, shot.target.code) == ("ASSAULT", "IND", "CHN")


def test_the_deed_of_a_party_is_condemned_as_that_party(code: Code) -> None:
    found = code("Iranian drones struck a tanker on Friday.\n"
                 "British Foreign Secretary James Cleverly condemned the reported strikes on "
                 "Saturday.", published="2024-03-10")
    (blame,) = [m for m in found if m.type == "ACCUSE"]
    assert (blame.type, blame.source.code, blame.target.code) == ("ACCUSE", "GBR", "IRN")


def test_a_thing_of_two_parties_is_nobodys(code: Code) -> None:
    found = code("A Chinese drone and a Russian drone crossed the border on Monday.\n"
                 "On Tuesday an Indian jet fired a missile at the drone.", published="2024-03-06")
    assert all(m.target.code not in ("CHN", "RUS") for m in found)


def test_a_group_beside_a_party_is_one_side(code: Code) -> None:
    found = code("Brazil, Argentina and Chile imposed tariffs on Peru in 2019.\n"
                 "On March 3, 2020, Peru and the three neighbouring states signed a trade accord.",
                 published="2020-03-05")
    agreed = {frozenset((m.source.code, m.target.code)) for m in found if m.type == "AGREE"}
    assert agreed == {frozenset(("PER", c)) for c in ("BRA", "ARG", "CHL")}


def test_first_junta_belongs_to_the_one_state_named_before_it(model: Language) -> None:
    sents = read(model, "In Lome, the bloc imposed sanctions on Guinea, a step condemned by "
                        "the junta.\nOn Monday the junta expelled the French envoy.")
    assert "GIN" in [p.actor.code for p in sents[-1]]
