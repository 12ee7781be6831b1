"""Parse repairs for news shapes the small parser misreads (dyadwatch.nlp_repairs).

Found by parsing one sentence shape over many countries and dates
(bench/constructions/make_parse.py): a fronted date with no comma ('On 5 March Turkey
said ...') folds the actor into the date phrase, a dateline city ('ANKARA, March 5
(Wire) - ...') is taken for the lede's subject, and a headline name ('Pakistan slams
Sweden') hangs on the verb as a modifier. Each test checks the repaired tree, that the
text, offsets and sentences are untouched, and a near miss the repair must leave alone.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Token

from dyadwatch import nlp_repairs
from dyadwatch.records import Mention

pytestmark = pytest.mark.slow

Code = Callable[..., list[Mention]]
DAY = "2024-03-08"  # a Friday: 'Tuesday' is 2024-03-05


def tok(doc: Doc, text: str) -> Token:
    return next(t for t in doc if t.text == text)


def is_tree(doc: Doc) -> bool:
    """Every token reaches its sentence's root without a cycle or leaving the sentence."""
    for sent in doc.sents:
        for t in sent:
            seen = set()
            while t.head != t:
                if t.i in seen or not sent.start <= t.head.i < sent.end:
                    return False
                seen.add(t.i)
                t = t.head
    return True


def typed(mentions: list[Mention]) -> set[tuple[str, str, str, str | None]]:
    return {(m.type, m.source.code, m.target.code, m.date.iso if m.date else None)
            for m in mentions}


@pytest.mark.parametrize("text, actor, verb", [
    ("On Tuesday Turkey criticised Sweden.", "Turkey", "criticised"),
    ("On 5 March Poland criticised Belarus.", "Poland", "criticised"),
    ("On March 5 Argentina accused Sweden of spying.", "Argentina", "accused"),
    ("In March Germany expelled two Russian diplomats.", "Germany", "expelled"),
    ("Earlier on Monday Turkey condemned the attack.", "Turkey", "condemned"),
    ("Late on Friday Turkey criticised Sweden.", "Turkey", "criticised"),
    ("In 2023 South Africa criticised Sweden.", "Africa", "criticised"),
    ("On Tuesday Abu Dhabi sent humanitarian aid to Sudan.", "Dhabi", "sent"),
])
def test_fronted_date_without_comma_gives_the_verb_its_subject(
        model: Language, text: str, actor: str, verb: str) -> None:
    doc = model(text)
    subject = tok(doc, actor)
    assert subject.dep_ == "nsubj" and subject.head.text == verb
    date = next(t for t in doc if t.lower_ in {"tuesday", "march", "monday", "friday", "2023"})
    assert date.head.lower_ in {"on", "in"}  # the date stays in its phrase
    assert doc.text == text and is_tree(doc) and len(list(doc.sents)) == 1


def test_whole_title_and_name_stay_with_the_subject(model: Language) -> None:
    doc = model("On Tuesday Emirati Foreign Minister Sheikh Abdullah bin Zayed sent aid to Sudan.")
    zayed = tok(doc, "Zayed")
    assert zayed.dep_ == "nsubj" and zayed.head.text == "sent"
    assert tok(doc, "Emirati") in zayed.subtree  # not left as a second object of 'On'


def test_subject_goes_to_the_main_verb_not_its_auxiliary(model: Language) -> None:
    doc = model("On Tuesday Orban had made his first visit to Kyiv.")
    orban = tok(doc, "Orban")
    assert orban.dep_ == "nsubj" and orban.head.text == "made"


def test_agency_weekday_does_not_take_the_names_role(model: Language) -> None:
    doc = model("Chad Tuesday criticised Sweden.")
    assert tok(doc, "Chad").dep_ == "nsubj" and tok(doc, "Tuesday").dep_ == "npadvmod"
    doc = model("Sweden criticised Chad Tuesday.")
    assert tok(doc, "Chad").dep_ == "dobj" and tok(doc, "Chad").head.text == "criticised"
    assert tok(doc, "Tuesday").head.text == "criticised"


def test_dateline_city_is_not_the_subject(model: Language) -> None:
    doc = model("ANKARA, March 5 (Wire) - On Tuesday Turkey criticised Sweden.")
    assert tok(doc, "ANKARA").dep_ not in {"nsubj", "nsubjpass"}
    assert tok(doc, "Turkey").dep_ == "nsubj"
    doc = model("GENEVA, June 16 (Staff) - U.S. President Joe Biden and Russian President "
                "Vladimir Putin agreed on Wednesday to return their ambassadors.")
    biden = tok(doc, "Biden")
    assert biden.dep_ == "nsubj" and biden.head.text == "agreed"
    assert tok(doc, "Putin") in biden.subtree and tok(doc, "GENEVA") not in biden.subtree


def test_headline_name_before_verb_is_its_subject(model: Language) -> None:
    for name in ("Pakistan", "Chad"):
        doc = model(f"{name} slams Sweden over Koran burning")
        assert tok(doc, name).dep_ == "nsubj" and tok(doc, name).head.text == "slams"


@pytest.mark.parametrize("text", [
    "On Tuesday, Turkey criticised Sweden.",  # a comma already closes the date
    "In 10 years Turkey will be a different country.",  # no weekday, month or year
    "On the same day as the Moscow talks Trump signed an order.",  # name inside a phrase
    "In Geneva Turkey criticised Sweden.",  # a place, not a date, is fronted
    "Officials in Ankara said on Tuesday that talks would resume.",
    "Voters in Texas went to the polls on Super Tuesday.",  # a named day, not a date
    # a hyphen inside a name is no dateline dash opening a clause
    "A quarrel at the water point near Kok-Tash escalates into fighting between troops.",
])
def test_near_misses_are_left_as_parsed(model: Language, text: str) -> None:
    with model.select_pipes(disable=[nlp_repairs.COMPONENT]):
        raw = model(text)
    before = [(t.dep_, t.head.i) for t in raw]
    repaired = nlp_repairs.repair_doc(raw)
    assert [(t.dep_, t.head.i) for t in repaired] == before


def test_offsets_and_sentences_are_unchanged(model: Language) -> None:
    text = "In March Germany expelled two diplomats. On 5 March Poland criticised Belarus."
    doc = model(text)
    assert [t.idx for t in doc] == [text.index(t.text, t.idx) for t in doc]
    assert [t.text_with_ws for t in doc] == [t.text_with_ws for t in model.make_doc(text)]
    assert [s.text for s in doc.sents] == ["In March Germany expelled two diplomats.",
                                           "On 5 March Poland criticised Belarus."]
    assert is_tree(doc)


def test_reported_statement_after_fronted_date_is_coded(code: Code) -> None:
    found = typed(code("On 5 March Turkey said it had criticised Sweden.", published=DAY))
    assert ("ACCUSE", "TUR", "SWE", "2024-03-05") in found
    found = typed(code("ANKARA, March 5 (Wire) - On Tuesday Turkey criticised Sweden.",
                       published=DAY))
    assert ("ACCUSE", "TUR", "SWE", "2024-03-05") in found


def test_negated_fronted_date_still_codes_nothing(code: Code) -> None:
    assert typed(code("On 5 March Turkey did not criticise Sweden.", published=DAY)) == set()
    assert typed(code("On Tuesday Poland denied that it had criticised Belarus.",
                      published=DAY)) == set()
