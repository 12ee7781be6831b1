"""The shared climb to a word's own clause (coding/clauses.py), on small parsed sentences.

Seven rules used to walk the parse each in its own loop; they now call one climb with
their differences as arguments, so these tests pin what the climb and the clause walk
do, the clause boundaries they must not cross included.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Token

from dyadwatch import pipeline, watchdog
from dyadwatch.coding import mutual, pronouns, reactions
from dyadwatch.coding.clauses import (
    clause_head,
    clause_tokens,
    conjunct_chain_head,
    earlier_conjuncts,
    governing_verb,
    in_clause,
)
from dyadwatch.coding.office_dates import CLAUSE_DEPS
from dyadwatch.records import Document, FuzzyDate, Mention, ProcessedDocument

pytestmark = pytest.mark.slow


def word(doc: Doc, text: str) -> Token:
    return next(t for t in doc if t.text == text)


def texts(tokens: list[Token]) -> set[str]:
    return {t.text for t in tokens}


def test_a_noun_climbs_to_the_verb_it_is_the_object_of(model: Language) -> None:
    doc = model("Japan held talks with South Korea on Tuesday.")
    assert clause_head(word(doc, "talks")).text == "held"
    assert clause_head(word(doc, "Korea")).text == "held"
    assert clause_head(word(doc, "held")).text == "held"  # a verb is its own head


def test_a_stop_label_or_a_narrow_through_ends_the_climb_early(model: Language) -> None:
    doc = model("Japan held talks with South Korea on Tuesday.")
    assert clause_head(word(doc, "talks"), stop_labels={"dobj"}).text == "talks"
    # only 'pobj' links trusted: the climb from 'Korea' stops at 'with' (a 'prep')
    assert clause_head(word(doc, "Korea"), through={"pobj"}).text == "with"


def test_the_answer_verb_is_found_through_its_by_phrase(model: Language) -> None:
    doc = model("Spain responded by accusing Israel of genocide.")
    assert clause_head(word(doc, "genocide"), verbal={"VERB"},
                       stop_labels={"pcomp"}).text == "accusing"
    found = reactions._answer_verb(word(doc, "accusing"))
    assert found is not None and found.text == "responded"


def test_a_noun_reaches_its_verb_only_through_argument_links(model: Language) -> None:
    doc = model("Both countries carried out tit-for-tat expulsions.")
    verb = governing_verb(word(doc, "expulsions"), mutual.ARGUMENT_LINKS, verbal={"VERB"})
    assert verb is not None and verb.text == "carried"
    assert mutual._clause_head(word(doc, "expulsions")).text == "carried"
    # a subject is no argument link: no verb, and the rule keeps the word itself
    assert governing_verb(word(doc, "countries"), mutual.ARGUMENT_LINKS) is None
    assert mutual._clause_head(word(doc, "countries")).text == "countries"


def test_the_clause_walk_stops_at_a_clause_hung_below(model: Language) -> None:
    doc = model("Egypt signed a trilateral pact with Sudan after Ethiopia held three rounds "
                "of talks.")
    words = texts(clause_tokens(word(doc, "signed")))
    assert {"Egypt", "signed", "trilateral", "pact", "Sudan"} <= words
    assert not {"after", "Ethiopia", "held", "three", "talks"} & words  # the 'after' clause


def test_a_verb_listed_after_the_head_is_a_clause_of_its_own(model: Language) -> None:
    doc = model("Egypt signed the pact, and Sisi made his first trip three months later.")
    words = texts(clause_tokens(word(doc, "signed")))
    assert {"Egypt", "signed", "pact"} <= words
    assert not {"Sisi", "made", "trip", "three"} & words
    assert "three" in texts(clause_tokens(word(doc, "made")))


def test_membership_climbs_up_and_fails_at_a_boundary(model: Language) -> None:
    doc = model("Bush visited Washington at the invitation of President Obama when Trump "
                "signed an order.")
    visited = word(doc, "visited")
    assert in_clause(word(doc, "Obama"), visited, CLAUSE_DEPS)
    assert not in_clause(word(doc, "Trump"), visited, CLAUSE_DEPS)  # the 'when' clause
    assert in_clause(word(doc, "Trump"), visited, ())  # no boundary: anything below is in
    assert not in_clause(visited, word(doc, "signed"), CLAUSE_DEPS)  # not below at all
    # with 'conj' among the boundaries, the climb agrees with the walk
    walked = {t.i for t in clause_tokens(visited, CLAUSE_DEPS)}
    assert walked == {t.i for t in doc if in_clause(t, visited, CLAUSE_DEPS)}


def test_a_list_of_verbs_shares_the_first_ones_subject(model: Language) -> None:
    doc = model("Russia closes the border, suspends trade and warns Moldova.")
    warns, closes = word(doc, "warns"), word(doc, "closes")
    assert conjunct_chain_head(warns).text == "closes"
    assert [t.text for t in earlier_conjuncts(warns)] == ["suspends", "closes"]
    assert conjunct_chain_head(closes).text == "closes"
    assert earlier_conjuncts(closes) == []


def test_a_verbless_sentence_ends_the_climb_at_its_root(model: Language,
                                                          code: Callable[..., list[Mention]]
                                                          ) -> None:
    """'Talks with his hosts.' has no verb: the climb from 'hosts' used to loop for ever
    (its root guard compared tokens by identity, which spaCy never repeats)."""
    doc = model("Talks with his hosts.")
    assert clause_head(word(doc, "hosts").head).text == "Talks"
    assert pronouns._clause_subject_code(word(doc, "hosts"), []) is None
    with watchdog.time_limit(120):  # a relapse fails here instead of hanging the suite
        mentions = code("Kenya's president met Ethiopia's prime minister on Tuesday. "
                        "Talks with his hosts.", "2025-02-12")
    assert any(m.type == "CONSULT" for m in mentions)


def test_a_date_in_a_sentence_rooted_on_a_preposition_is_read_once() -> None:
    """'In St Petersburg on 9 August.' is rooted on 'In': the walk up from the date used to
    loop for ever at that root (the same identity guard), hanging the whole batch. The
    meeting told next takes the day the verbless line gave."""
    text = ("Turkey's president went north. In St Petersburg on 9 August. In the meeting, "
            "Erdogan thanked Putin for his support.")
    with watchdog.time_limit(120):  # a relapse fails here instead of hanging the suite
        result = pipeline.process(Document("t.txt", "t.txt", "text", text,
                                           published=FuzzyDate.parse("2016-08-20")))
    assert isinstance(result, ProcessedDocument)
    assert {(m.type, m.source.code, m.target.code, m.date.iso if m.date else None)
            for m in result.mentions} >= {("CONSULT", "TUR", "RUS", "2016-08-09")}
