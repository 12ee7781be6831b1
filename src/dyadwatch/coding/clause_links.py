"""Parties that reach a trigger through a neighbouring clause.

A verb listed after others ('closes ..., suspends ... and warns') shares the subject of
the first verb in the list, though the parse hangs each one off the one before, and a
warning listed after deeds against a party is aimed at that party. A verb of will
('refused to hold talks with Washington', 'threatened to cut supplies to Moldova') aims at
the party of the act it refuses or threatens. A deed done 'after' another party's act
('lifted the sanctions after Bamako presented a timetable') answers that party.
Relative and participle clauses, which look from a clause to the noun or clause it
modifies, are in relative_clauses; the climb up a list of verbs is in clauses.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from dyadwatch.coding.actors import ActorPhrase
from dyadwatch.coding.attachment import attachment as hang
from dyadwatch.coding.clause_words import active_kb, has_word
from dyadwatch.coding.clauses import SUBJECTS, earlier_conjuncts, has_subject
from dyadwatch.coding.reporting import reporting_verbs

# Word lists are lexicon.json clause_words: 'own_state_nouns' ('his country'),
# 'addressed_nouns' (a complaint, an appeal: a noun addressed to someone), 'answer_nouns'
# ('in response to'), 'topic_verbs' (whose object or complement is what was talked over,
# 'discussed Ukraine', never who took part), 'invest_verbs' ('to invest in X': the money
# goes to X) and 'meeting_objects' ('held talks with X'). The determiners, subordinators
# and prepositions below are closed classes of function words that the rules read as
# grammar; a data file would only hide them from the rule that depends on them.
OWN_STATE_DETERMINERS = {"his", "her", "its", "their", "our", "the"}
PARTY_MODIFIERS = {"amod", "compound", "poss", "nmod"}  # 'an Indian warship', 'Russia's army'
REACTION_MARKS = {"after", "once", "because", "since", "when"}
TOPIC_CLAUSES = {"dobj", "obj", "xcomp", "ccomp"}
# 'talks on Ukraine', 'spoke about Taiwan': the matter of a conversation
TOPIC_PREPS = {"about", "on", "over", "regarding", "concerning"}
# how a party is the object of one of some verbs: (verb, preposition or None), or None
TargetLink = Callable[[Token, list[Token]], "tuple[Token, str | None] | None"]


def conjunct_targets(verb: Token, actors: list[ActorPhrase], sent: Span, own: set[str],
                     link: TargetLink) -> list[ActorPhrase]:
    """'suspends trade with India and warns that ...', 'accused Kiev ... and warned it'."""
    listed = _addressee_from_list(verb)
    if not (listed or _deed_on_own_thing(verb, actors)):
        return []
    for other in earlier_conjuncts(verb) + _finite_past_gerund(verb):
        if not listed and not has_word(other, "conjunct_grievance_verbs"):
            continue  # 'met Putin and closed the border': no grievance to aim the deed
        hit = [a for a in actors if a.actor.code not in own
               and link(sent.doc[a.head], [other]) is not None]
        if hit:
            return hit[:1]
    return []


def raised_object_targets(verb: Token, actors: list[ActorPhrase], sent: Span, own: set[str],
                          link: TargetLink) -> list[ActorPhrase]:
    """'Britain condemned and sanctioned Iran': two verbs joined straight by 'and' before one
    object share it, so the first verb, left with no object of its own, acts on the object
    of the second; a verb that has its own object or clause ('condemned the attack and
    sanctioned Iran') does not."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "obj", "dative", "ccomp", "xcomp", "attr")
                                  for c in verb.children):
        return []
    later = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"
                  and c.i > verb.i), None)
    if later is None or has_subject(later):
        return []
    between = sent.doc[verb.i + 1 : later.i]
    if not len(between) or any(t.dep_ not in ("cc", "punct", "advmod") for t in between):
        return []
    return [a for a in actors if a.actor.code not in own
            and (hit := link(sent.doc[a.head], [later])) is not None and hit[1] is None][:1]


def speaker_country(anchors: list[Token], actors: list[ActorPhrase]) -> list[ActorPhrase]:
    """'Germany's foreign minister said that his country had expelled ...': 'his country',
    'its government', 'the country' as the subject of a clause said by a party's official
    stand for the speaker's own state, so the speaker's party did the deed."""
    for anchor in anchors:
        subject = next((c for c in anchor.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or not has_word(subject, "own_state_nouns") or not any(
                c.dep_ in ("poss", "det") and c.lower_ in OWN_STATE_DETERMINERS
                for c in subject.children):
            continue
        saying = anchor.head
        if anchor.dep_ != "ccomp" or saying.pos_ not in ("VERB", "AUX"):
            continue
        return [a for a in actors if (hit := hang(anchor.doc[a.head], [saying])) is not None
                and hit[1] == "nsubj"]  # 'A and B announced that their governments had ...'
    return []


def _addressee_from_list(verb: Token) -> bool:
    """What is said is a clause ('warns that any attempt would be an act of war'), so the
    verb names no addressee, or the addressee is a pronoun for a party already named; a
    verb with a subject of its own ('after Indian jets struck') is a clause of its own."""
    children = list(verb.children)
    if verb.pos_ != "VERB" or verb.dep_ != "conj" or has_subject(verb):
        return False
    objects = [c for c in children if c.dep_ in ("dobj", "obj", "dative")]
    if objects:
        return len(objects) == 1 and objects[0].lower_ in ("it", "them")
    return any(c.dep_ == "ccomp" for c in children)


def _deed_on_own_thing(verb: Token, actors: list[ActorPhrase]) -> bool:
    """'accused Russia of steering migrants and closed four crossing points': a second deed
    in the list done to the doer's own things (its border, its embassy, its envoy) names
    no party, so it is aimed at the party a first verb of grievance named ('accused',
    'condemned', 'summoned'; lexicon clause_words 'conjunct_grievance_verbs'; the deeds are
    'conjunct_deed_verbs'), not one of a meeting; a deed whose object holds
    a party of its own ('... and closed its embassy in Kabul') keeps that one, and a verb
    with its own subject ('... and Moscow closed') is a clause of its own."""
    if verb.pos_ != "VERB" or verb.dep_ != "conj" or has_subject(verb) or \
            not has_word(verb, "conjunct_deed_verbs"):
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    if not objects:
        return False
    inside = {t.i for o in objects for t in o.subtree}
    return not any(a.head in inside for a in actors) and not _party_before(verb, actors)


def _finite_past_gerund(verb: Token) -> list[Token]:
    """'accused Russia of pushing migrants ... and closed two crossings': a past-tense verb
    cannot be listed with the gerund it was hung on, so it is listed with the verb that
    governs the gerund's 'of' phrase ('accused')."""
    gerund = verb.head
    if verb.tag_ != "VBD" or gerund.tag_ != "VBG" or gerund.dep_ != "pcomp":
        return []
    governor = gerund.head.head
    return [governor] if governor.pos_ == "VERB" and governor.i < gerund.i else []


def _party_before(verb: Token, actors: list[ActorPhrase]) -> bool:
    """'accused Russia on 3 May and Norway closed its border': a party right before the
    verb (past adverbs such as 'then', 'also') is its own subject the parser hung elsewhere."""
    before = verb.i - 1
    while before >= 0 and verb.doc[before].pos_ in ("ADV", "AUX", "PART"):
        before -= 1
    return any(a.start <= before < a.end for a in actors)


def complement_targets(verb: Token, actors: list[ActorPhrase], sent: Span, taken: set[int],
                       link: TargetLink) -> list[ActorPhrase]:
    """'refused to hold talks with Washington': the party of the refused act."""
    acts = [c for c in verb.children if c.pos_ == "VERB" and (c.dep_ == "xcomp" or (
        c.dep_ == "advcl" and _bare_infinitive(c)))] \
        if verb.pos_ == "VERB" else []
    for actor in actors:
        hit = link(sent.doc[actor.head], acts) if acts else None
        if hit is not None and id(actor) not in taken and not _loose_with(actor, hit, sent):
            return [actor]
    return _between_or_in(acts, actors, taken)


def _bare_infinitive(verb: Token) -> bool:
    """'offered on Tuesday to mediate': an infinitive the parser hung as an adverbial clause
    but that has no subject or marker of its own ('as the EU hurries to replace ...')."""
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children) and not any(
        a.dep_ in ("nsubj", "nsubjpass", "mark") for a in verb.children)


def _between_or_in(acts: list[Token], actors: list[ActorPhrase],
                   taken: set[int]) -> list[ActorPhrase]:
    """'offered to mediate between Ethiopia and Somalia', 'pledged to invest $10 billion in
    Pakistan': the parties the promised act is between, or the country money is put into,
    are the ones the offer or pledge is made to."""
    found: list[ActorPhrase] = []
    for act in acts:
        holders = [act, *(o for o in act.children if o.dep_ in ("dobj", "obj"))]  # '$10
        # billion in Pakistan' may hang its 'in' off the sum
        preps = [c for h in holders for c in h.children if c.dep_ == "prep" and (
            c.lower_ in ("between", "among") or (c.lower_ == "in" and has_word(act, "invest_verbs")))]
        inside = {t.i for p in preps for t in p.subtree}
        found += [a for a in actors if a.head in inside and id(a) not in taken
                  and not a.is_place]
    return found


def _loose_with(actor: ActorPhrase, hit: tuple[Token, str | None], sent: Span) -> bool:
    """'agreed to host a mission along its border with Azerbaijan': a 'with' hung on a verb
    that already has an object is as likely the object's as the act's partner; 'agreed to
    suspend its complaint to the WTO': a 'to' after a noun that is addressed to someone (a
    complaint, an appeal) belongs to that noun."""
    verb, prep = hit
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    if prep == "with":
        return sent.doc[actor.head].head.head == verb and bool(objects)
    return prep == "to" and any(has_word(o, "addressed_nouns") and o.i < actor.start for o in objects)


def answered_party(verb: Token, actors: list[ActorPhrase], own: set[str]) -> list[ActorPhrase]:
    """The party whose act the deed answers; 'a few days after Hungary did' is the same act
    done in parallel, not one answered."""
    if verb.pos_ != "VERB":
        return []
    heads = {s.i for c in verb.children if c.dep_ == "advcl" and c.pos_ in ("VERB", "AUX")
             and c.lemma_.lower() != "do"
             and any(m.dep_ == "mark" and m.lower_ in REACTION_MARKS for m in c.children)
             for s in c.children if s.dep_ in ("nsubj", "nsubjpass")}
    return [a for a in actors if _of_subject(verb.doc[a.head], heads) and a.actor.code not in own][:1]


def _of_subject(token: Token, heads: set[int]) -> bool:
    """'after an Indian warship seized a trawler': the party whose thing did a deed to
    something did it; 'after Chinese demand fell' is no one's deed."""
    if token.i in heads:
        return True
    for _ in range(3):
        if token.dep_ not in PARTY_MODIFIERS or token.head == token:
            return False
        token = token.head  # 'Chinese coast guard ships': up to the thing that acted
        if token.i in heads:
            return any(c.dep_ in ("dobj", "obj") for c in token.head.children)
    return False


def judged_in_next_clause(verb: Token, actors: list[ActorPhrase], own: set[str]) -> list[ActorPhrase]:
    """'called the decision regrettable and said Seoul had misread the situation': a judgment
    of an unnamed deed, followed in the same breath by what a party did, judges that party."""
    if verb.pos_ != "VERB" or any(c.dep_ == "ccomp" for c in verb.children):
        return []
    saying = reporting_verbs(active_kb())
    for said in (c for c in verb.children if c.dep_ == "conj" and c.lemma_ in saying):
        doers = {s.i for c in said.children if c.dep_ == "ccomp"
                 for s in c.children if s.dep_ in SUBJECTS}
        hit = [a for a in actors if a.head in doers and a.actor.code not in own]
        if hit:
            return hit[:1]
    return []


def responded_party(verb: Token, actors: list[ActorPhrase], own: set[str]) -> list[ActorPhrase]:
    """'positioned submarines in response to statements by Medvedev', 'in retaliation for
    Israel's strike': the party whose act a deed answers is the one it is aimed at."""
    answers = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
               for g in c.children if g.dep_ == "pobj" and has_word(g, "answer_nouns")]
    inside = {t.i for g in answers for t in g.subtree}
    return [a for a in actors if a.head in inside and a.actor.code not in own][:1]


def parallel_doers(anchors: list[Token], actors: list[ActorPhrase], own: set[str]) -> list[ActorPhrase]:
    """'Turkey ratified it a few days after Hungary's parliament did (the same)': 'do' stands
    for the same act, done by its own subject to the same party."""
    out = []
    for anchor in anchors:
        for clause in anchor.children:
            if clause.dep_ != "advcl" or clause.lemma_.lower() != "do" or any(
                    c.dep_ in ("dobj", "obj") and c.lower_ not in ("same", "so", "likewise")
                    for c in clause.children):
                continue
            doers = {c.i for c in clause.children if c.dep_ == "nsubj"}
            out += [a for a in actors if a.head in doers and a.actor.code not in own]
    return out


def coordinated_cause(verb: Token, actors: list[ActorPhrase], own: set[str]) -> list[ActorPhrase]:
    """'said Finland's accession was an escalation and that Russia would be forced to take
    counter-measures': a threat said in the same breath as another party's deed, in a clause
    coordinated before it, is aimed at that party."""
    current = verb
    for _ in range(3):
        if current.dep_ == "xcomp" and current.head != current:
            current = current.head
            continue
        break
    head = current.head
    if current.dep_ != "conj" or head == current or head.i > current.i or \
            head.dep_ != "ccomp" or not has_subject(current):
        return []  # both clauses are what was said, each with its own subject
    subjects = {t.i for c in head.children if c.dep_ in SUBJECTS for t in c.subtree}
    return [a for a in actors if a.head in subjects and a.actor.code not in own][:1]


def topic_tokens(anchors: list[Token]) -> set[int]:
    """Token indices of what the anchors say was talked over: a talking verb's object or
    complement clause, and any anchor's 'about', 'on' or 'over' phrase."""
    topic: set[int] = set()
    for anchor in anchors:
        for child in anchor.children:
            talked = has_word(anchor, "topic_verbs") and child.dep_ in TOPIC_CLAUSES
            matter = child.dep_ == "prep" and child.lower_ in TOPIC_PREPS and \
                child.i > anchor.i and not any(  # 'On 4 March X held talks': a date
                    has_word(g, "medium_nouns") or g.ent_type_ == "DATE"
                    for g in child.children)
            if talked or matter:
                topic |= {t.i for t in child.subtree} - _partner_tokens(child)
    return topic


def _partner_tokens(topic: Token) -> set[int]:
    """'discussed the war in Ukraine with Putin' parsed with 'with Putin' under 'war': a
    'with' phrase on the topic's own head still names the partner."""
    return {t.i for c in topic.children if c.dep_ == "prep" and c.lower_ == "with"
            for t in c.subtree}


# verbs whose object or 'with' phrase names who was met: clause_words 'meeting_partner_verbs'
JOINT_TYPES = ("AGREE", "CONSULT")


def met_partners(verb: Token, kind: str, actors: list[ActorPhrase],
                 own: set[str]) -> list[ActorPhrase]:
    """'Japan met South Korea and agreed to share intelligence', 'held talks with his
    Japanese counterpart and signed five deals': what the subject does jointly right after
    meeting someone it does with the one it met."""
    if kind not in JOINT_TYPES or verb.pos_ != "VERB" or verb.dep_ != "conj" or \
            has_subject(verb):
        return []
    for other in earlier_conjuncts(verb):
        heads = {t.i for c in _meeting_slots(other) for t in c.subtree}
        hit = [a for a in actors if a.head in heads and a.actor.code not in own]
        if hit:
            return hit
    return []


def _meeting_slots(verb: Token) -> list[Token]:
    """Where a meeting verb names who was met: 'met X', 'spoke with X', 'held talks with X'."""
    meets = has_word(verb, "meeting_partner_verbs")
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    holders = [verb] if meets else []
    holders += [o for o in objects if has_word(o, "meeting_objects")]
    slots = [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
             for g in c.children if g.dep_ == "pobj"]
    return slots + (objects if meets else [])
