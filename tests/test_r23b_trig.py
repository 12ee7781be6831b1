"""Round 23b (triggers area): headline lists under headings that start with a block cue,
a day named by its ordinal alone before the doer, a sentence-opening phrase kept out of the
main verb's negation.

Near misses: body sentences that start with the same cue words, a main verb's own negation.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from dyadwatch.clean.article import boilerplate_spans
from dyadwatch.coding.modality import modality
from dyadwatch.knowledge import KnowledgeBase
from dyadwatch.records import Mention

Code = Callable[..., list[Mention]]
DAY = "2024-03-08"  # a Friday


def _marked(kb: KnowledgeBase, text: str) -> list[str]:
    return [text[s.start:s.end] for s in boilerplate_spans(kb, text)]


def test_site_named_heading_opens_a_headline_list(kb: KnowledgeBase) -> None:
    text = ("Norway expelled two Russian diplomats on Tuesday.\n\nMORE FROM THE NORDIC DESK\n"
            "- Sweden and Finland sign defence pact (February 2)\n"
            "- Denmark summons Chinese envoy (January 19)\n")
    marked = _marked(kb, text)
    assert "MORE FROM THE NORDIC DESK" in marked
    assert "- Denmark summons Chinese envoy (January 19)" in marked
    assert not any(m.startswith("Norway") for m in marked)


def test_section_line_of_headlines_is_furniture(kb: KnowledgeBase) -> None:
    line = "Also in Briefings: Premier's visit to Hungary (12 Feb 2024) | Talks with Ghana (2 Feb)"
    assert _marked(kb, "Chile and Peru signed an accord on Monday.\n\n" + line) == [line]


def test_region_heading_starting_most_read(kb: KnowledgeBase) -> None:
    text = "Most read in Asia\n- India hosts Bhutan's king in Delhi (February 27)\n"
    assert len(_marked(kb, text)) == 2


@pytest.mark.parametrize("sentence", [
    "More from the talks was expected on Thursday, when Germany and Poland signed a pact.",
    "Also in Geneva, the Iranian and Austrian ministers met on Tuesday.",
    "Also in Geneva: the Iranian and Austrian ministers met on Tuesday.",
    "More from Kyiv was promised by the donors",
])
def test_body_sentences_with_the_cue_words_stay(kb: KnowledgeBase, sentence: str) -> None:
    assert _marked(kb, sentence + "\nThe meeting lasted two hours.") == []


@pytest.mark.slow
def test_day_ordinal_before_a_capital_names_the_doer(code: Code) -> None:
    got = code("On the 9th Berlin summoned the Russian ambassador over the cyberattack.",
               published="2024-03-20")
    assert any(m.type == "PROTEST" and (m.source.code, m.target.code) == ("DEU", "RUS")
               and m.date is not None and m.date.iso == "2024-03-09" for m in got)


@pytest.mark.slow
def test_day_ordinal_rule_needs_an_ordinal(code: Code) -> None:
    got = code("On the border Hungary closed three crossings.", published="2024-03-20")
    assert not any(m.source.code != "HUN" for m in got)


def _misparsed_post(model: Language) -> Doc:
    """The parse a run-on post can get: the report hangs off the opening phrase, under the
    negated verb of the closing 'because' clause (heads written out, so no parser luck)."""
    words = ["On", "his", "way", ",", "Biden", "posts", "that", "he", "is", "doubling", "the",
             "tariff", "because", "the", "ban", "was", "not", "lifted", "."]
    heads = [17, 2, 0, 0, 5, 3, 9, 9, 9, 5, 11, 9, 17, 14, 17, 17, 17, 17, 17]
    deps = ["prep", "poss", "pobj", "punct", "compound", "prep", "mark", "nsubj", "aux", "acl",
            "det", "dobj", "mark", "det", "nsubjpass", "auxpass", "neg", "ROOT", "punct"]
    return Doc(model.vocab, words=words, heads=heads, deps=deps,
               sent_starts=[True] + [False] * (len(words) - 1))


@pytest.mark.slow
def test_opening_phrase_is_outside_the_negation(model: Language) -> None:
    doc = _misparsed_post(model)
    assert modality(doc[11], doc[:], "SANCTION") != "negated"
    assert modality(doc[17], doc[:], "SANCTION") == "negated"  # the ban's lifting is


@pytest.mark.slow
def test_main_verb_negation_still_holds(model: Language) -> None:
    doc = model("On Tuesday, Poland did not expel the Belarusian diplomats.")
    verb = next(t for t in doc if t.text == "expel")
    assert modality(verb, verb.sent, "SANCTION") == "negated"
