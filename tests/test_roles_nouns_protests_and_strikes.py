"""Role rules for postposed adjectives, ties named by 'of', delivered protests, received
parties and strikes, each checked on invented sentences in several wordings."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from .conftest import Quad

Coded = Callable[..., set[Quad]]
DAY = "2024-05-10"


def _directed(quads: set[Quad], kind: str) -> set[tuple[str, str]]:
    return {(source, target) for t, source, target, _ in quads if t == kind}


@pytest.mark.parametrize("text, kind, pair", [
    ("The government of Mali announced on Tuesday the withdrawal immediate of the ECOWAS.",
     "RETREAT", ("MLI", "ECOWAS")),
    ("The Moroccan government announced on Tuesday the suspension immediate of the fisheries "
     "agreement with Spain.", "SANCTION", ("MAR", "ESP")),
    ("Since Tuesday, Chad and Sudan have announced their withdrawal immediate of the ECOWAS.",
     "RETREAT", ("TCD", "ECOWAS")),
])
def test_postposed_adjective_carries_the_noun_trigger(coded: Coded, text: str, kind: str,
                                                       pair: tuple[str, str]) -> None:
    """Machine translation keeps Romance order ('the suspension immediate of'): the parse
    makes the adjective the head, and the trigger's doer and object hang from it."""
    assert pair in _directed(coded(text, DAY), kind)


@pytest.mark.parametrize("text, kind, parties", [
    ("Morocco announced on Tuesday the suspension of the fisheries agreement with Spain.",
     "SANCTION", {"MAR", "ESP"}),
    ("Was signed the Tuesday in Lima an agreement of cooperation between Peru and Bolivia.",
     "AGREE", {"PER", "BOL"}),
    ("The two governments signed on Tuesday a memorandum of cooperation between Ghana and Togo.",
     "AGREE", {"GHA", "TGO"}),
])
def test_party_of_the_tie_named_by_of(coded: Coded, text: str, kind: str,
                                      parties: set[str]) -> None:
    """'the suspension of the pact with Spain': the party of the tie a noun trigger makes or
    breaks is the trigger's party."""
    assert any({s, t} == parties for k, s, t, _ in coded(text, DAY) if k == kind)


@pytest.mark.parametrize("text, pair", [
    ("The Lithuanian foreign ministry handed a note of protest to the Belarusian charge "
     "d'affaires on Tuesday.", ("LTU", "BLR")),
    ("Sudan lodged a note of protest with the Chadian embassy on Tuesday.", ("SDN", "TCD")),
    ("The Kenyan government handed a letter of protest to the Ugandan envoy on Tuesday.",
     ("KEN", "UGA")),
])
def test_delivered_protest_has_the_deliverer_as_source(coded: Coded, text: str,
                                                        pair: tuple[str, str]) -> None:
    assert pair in _directed(coded(text, DAY), "PROTEST")


@pytest.mark.parametrize("text, visitor, host", [
    ("The Kenyan president was received by Chinese President Xi Jinping on Tuesday.",
     "KEN", "CHN"),
    ("The Sudanese army chief was hosted in Cairo on Tuesday by Egypt's president.",
     "SDN", "EGY"),
    ("The Tanzanian president was welcomed by President William Ruto on Tuesday.", "TZA", "KEN"),
    ("The Vietnamese prime minister was hosted on Tuesday by his Japanese counterpart.",
     "VNM", "JPN"),
    ("The Argentine president was greeted on Tuesday by Chile's president.", "ARG", "CHL"),
])
def test_the_received_party_is_named_first(coded: Coded, text: str, visitor: str,
                                           host: str) -> None:
    """The subject of a passive of receiving is the visitor, named first; the one who
    receives is at home, and no pair names the host first."""
    met = _directed(coded(text, DAY), "CONSULT")
    assert (visitor, host) in met and (host, visitor) not in met


@pytest.mark.parametrize("text, pair", [
    ("Israeli aircraft struck targets in southern Lebanon on Tuesday.", ("ISR", "LBN")),
    ("Turkish jets bombed Kurdish militant camps in northern Iraq on Tuesday.", ("TUR", "IRQ")),
    ("Israeli warplanes struck weapons depots inside Syria on Tuesday.", ("ISR", "SYR")),
    ("The Pakistani air force bombed hideouts in Afghanistan's Khost province on Tuesday.",
     ("PAK", "AFG")),
    ("Russian forces shelled villages in the Kharkiv region on Tuesday.", ("RUS", "UKR")),
])
def test_country_struck_in_is_the_target(coded: Coded, text: str, pair: tuple[str, str]) -> None:
    """'struck targets in Lebanon': the parse hangs the place off the verb, and an attack
    that names no other aim hits the country it strikes in."""
    assert pair in _directed(coded(text, DAY), "ASSAULT")


@pytest.mark.parametrize("text", [
    "Russian agents poisoned a defector in Britain on Tuesday.",
    "Ukrainian soldiers were attacked in Russia on Tuesday.",
])
def test_country_struck_in_near_misses(coded: Coded, text: str) -> None:
    """A person hit abroad is the aim, not the country; a passive leaves the attacker unsaid."""
    assert not _directed(coded(text, DAY), "ASSAULT")


@pytest.mark.parametrize("text", [
    "Portugal hopes to join the OECD and the European Union soon.\n"
    "EU leaders on Tuesday congratulated both prime ministers.",
    "Iceland said it would apply to join NATO and the European Union.\n"
    "European Commission officials on Tuesday welcomed both presidents.",
])
def test_group_holding_the_doer_is_no_target(coded: Coded, text: str) -> None:
    """'EU leaders congratulated both prime ministers': a group the doer acts on that holds
    the doer itself was resolved to the wrong parties."""
    assert not any(s == "EU" for _, s, _, _ in coded(text, DAY))
