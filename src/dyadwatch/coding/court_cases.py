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
from dyadwatch.coding.case_titles import case_title_before
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


def pleading_targets(found: Found, sources: list[Actor]) -> list[Actor]:
    """'South Africa filed its Memorial', 'Myanmar submitted preliminary objections': a
    pleading is against the other side of the case its title names ('(South Africa v.
    Israel)'); an intervener's declaration is against the respondent."""
    token = found.token
    title = case_title_before(token.doc, token.i)
    if title is None or not sources:
        return []
    applicant, respondent = (_title_party(side) for side in title)
    if applicant is None or respondent is None or applicant.code == respondent.code:
        return []
    own = {s.code for s in sources}
    if respondent.code in own:
        return [applicant] if applicant.code not in own else []
    return [respondent]
