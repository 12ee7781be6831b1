"""Words that look like triggers in the fixed phrases of press copy and in descriptions.

'PRESS RELEASE' heads a release, it presses no one; 'the peacekeeper who was killed'
picks out a person the text already mourns, it does not report a new killing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dyadwatch.coding.clause_words import clause_words
from dyadwatch.nlp import first_conjunct

if TYPE_CHECKING:
    from dyadwatch.coding.triggers import Found

# clause_words, read at use time: 'press_nouns', what a 'press' noun names in newsroom and
# ministry copy ('press release', 'press office'); 'refusing_verbs', by which a party holds
# back from an act; 'keeping_verbs' and 'contact_nouns', how parties agree to stay in contact
# ('agreed to keep in touch').
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
# acts a party may hold back from doing to another: refusing one is no rebuff of that party
HOSTILE_TYPES = frozenset({"ACCUSE", "PROTEST", "THREATEN", "SANCTION", "COERCE", "ASSAULT"})
QUESTION_WORDS = frozenset({"why", "whether", "how", "what", "when", "where", "who", "if"})


def press_phrase(token: Token) -> bool:
    """'PRESS RELEASE', 'a press conference', 'Press Statement': the newsroom noun, even when
    a headline in capitals makes the tagger read 'press' as a verb."""
    if token.lower_ != "press" or token.i + 1 >= len(token.doc):
        return False
    return token.doc[token.i + 1].lower_ in clause_words("press_nouns")


def identifying_relative(verb: Token) -> bool:
    """'condolences to the family of the peacekeeper who was killed', 'the ship which was
    seized': a passive relative clause without a doer or a time says which one is meant;
    the deed was reported before. 'who was arrested by police on Monday' stays news."""
    if verb.dep_ != "relcl" or verb.tag_ != "VBN":
        return False
    if not any(c.dep_ == "nsubjpass" and c.lower_ in RELATIVE_PRONOUNS for c in verb.children):
        return False
    return not any(c.dep_ in ("agent", "npadvmod", "dobj", "obj") or (
        c.dep_ == "prep" and any(g.ent_type_ in ("DATE", "TIME") for g in c.subtree))
        for c in verb.children)


def elaborates(token: Token, kind: str, found: set[tuple[int, str]]) -> bool:
    """'Mali expels the envoy, giving him 48 hours to leave', 'sanctioned three lawmakers,
    banning them from entering': a participle clause of the same kind, hung on a trigger
    and aimed at a pronoun for that trigger's object, spells out the one act; it names
    no new party. 'launched an operation, striking sites in Pakistan' names one and stays."""
    verb = token
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.head == verb:
        return False
    aimed = [c for c in verb.children if c.dep_ in ("dobj", "obj", "dative")]
    return (verb.head.i, kind) in found and bool(aimed) and all(
        c.pos_ == "PRON" for c in aimed)


def asks_a_question(verb: Token) -> bool:
    """'asked why', 'asked whether': the complement is an indirect question."""
    return any(c.dep_ in ("ccomp", "xcomp") and any(
        g.lower_ in QUESTION_WORDS and g.i < c.i for g in c.children) for c in verb.children)


def keeps_in_touch(verb: Token) -> bool:
    """'agreed to keep in contact', 'agreed to stay in touch'."""
    keeping, contact = clause_words("keeping_verbs"), clause_words("contact_nouns")
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in keeping and any(
        t.lower_ in contact for t in c.subtree) for c in verb.children)


def dates_a_relative_clause(verb: Token) -> bool:
    """A 'when' clause under a relative clause says which thing the noun is ('the pledge
    it made when they established relations'): history recalled to identify it, not news."""
    if verb.dep_ not in ("advcl", "conj") or verb.pos_ != "VERB":
        return False
    verb = first_conjunct(verb)
    return verb.dep_ == "advcl" and verb.head.dep_ == "relcl" and any(
        c.lower_ == "when" and c.dep_ in ("advmod", "mark") for c in verb.children)


def without_withheld_acts(found: list[Found]) -> list[Found]:
    """'Brazil refused to condemn Russia', 'declined to impose sanctions on X': refusing a
    hostile act spares the party it would have hit; it rejects nothing that party asked or
    offered, so the refusal is no REJECT aimed at it ('refused to meet X' still is)."""
    withheld = {f.token.head.i for f in found if f.token.dep_ == "xcomp"
                and f.entry.type in HOSTILE_TYPES
                and f.token.head.lemma_.lower() in clause_words("refusing_verbs")
                and not _asked_by_someone(f.token.head)}
    return [f for f in found if not (f.entry.type == "REJECT" and f.token.i in withheld)]


def _asked_by_someone(verb: Token) -> bool:
    """'declined to impose sanctions on Russia at the urging of Brussels': the one who asked
    is rebuffed, so that refusal stays a REJECT (aimed at the asker by the role rules)."""
    return any(t.dep_ == "pobj" and t.lower_ in clause_words("request_nouns") and t.head.dep_ == "prep"
               for t in verb.subtree)
