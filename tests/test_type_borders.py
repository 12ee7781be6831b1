"""The PLOVER type a coder gives at the borders where types are confused, for plain wire and
machine-translated wordings, and the near-misses that must keep their type or give none."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dyadwatch import nlp
from dyadwatch.coding.trigger_rules import done_by_light_verb
from dyadwatch.coding.triggers import find_triggers
from dyadwatch.knowledge import KnowledgeBase
from tests.conftest import Quad, types_between

Coded = Callable[..., set[Quad]]
PUB = "2024-05-10"


@pytest.mark.parametrize(("text", "kind", "a", "b"), [
    # a bare verb of doing carries the act an event noun names (machine-translated text)
    ("The Mali government has proceeded to the expulsion of the French ambassador on Monday.",
     "SANCTION", "MLI", "FRA"),
    ("The Thailand did recall of the ambassador from Phnom Penh on Monday.",
     "SANCTION", "THA", "KHM"),
    ("The Iran has formulated the demand to Iraq for the extradition on Monday.",
     "REQUEST", "IRN", "IRQ"),
    ("The Russia has addressed the warning to the Poland on Monday.", "THREATEN", "RUS", "POL"),
    ("On Monday was happened the fighting between Thai soldiers and Cambodian soldiers.",
     "FIGHT", "THA", "KHM"),
])
def test_light_verbs_of_doing(coded: Coded, text: str, kind: str, a: str, b: str) -> None:
    assert kind in types_between(coded(text, PUB), a, b)


@pytest.mark.parametrize(("text", "kind", "a", "b"), [
    ("The Croatia gave the note of protest to Serbia on Monday.", "PROTEST", "HRV", "SRB"),
    ("Beijing handed a protest note to Tokyo on Monday.", "PROTEST", "CHN", "JPN"),
    ("The Algeria has convoked the ambassador of France on Monday.", "PROTEST", "DZA", "FRA"),
    ("Russia issued a stern warning to Finland on Monday.", "THREATEN", "RUS", "FIN"),
    ("Washington raised concerns with Beijing on Monday about its fishing fleet.",
     "PROTEST", "USA", "CHN"),
    ("Armenia froze its participation in the Russian-led alliance on Friday.",
     "SANCTION", "ARM", "RUS"),
    ("China extended a loan of two billion dollars to Pakistan on Monday.", "AID", "CHN", "PAK"),
    ("Japan provided a grant to the Philippines on Wednesday for coastal radars.",
     "AID", "JPN", "PHL"),
    ("France sold twelve fighter jets to Greece on Monday.", "AID", "FRA", "GRC"),
])
def test_nouns_and_verbs_added(coded: Coded, text: str, kind: str, a: str, b: str) -> None:
    assert kind in types_between(coded(text, PUB), a, b)


@pytest.mark.parametrize(("text", "kind", "wrong", "a", "b"), [
    # what is threatened has not happened
    ("The United States threatened on Monday to impose sanctions on China.",
     "THREATEN", "SANCTION", "USA", "CHN"),
    ("Moscow threatened on Monday to cut gas supplies to Moldova.",
     "THREATEN", "SANCTION", "RUS", "MDA"),
])
def test_keeps_its_type(coded: Coded, text: str, kind: str, wrong: str, a: str, b: str) -> None:
    types = types_between(coded(text, PUB), a, b)
    assert kind in types
    assert wrong not in types


@pytest.mark.parametrize("text", [
    "The State Department issued a travel warning for Egypt on Monday.",
    "Japan issued a tsunami warning for the coast facing Russia on Monday.",
    "The Kenyan bank extended the loan deadline for Ugandan firms on Monday.",
    "The French actor sold his villa to a Swiss banker on Monday.",
    "Talks between Serbia and Kosovo did not happen on Monday.",
])
def test_near_misses_give_no_event(coded: Coded, text: str) -> None:
    assert coded(text, PUB) == set()


@pytest.mark.parametrize(("text", "light"), [
    ("Algeria proceeded to the rupture of relations.", "rupture"),
    ("Mali did the recall of its envoy.", "recall"),
    ("Kazakhstan addressed the request to Moscow.", "request"),
    ("The parties proceeded to the signature of the accord.", "accord"),
])
def test_done_by_light_verb(text: str, light: str) -> None:
    doc = nlp.load()(text)
    assert done_by_light_verb(next(t for t in doc if t.lower_ == light))


@pytest.mark.parametrize(("text", "kind"), [
    ("Turkey ratified Finland's membership on 30 March, and Hungary did the same a day later.",
     "AGREE"),
    ("Poland expelled two Russian diplomats on Monday, and Lithuania did so on Tuesday.",
     "SANCTION"),
    ("Turkey's parliament approved Sweden's accession in January and Hungary's parliament "
     "did so in February.", "AGREE"),
])
def test_did_so_repeats_the_act(kb: KnowledgeBase, text: str, kind: str) -> None:
    sent = next(iter(nlp.load()(text).sents))
    assert any(f.token.lower_ == "did" and f.entry.type == kind for f in find_triggers(kb, sent))


@pytest.mark.parametrize("text", [
    "Poland expelled two Russian diplomats on Monday, but Lithuania did not.",
    "Turkey denied that Hungary did so in February.",
])
def test_did_so_needs_a_done_act(kb: KnowledgeBase, text: str) -> None:
    sent = next(iter(nlp.load()(text).sents))
    assert not any(f.token.lower_ == "did" for f in find_triggers(kb, sent))
