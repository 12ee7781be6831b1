"""Decide whether a trigger asserts something that happened, is planned, or is not an event.

Negated ('has not contacted Baku'), hypothetical ('could visit', 'if ... met'),
conditional and questioned statements are not events; future ones are planned.
The checks climb from the trigger through the verbs that govern it, because
'neither Biden nor ... contacted' and 'did not say that X visited' are both
carried by words above the trigger.
"""

from __future__ import annotations

from typing import Literal

from spacy.tokens import Span, Token

from dyadwatch.coding.clause_words import clause_words
from dyadwatch.coding.forecasts import forecast
from dyadwatch.coding.planned import FUTURE_AUX, is_planned, lapsed_plan
from dyadwatch.coding.reporting import reporting_verbs
from dyadwatch.coding.trigger_blame import negated_noun
from dyadwatch.nlp import first_conjunct

Modality = Literal["occurred", "planned", "negated", "hypothetical", "announced"]

# Word lists read at use time from the knowledge in use (clause_words): 'settling_words',
# what settles a thing to be done ('agreed on', 'an agreement on', 'decision on');
# 'doubt_words', what leaves an act in doubt ('possibly', 'likely'), unless one of
# 'confident_adverbs' makes it near-certain ('highly likely'); 'requesting_verbs', whose
# object is asked for, not done; 'failing_verbs', whose object did not (or will not) take
# place ('derailed the first visit') or is stayed away from ('skipped the summit').
# The modal auxiliaries, subordinators and prepositions below are grammar of English
# clauses, closed classes the rules are written against, so they stay in code.
HYPOTHETICAL_AUX = {"could", "would", "might", "may", "should", "must", "ought"}
HYPOTHETICAL_MARKS = {"if", "unless", "whether", "once"}
AGREED_PREPS = {"of", "on", "to", "for", "about", "over"}
NEGATORS = {"not", "n't", "never", "no", "neither", "nor", "without"}
TEMPORAL = {"after", "following", "since"}


def _reporting() -> frozenset[str]:
    """'May said Britain would expel 23 diplomats': a decision announced in the past,
    reported in the future-in-the-past, is the news, not a hypothesis; 'decided it would'
    announces as saying does. Read at use time from the knowledge base coding now."""
    return reporting_verbs() | {"decide"}

# a concession or a reason is asserted whatever its main clause says: 'denied it, even
# though X said the troops clashed'; 'did not retaliate because Y had apologised'
ASSERTING_MARKS = {"though", "although", "because", "whereas", "despite"}


def modality(trigger: Token, sent: Span, event_type: str | None = None) -> Modality:
    """`event_type` matters for threats: 'said Russia would take countermeasures' is a
    threat made now, so a future or conditional verb above it does not defer it."""
    if sent.text.rstrip().rstrip("\"'”’").endswith("?") or forecast(trigger):
        return "hypothetical"  # a question, or an onlooker's forecast ('analysts expect X to')
    status = _status(trigger, _governing_chain(trigger))
    if event_type == "THREATEN" and status == "announced":  # 'will warn NATO' is still to come
        return "occurred"
    if event_type == "CONSULT" and status == "occurred" and agreed_upon(trigger):
        return "planned"
    if event_type == "AID" and status == "planned" and _pledged(_governing_chain(trigger)):
        return "occurred"
    return status


def _pledged(chain: list[Token]) -> bool:
    """'pledged on Tuesday to send aid', 'promised $50 million in aid', 'offered a loan':
    analysts date a pledge or offer of aid to the day it was made, as the aid event itself;
    one still to be made ('will pledge') stays a plan."""
    giving = clause_words("promising") | clause_words("offering")
    for verb in chain[1:5]:
        if verb.lemma_.lower() in giving and verb.tag_ in ("VBD", "VBN"):
            return not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children)
        if verb.dep_ in ("ROOT", "ccomp"):
            break
    return False


def agreed_upon(noun: Token) -> bool:
    """'agreed on the resumption of direct talks', 'an agreement on a new round of talks':
    the talks are what was agreed, still to be held; the agreement is the event. Only
    'of'/'on'/'to'/'for'/'about' phrases lead there, not 'at the talks' or 'during talks'."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    token = noun
    for _ in range(6):
        if token.dep_ not in ("pobj", "dobj", "prep", "compound") or token.head == token:
            return False
        if token.dep_ == "prep" and token.lower_ not in AGREED_PREPS:
            return False
        token = token.head
        if token.lemma_.lower() in clause_words("settling_words"):
            return True
    return False


def _status(trigger: Token, chain: list[Token]) -> Modality:
    for token in chain:
        children = list(token.children)
        below = chain[chain.index(token) - 1] if token != trigger else None
        if below is not None and (_own_clause(below) or _fronted_phrase(below, token)):
            continue  # 'cannot stay, and Oslo has expelled him': the expulsion stands
        if any(c.dep_ == "neg" or c.lower_ in ("never", "neither", "nor") for c in children):
            return "negated"
        if any(c.dep_ == "det" and c.lower_ == "no" for c in children):
            return "negated"
        if token == trigger and any(c.dep_ in ("dobj", "obj") and negated_noun(c) for c in children):
            return "negated"  # 'had committed no funds to Venezuela': nothing was given
        if any(c.dep_ == "advmod" and c.lower_ in ("longer", "more") and any(
                g.dep_ == "neg" for g in c.children) for c in children):
            return "negated"  # 'was no longer transferring weapons', 'no more' (stopped)
        if any(c.dep_ in ("nsubj", "nsubjpass") and _negative_subject(c) for c in children):
            return "negated"  # 'neither Biden nor his officials contacted', 'no one called'

        if below is not None and _fails(token) and not _beside(below):
            return "negated"  # 'refused to meet'; not 'rejected the claims and accused X'
        if below is not None and below.dep_ != "conj" and _withheld(token):
            return "negated"  # 'has yet to recall', 'stopped short of expelling'
        if below is not None and below.dep_ in ("acl", "ccomp") and _denied_hearsay(token):
            return "negated"  # 'dismissed reports that X had expelled ...'
        if _for_to_clause(token, children):
            return "hypothetical"  # 'calls for Germany to expel ...': wanted, not done
        if below is not None and below.dep_ in ("xcomp", "ccomp", "advcl") and _requests(token) \
                and not _aside(below):
            return "hypothetical"  # 'urged Russia to release the crew': asked, not done
        if below is not None and below.dep_ in ("xcomp", "dobj") and \
                token.lemma_.lower() in clause_words("weighing_verbs"):
            return "hypothetical"  # 'is considering depositing', 'weighs sanctions': not yet
        if token.dep_ in ("pobj", "pcomp") and token.head.lower_ == "without":
            return "negated"  # 'without a meeting', 'without asking Japan to contribute'
        if any(c.dep_ == "mark" and c.lower_ in HYPOTHETICAL_MARKS for c in children):
            return "hypothetical"
        if any(c.dep_ == "aux" and _modal(c) for c in children):
            return "announced" if _announced(token, children) else "hypothetical"
        if any(c.lower_ in clause_words("doubt_words") and not _confident(c) for c in children
               if c.dep_ in ("advmod", "acomp", "amod")):
            return "hypothetical"
    chain = _up_to_told_clause(chain)
    if lapsed_plan(chain):
        return "negated"  # 'had been due to travel': the plan fell through
    if is_planned(chain):
        return "negated" if _called_off(chain) else "planned"
    return "occurred"


def _up_to_told_clause(chain: list[Token]) -> list[Token]:
    """'Moscow will skip the summit, and Ankara hosted talks instead': a conjunct with its
    own subject told in the past is a fact of its own; the future of the verb it is joined
    to does not make it a plan, so the chain read for plans ends at that conjunct."""
    for i, token in enumerate(chain[:-1]):
        if _own_clause(token) and token.tag_ == "VBD" and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
            return chain[:i + 1]
    return chain


def _called_off(chain: list[Token]) -> bool:
    """'was to meet Erdogan in February, but the visit was cancelled': a plan whose own
    sentence goes on to say it was cancelled or postponed, or did not take place, did not
    take place."""
    for token in chain[:5]:
        if any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and _fails(c) and any(
                g.dep_ in ("auxpass", "nsubjpass") for g in c.children) for c in token.children):
            return True
        if any(c.dep_ == "conj" and c.lemma_.lower() in clause_words("happening_verbs") and any(
                g.dep_ == "neg" or g.lower_ == "never" for g in c.children)
               for c in token.children):
            return True  # 'was scheduled for May but has not taken place', 'never happened'
    return False


def _modal(aux: Token) -> bool:
    """'may' is a modal, 'May' inside a sentence is a name the parser took for one
    ('On Monday May had said ...')."""
    if aux.lower_ not in HYPOTHETICAL_AUX:
        return False
    if aux.text[:1].isupper() and aux.i > aux.sent.start and not _title_case_verb(aux):
        return False
    return not _finite_after_modal(aux)


def _title_case_verb(aux: Token) -> bool:
    """'Russia May Expel Diplomats': in a headline in title case the capital is the style's,
    and a capitalised or bare verb after it keeps 'May' a modal."""
    if aux.i + 1 >= aux.sent.end:
        return False
    after = aux.nbor(1)
    return after.text[:1].isupper() or after.tag_ == "VB"


def _finite_after_modal(aux: Token) -> bool:
    """A modal takes a bare infinitive: 'May spoke with Trump', 'May met Macron' put a
    past-tense verb after it, so the 'modal' is a name the parser misread. A participle
    counts only without its own auxiliary ('may have met' stays a modal)."""
    verb = aux.head
    if verb == aux or verb.tag_ not in ("VBD", "VBZ", "VBN"):
        return False
    if verb.tag_ == "VBN":
        return not any(c.dep_ in ("aux", "auxpass") and c != aux for c in verb.children)
    return True


def _beside(clause: Token) -> bool:
    """Whether a clause under a refusal is an act of its own, not the act refused.

    'rejected the claims and accused X' (conj) and 'rejected the claims, calling them
    absurd, and expelled ...' (a participle adjunct) tell further acts; 'refused to
    meet' (xcomp) tells the act withheld.
    """
    return clause.dep_ == "conj" or (clause.dep_ == "advcl" and clause.tag_ == "VBG")


def _fails(verb: Token) -> bool:
    """'refused to meet', 'derailed the visit', 'called off the talks', 'put off the trip'."""
    lemma = verb.lemma_.lower()
    if lemma in clause_words("failing_verbs"):
        return True
    return lemma in ("call", "put") and any(c.dep_ == "prt" and c.lower_ == "off"
                                            for c in verb.children)


def _withheld(verb: Token) -> bool:
    """Verbs that say their complement was held back: 'has yet to recall' and 'is yet to
    sign' (not done so far), 'stopped short of expelling' and 'fell short of' (not done),
    'ruled out sending troops' (refused in advance)."""
    lemma = verb.lemma_.lower()
    children = list(verb.children)
    if lemma in ("have", "be") and any(c.lower_ == "yet" and c.dep_ == "advmod" for c in children):
        return any(c.dep_ == "xcomp" for c in children)
    if lemma in ("stop", "fall"):
        return any(c.lower_ == "short" for c in children)
    return lemma == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in children)


def _denied_hearsay(noun: Token) -> bool:
    """'dismissed reports that X had met Y', 'reports that X had met Y were false': what a
    report, rumour or claim says is not news when the sentence denies that report. An
    undenied report ('reports that X had met Y') is left as told."""
    if noun.lemma_.lower() not in clause_words("hearsay_nouns"):
        return False
    head = noun.head
    if noun.dep_ in ("dobj", "obj") and head.lemma_.lower() in clause_words("hearsay_denials"):
        return True
    untrue = clause_words("untrue_words")
    return noun.dep_ == "nsubj" and head.lemma_.lower() == "be" and any(
        c.dep_ in ("acomp", "attr") and c.lower_ in untrue for c in head.children)


def _for_to_clause(verb: Token, children: list[Token]) -> bool:
    """'for X to V' states what someone wants or awaits, never what was done: 'calls
    for Germany to expel', 'waiting for Kenya to sign', 'it is time for Iran to talk'."""
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in children) and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in children)


def _confident(word: Token) -> bool:
    """'highly likely', 'very likely': the speaker asserts, it is no hedge."""
    return word.lower_ == "likely" and any(c.lower_ in clause_words("confident_adverbs")
                                           for c in word.children)


def _presupposed(token: Token, trigger: Token) -> bool:
    """A temporal 'after' phrase, a past 'when' clause, a concession or a reason states a
    fact whatever the main clause says:
    'agreed that neither would use force, after a tense meeting' (the meeting happened);
    'the stand-off ended after Hungary vetoed the package' (a past clause: the veto happened)."""
    if token.dep_ == "pobj" and token.head.lower_ in TEMPORAL and token is trigger:
        return True
    if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ASSERTING_MARKS
                                     for c in token.children):
        return True
    if token.dep_ != "advcl" or token.tag_ not in ("VBD", "VBN"):
        return False
    return any(c.dep_ == "mark" and c.lower_ in TEMPORAL for c in token.children) or \
        _past_when(token)


def _past_when(clause: Token) -> bool:
    """'the envoy was absent when Chile hosted Peru': a past 'when' clause sets the main
    clause against a fact. Under a verb of saying or asking it is an embedded question
    ('would not tell reporters when the garrison would go home'), which asserts nothing;
    under a modal ('warned it might retaliate when Ankara sent ships') it is the
    condition of a future-in-the-past, not something that happened."""
    asking = _reporting() | clause_words("asking_words")
    if any(c.dep_ == "aux" and _modal(c) for c in clause.head.children):
        return False  # 'vowed it would hit back when the fleet arrived': a condition
    return clause.tag_ == "VBD" and clause.head.lemma_.lower() not in asking and any(
        c.dep_ in ("mark", "advmod") and c.lower_ == "when" for c in clause.children)


def _governing_chain(trigger: Token) -> list[Token]:
    """The trigger and the words above it up to the sentence root or a presupposed phrase."""
    chain = [trigger]
    token = trigger
    while token.head != token and len(chain) < 8 and not _presupposed(token, trigger) \
            and not _semicolon_apart(token):
        token = token.head  # above 'after a tense meeting' the main clause no longer counts
        chain.append(token)
    return chain


def _semicolon_apart(clause: Token) -> bool:
    """'Lima says it sought Quito's mediation; the Ecuadorians have kept silent': a clause
    that a semicolon parts from the verb the parser hung it on is a sentence of its own,
    so that verb's negation or modal is not said of it."""
    if clause.dep_ not in ("ccomp", "conj", "parataxis"):
        return False
    head = clause.head
    start, end = (clause.right_edge.i + 1, head.i) if clause.i < head.i else \
        (head.i + 1, clause.left_edge.i)
    return any(t.text == ";" for t in clause.doc[start:end])


def _own_clause(clause: Token) -> bool:
    """'may not remain and has been told to leave', 'would not phone, and Macron saw
    him', 'chose to stay home and to summon the envoy': a conjoined verb with its own
    auxiliary, infinitive 'to' or subject does not share the negation or modal of the verb
    it is joined to (one without them does: 'did not meet or call')."""
    return clause.dep_ == "conj" and clause.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubjpass", "auxpass", "aux") for c in clause.children)


def _fronted_phrase(phrase: Token, verb: Token) -> bool:
    """'In reply to the expulsions, Minsk did not comment': a phrase that opens the sentence
    sets the scene of the main verb, and the main verb's negation or modal is no part of
    what the phrase tells. When a run-on post ('On his way to X, Trump posts that ...
    because the ad was not taken down') is misparsed, the whole report hangs off such a
    phrase under the last clause's verb."""
    return phrase.dep_ == "prep" and phrase.i == phrase.sent.start and phrase.i < verb.i


def _aside(clause: Token) -> bool:
    """'asked Russia for help, accusing Azerbaijan of shelling': a participle set off by a
    comma says what the asker did while asking; it is not part of what was asked."""
    start = clause.left_edge.i
    return clause.dep_ == "advcl" and clause.tag_ == "VBG" and start > clause.sent.start \
        and clause.doc[start - 1].text == "," and not any(
            c.dep_ in ("aux", "mark") for c in clause.children)


def _negative_subject(subject: Token) -> bool:
    words = {t.lower_ for t in subject.subtree}
    return bool(words & {"neither", "nobody", "none"}) or subject.lower_ in ("nobody", "none") or any(
        c.lower_ == "no" and c.dep_ == "det" for c in subject.children)


def _announced(verb: Token, children: list[Token]) -> bool:
    """'would' under a past reporting verb, with no condition in sight: 'said it would remove
    the duties' announces a decision; 'said it could', 'would ... if' stay hypothetical."""
    if not any(c.dep_ == "aux" and c.lower_ == "would" for c in children):
        return False
    clause = first_conjunct(verb)  # 'would suspend ..., withdraw ...': the first verb carries 'would'
    reporter = clause.head
    if clause.dep_ != "ccomp" or reporter.tag_ != "VBD" or reporter.lemma_.lower() not in _reporting():
        return False
    words = {t.lower_ for t in clause.subtree} | {c.lower_ for c in reporter.children}
    # 'X would expel them if the talks failed, a spokesman said': the parser may hang the
    # condition on the saying verb; its mark still conditions the reported clause
    words |= {m.lower_ for c in reporter.children if c.dep_ == "advcl" for m in c.children
              if m.dep_ == "mark"}
    return not words & (HYPOTHETICAL_MARKS | {"unless", "otherwise", "could", "might"})


def _requests(verb: Token) -> bool:
    """A verb that asks for what its complement says: 'urged X to', 'called on X to'."""
    lemma = verb.lemma_.lower()
    if lemma == "call":
        return any(c.lower_ in ("on", "upon", "for") for c in verb.children)
    if lemma == "give":  # 'gave Moscow until Friday to agree': a deadline, not an agreement
        return any(c.dep_ == "prep" and c.lower_ == "until" for c in verb.children)
    return lemma in clause_words("requesting_verbs")
