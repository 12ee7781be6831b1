"""Who a party gives way to when it withdraws a case it brought before a court.

'The Czech Republic withdrew its complaint to the EU Court of Justice', 'Timor-Leste withdrew
its case at the International Court of Justice': a court hears a dispute, it is no side of
it. Withdrawing a case concedes to the party it was brought against, which news prose names
'against X', or elsewhere in the sentence (the government that announced the withdrawal,
the party whose step came first: 'Australia returned the documents, and Timor-Leste
withdrew its case'). The court's own organisation (the EU for its Court of Justice) is
never the one conceded to.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dyadwatch.coding.actors import ActorPhrase, find_actors
from dyadwatch.coding.case_titles import CASE_KEY, case_title_before
from dyadwatch.coding.clause_words import active_kb, clause_words
from dyadwatch.coding.triggers import Found
from dyadwatch.records import Actor

_CASE_TYPES = ("CONCEDE", "RETREAT")
_PLEADINGS = ("court_filing", "court_answer")
_UP = ("pobj", "prep", "compound", "poss", "nmod", "appos", "amod")


def _case_object(verb: Token) -> Token | None:
    """The legal case a withdrawing verb takes: 'withdrew its complaint'."""
    return next((c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")
                 and c.lemma_.lower() in clause_words("legal_case_nouns")), None)


def _court_bound(phrase: ActorPhrase, doc: Doc) -> bool:
    """A party named as a court or as the body a court belongs to: 'the EU Court of
    Justice', 'the Tribunal of Justice of the European Union'."""
    courts = clause_words("court_nouns")
    if any(t.lemma_.lower() in courts for t in doc[phrase.start:phrase.end]):
        return True
    token = doc[phrase.head]
    for _ in range(4):
        if token.dep_ not in _UP or token.head == token:
            return False
        token = token.head
        if token.lemma_.lower() in courts:
            return True
    return False


def case_targets(found: Found, actors: list[ActorPhrase], targets: list[Actor],
                 sources: list[Actor]) -> list[Actor]:
    """The targets of a withdrawn case without any court: when only a court was named,
    the one other party the sentence names outside the case (nearest to the verb)."""
    if found.entry.frame in _PLEADINGS:
        return targets or pleading_targets(found, sources)
    if found.entry.type not in _CASE_TYPES or _case_object(found.token) is None:
        return targets
    doc = found.token.doc
    courts = [a for a in actors if _court_bound(a, doc)]
    kept = [t for t in targets if not any(c.actor is t for c in courts)]
    if kept or not courts:
        return kept
    own = {s.code for s in sources} | {c.actor.code for c in courts}
    others = [a for a in actors if a.actor.code not in own and not a.is_place
              and a.start >= found.token.sent.start and a.end <= found.token.sent.end]
    others.sort(key=lambda a: abs(a.head - found.token.i))
    return [others[0].actor] if others else []


def _title_party(span: Span) -> Actor | None:
    phrases = find_actors(active_kb(), span, None, {})
    return phrases[0].actor if phrases else None


Sides = tuple[Actor, Actor]


def _sides(title: tuple[Span, Span]) -> Sides | None:
    """The applicant and the respondent a title names, when both are known parties and
    differ."""
    applicant, respondent = (_title_party(side) for side in title)
    if applicant is None or respondent is None or applicant.code == respondent.code:
        return None
    return applicant, respondent


def remember_case(doc: Doc, kept: Sides | None) -> Sides | None:
    """The case a paragraph leaves in force for the paragraphs below: that of its last
    title, else the one already kept. A title whose parties are unknown is another case
    all the same, so it ends the old one rather than letting it run on."""
    title = case_title_before(doc, len(doc))
    return kept if title is None else _sides(title)


def lend_case(doc: Doc, kept: Sides | None) -> None:
    """Hand a paragraph's parse the case titled above it (None clears a reused parse)."""
    doc.user_data[CASE_KEY] = kept


def _remembered(token: Token, own: set[str]) -> Sides | None:
    """The case titled in an earlier paragraph, for a pleading of one of its two parties
    or an intervener's declaration: another party's memorial belongs to some other case,
    which this note has not titled."""
    kept = token.doc.user_data.get(CASE_KEY)
    if kept is None:
        return None
    applicant, respondent = kept
    if own & {applicant.code, respondent.code} or \
            token.lemma_.lower() in clause_words("intervener_filings"):
        return applicant, respondent
    return None


def pleading_targets(found: Found, sources: list[Actor]) -> list[Actor]:
    """'Peru lodged its memorial', 'Chile raised objections': a
    pleading is against the other side of the case its title names ('(Peru v.
    Chile)'), in the paragraph or, nearest, above it; an intervener's declaration is
    against the respondent. The respondent only answers: 'Chile disputes ... when the
    application was lodged' gives the respondent no application of its own."""
    token = found.token
    if not sources:
        return []
    own = {s.code for s in sources}
    title = case_title_before(token.doc, token.i)
    sides = _sides(title) if title is not None else _remembered(token, own)
    if sides is None:
        return []
    applicant, respondent = sides
    if respondent.code in own:  # a respondent answers; an application is never its own
        answers = found.entry.frame == "court_answer"
        return [applicant] if answers and applicant.code not in own else []
    return [respondent]
