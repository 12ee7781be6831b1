"""Output-identical clean-ups of the coder, pinned down so they are not undone.

One clock-time pattern shared by the readers of live-blog stamps; two verb climbs whose
names say how they differ; a date phrase judged at the place it was found rather than at
the first place its words occur; and transcript turns read within one parsed line.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Token

from dyadwatch import datetext
from dyadwatch.coding import clauses, coder, entries, narrative, tense
from dyadwatch.coding.anchors import verb_above_phrase
from dyadwatch.records import Article, Mention

Code = Callable[..., list[Mention]]


def word(doc_tokens: object, text: str, nth: int = 0) -> Token:
    found = [t for t in doc_tokens if t.text == text]  # type: ignore[attr-defined]
    return found[nth]


# --- one clock-time pattern -------------------------------------------------------------

def test_the_stamp_patterns_are_built_on_the_one_clock_time() -> None:
    for pattern in (entries.CLOCK_LINE, entries.BARE_CLOCK, tense.CLOCK):
        assert datetext.CLOCK_TIME in pattern.pattern


@pytest.mark.parametrize("line, opens, bare, headline", [
    ("09:12 Russian drones struck Odesa", True, False, True),
    ("11:02 - Egypt and Sudan sign a water pact", True, False, True),
    ("14:45 GMT: Estonia summons the envoy", True, False, True),
    ("9.30am Talks resume in Doha", True, False, True),
    ("14:32", False, True, False),  # a bare stamp line: its entry is the next line
    ("9.15 p.m.", False, True, True),
    ("25.99 Prices rose", False, False, False),  # no hour 25
    ("12:75 Talks resume", False, False, False),  # no minute 75
])
def test_what_each_reader_takes_for_a_clock_time(line: str, opens: bool, bare: bool,
                                                 headline: bool) -> None:
    assert bool(entries.CLOCK_LINE.match(line)) is opens
    assert bool(entries.BARE_CLOCK.match(line)) is bare
    assert bool(tense.CLOCK.match(line)) is headline


# --- two verb climbs, two names --------------------------------------------------------

@pytest.mark.slow
def test_the_two_verb_climbs_differ_as_their_names_say(model: Language) -> None:
    """clauses.governing_verb answers a verb with itself and climbs only by the links its
    caller trusts; anchors.verb_above_phrase always looks above the word, judging the
    heads it meets, so a noun reaches the verb carrying its prepositional phrase."""
    doc = model("Egypt sent a package of aid to Sudan.")
    sent_verb, aid = word(doc, "sent"), word(doc, "aid")
    assert clauses.governing_verb(sent_verb, ()) == sent_verb
    assert verb_above_phrase(sent_verb) is None  # the root: nothing above it
    assert verb_above_phrase(aid) == sent_verb  # aid -> of -> package -> sent
    assert clauses.governing_verb(aid, ("dobj",)) is None  # 'aid' hangs by pobj


# --- a date judged where it was found --------------------------------------------------

SAME_DATE_TWICE = "Vucic, who arrived in Budapest on 3 May 2024, met Orban on 3 May 2024."


@pytest.mark.slow
def test_the_date_is_judged_at_its_own_place_not_its_first(model: Language) -> None:
    """The old lookup (`sent.text.find(how)`) took the first '3 May 2024', inside the
    relative clause 'who arrived ...', and so read the meeting's own date as a look back;
    the position found with the date is the main clause's."""
    doc = model(SAME_DATE_TWICE)
    met = word(doc, "met")
    how = "3 May 2024"
    first, second = doc.text.find(how), doc.text.rfind(how)
    assert first != second
    assert narrative._main_date(met, how, second) is True
    assert narrative._main_date(met, how, first) is False  # what the old lookup judged
    assert narrative._main_date(met, "narrative", second) is True  # a rule's name: no phrase
    assert narrative._main_date(met, how, None) is True


@pytest.mark.slow
def test_the_coder_threads_the_chosen_phrase_position(code: Code,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple[Token, str | None, int | None]] = []
    real = coder.note_event

    def spy(narr: narrative.Narrative, token: Token, *args: object, **kwargs: object) -> None:
        seen.append((token, args[2], kwargs.get("at")))  # type: ignore[arg-type]
        real(narr, token, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(coder, "note_event", spy)
    found = code(SAME_DATE_TWICE, "2024-05-04")
    assert any(m.type == "CONSULT" and m.date_text == "3 May 2024" for m in found)
    met = [(t, how, at) for t, how, at in seen if t.text == "met"]
    assert met
    token, how, at = met[0]
    assert how == "3 May 2024" and at == token.doc.text.rfind(how)


# --- transcript turns within one line --------------------------------------------------

def test_every_parsed_block_is_one_line() -> None:
    """Why turns.py looks for no newline inside a doc: the coder parses each content line
    as a doc of its own, so a turn label can only head a doc's first sentence and a
    question's turn ends where its doc does."""
    text = "Q: Peru recalled its envoy. Any comment?\n\nA: We have noted it.\nMFA: No.\n"
    article = Article("t.txt", "t.txt", text, "hash")
    blocks = coder.content_blocks(article)
    assert [text[s:e] for s, e in blocks] == [
        "Q: Peru recalled its envoy. Any comment?", "A: We have noted it.", "MFA: No."]
