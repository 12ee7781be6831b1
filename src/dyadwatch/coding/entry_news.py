"""Which acts inside a dated entry (a live blog's clocked entry, a chronology's dated
paragraph) are the entry's own news, beyond the simple past that `told_past` knows.

Two constructions of news writing, both common in live blogs and wire digests:

* reported present: 'the minister announced that Venezuela is withdrawing its diplomats'
  -- the act is told in the present (or progressive) because it is reported as it
  unfolds; the saying, in the simple past, is what the entry dates;
* a finite past verb the parser attaches as a modifier ('the high representative,
  Josep Borrell, called on ...' read as 'representative called'): the word is still a
  simple past, so the parse's dependency label should not hide its tense.

Kept apart from implicit.py and tense.py (another owner's), and used only for a sentence
inside an entry, where the entry's date is already known to head the paragraph.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyadwatch.coding.reporting import reporting_verbs

# auxiliaries that move a clause off the saying's day: a look back or a look ahead
_SHIFTING = {"had", "'d", "has", "have", "'ve", "will", "would", "shall", "should", "could",
             "may", "might", "must", "to"}


def entry_news(token: Token) -> bool:
    """The trigger tells its entry's news though its clause is not a simple past."""
    return _misattached_past(token) or _reported_present(token)


def _auxes(verb: Token) -> set[str]:
    return {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}


def _misattached_past(token: Token) -> bool:
    """'Borrell, called on the authorities to ...': a past-tense verb with no auxiliary
    that the parser hung on a noun (acl) is still the clause's finite verb."""
    return token.tag_ == "VBD" and token.dep_ == "acl" and not _auxes(token) and \
        not any(c.dep_ == "mark" for c in token.children)


def _reported_present(token: Token) -> bool:
    """'announced that X is withdrawing / withdraws': a present or progressive clause that
    a simple-past reporting verb governs; 'said X will withdraw' looks ahead and 'said X
    has long refused' reaches back, so those stay out."""
    verb = token if token.pos_ in ("VERB", "AUX") else None
    if verb is None or verb.dep_ != "ccomp" or verb.tag_ not in ("VBZ", "VBP", "VBG"):
        return False
    auxes = _auxes(verb)
    if auxes & _SHIFTING or (verb.tag_ == "VBG" and not auxes & {"is", "are", "am"}):
        return False
    head = verb.head
    return head.tag_ == "VBD" and head.lemma_.lower() in reporting_verbs() and \
        not _auxes(head) & _SHIFTING
