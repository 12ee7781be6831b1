"""Condemnations that accuse no one: 'condemned the terrorist attack in Islamabad'.

States condemn violence in other states to show sympathy: the place where the bombing
happened is the victim's, not the culprit's, and the condemner did not attack anyone. Only
a deed whose doer is named ('the Israeli strike', 'Israel's attack') is an accusation.
Split out of trigger_rules.py to keep that module short.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyadwatch.coding.clause_words import clause_words

# clause_words 'condemned_violence', read at use time: violence one condemns ('condemned
# the bombing in Mogadishu'), and 'attack_kinds', words that say which deed by its kind ('the
# terrorist attack'). The prepositions below are grammar and stay here:
# where the violence happened or whom it hit, not who did it
SCENE_PREPS = frozenset({"in", "at", "on", "against", "near", "outside", "inside"})
PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside"})


def condemns_unnamed_violence(verb: Token) -> bool:
    """'condemned the terrorist attack in Islamabad': a condemnation naming no culprit is
    sympathy with the place hit, not an accusation of the country where it happened.
    'the Israeli strike', 'Israel's attack', 'the attack by the rebels' name the culprit."""
    deeds = [c for c in verb.children if c.dep_ in ("dobj", "obj")
             and c.lemma_.lower() in clause_words("condemned_violence")]
    return bool(deeds) and all(_told_by_place(d) and not _names_culprit(d) for d in deeds)


def _told_by_place(deed: Token) -> bool:
    """'the bombing in Mogadishu', 'the terrorist attack' say which deed by its place or
    kind; a bare 'the attack' or 'the reported strikes' points back to a deed told before,
    whose doer the story has named. The place may hang off what was hit: 'the bombing of
    a mosque in Kabul'."""
    return any((c.dep_ == "prep" and c.lower_ in PLACE_PREPS) or
               (c.dep_ in ("amod", "compound") and c.lower_ in clause_words("attack_kinds"))
               for c in deed.children) or any(_told_by_place(t) for t in _things_hit(deed))


def _things_hit(deed: Token) -> list[Token]:
    """The common noun after 'of' that names what was hit ('the bombing of a mosque'), not a
    doer ('the attack of the rebels' is rare, 'of Russia' a name and so a culprit)."""
    return [g for c in deed.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]


def condemned_deed(noun: Token) -> bool:
    """'Pakistan condemned the terrorist attack at a concert hall near Moscow': the deed
    condemned with no culprit named is no attack by the state that condemns it."""
    verb = noun.head
    return noun.dep_ in ("dobj", "obj") and verb.pos_ == "VERB" and \
        verb.lemma_.lower() in clause_words("condemning_verbs") and \
        condemns_unnamed_violence(verb)


def _names_culprit(deed: Token) -> bool:
    """A party word on the deed outside its scene, its day ('last Friday') and what a
    relative clause adds ('which claimed 130 lives') names who did it; a participle may
    name the doer ('the attack carried out by X')."""
    aside = {t.i for c in deed.children if (c.dep_ == "prep" and c.lower_ in SCENE_PREPS)
             or c.dep_ == "relcl" or c.ent_type_ in ("DATE", "TIME")
             for t in c.subtree}
    aside |= {t.i for g in _things_hit(deed) for t in g.subtree}
    return any(t.i not in aside and t != deed and (
        t.pos_ == "PROPN" or t.dep_ == "poss" or t.ent_type_ in ("NORP", "GPE", "ORG"))
        for t in deed.subtree)
