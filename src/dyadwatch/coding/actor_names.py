"""Whether a capitalised word is a person's name the article already introduced, and
whether a named place (places.json) stands for the party holding it.

The tagger reads a foreign surname at the start of a sentence as a common noun
('Guterres condemned ...') and the surname 'May' as a month or a modal verb;
knowing that the article named the person decides it. A place is a party only as
a site or a seat ('struck Natanz', 'ambassador from Tel Aviv'), never as an agent
or a label of another noun.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from dyadwatch.coding.clause_words import clause_words
from dyadwatch.datetext import MONTHS
from dyadwatch.knowledge import KnowledgeBase, Official


def known_surname(token: Token, known: frozenset[str]) -> bool:
    """A surname the article already tied to a party, even when the tagger calls it a noun
    ('Guterres condemned ...'); a month-word only when a finite verb follows ('May said')."""
    if token.text not in known or not token.text[:1].isupper():
        return False
    if token.lower_ in MONTHS:
        return month_name_subject(token)
    return token.pos_ in ("PROPN", "NOUN")


def month_name_subject(token: Token) -> bool:
    """'May spoke', 'May had said': a modal 'may' takes a bare verb, so a past or third-person
    verb after the capitalised word shows a name."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if following is None or following.tag_ not in ("VBD", "VBZ"):
        return False
    before = token.doc[token.i - 1] if token.i > 0 else None
    # 'talks on 4 May ended', 'in early May agreed': a day number or a date preposition
    # before the word makes it the month, whatever verb follows
    return before is None or not (before.like_num or before.lower_ in _DATE_LEADS
                                  or before.text[:-2].isdigit())


_DATE_LEADS = frozenset({"on", "in", "since", "until", "till", "from", "early", "late", "mid",
                         "of", "by", "through", "last", "next", "this", "-"})


# Nouns a place may name the site of ('the Natanz facility', 'the Erbil airport'); before any
# other noun a place is a label, not the party ('Tigray forces', 'the Kyoto Protocol').
# lexicon clause_words "site_nouns"


def in_longer_name(doc: Doc, start: int, end: int) -> bool:
    """'Sydney Smith', 'Whitney Houston': a place word inside a longer person's name."""
    return any(doc[i].ent_type_ == "PERSON" and doc[i].pos_ == "PROPN"
               for i in (start - 1, end) if 0 <= i < len(doc))


def place_locates(sent: Span, start: int, end: int) -> bool:
    """A place stands for the party holding it where it is a site or a seat ('struck Natanz',
    'a base near Erbil', 'ambassador from Tel Aviv'), not where it acts ('Quebec said'), ends
    a route, or labels another noun ('Tigray forces')."""
    head = next((t for t in sent.doc[start:end] if not start <= t.head.i < end
                 or t.head.i == t.i), sent.doc[end - 1])
    if head.dep_ in ("nsubj", "poss") or _on_route(head):
        return False
    if head.dep_ in ("compound", "amod", "nmod") and head.head.i != head.i:
        return head.head.lower_ in clause_words("site_nouns")
    return True


def _on_route(token: Token) -> bool:
    """'flying from Baku to Grozny': the ends of a route are where a craft went, not a host."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in ("to", "from", "towards"):
        return False
    ends = {c.lower_ for c in prep.head.children if c.dep_ == "prep"}
    return {"from", "to"} <= ends or ("from" in ends and "towards" in ends)


# entities whose name may end in a surname of an official ('Lockheed Martin')
NAMED_THINGS = {"ORG", "FAC", "PRODUCT", "WORK_OF_ART"}


def given_name(doc: Doc, start: int, end: int) -> str | None:
    """'Jordan Bardella', 'Chad Hurley': a one-word country or alias that opens a longer
    person's name may be that person's given name; the rest of the name, to be checked."""
    if end - start != 1 or end >= len(doc):
        return None
    first, rest = doc[start], end
    while rest < len(doc) and doc[rest].ent_iob_ == "I" and doc[rest].pos_ == "PROPN":
        rest += 1
    if first.ent_type_ != "PERSON" or first.ent_iob_ != "B" or rest == end:
        return None
    return doc[end:rest].text


def ends_other_name(doc: Doc, start: int, end: int) -> bool:
    """'Lockheed Martin': a one-word surname right after a company or site name ends that
    name and is no person."""
    if end - start != 1 or start == 0:
        return False
    before = doc[start - 1]
    return before.pos_ == "PROPN" and before.text[:1].isupper() and \
        before.ent_type_ in NAMED_THINGS


# country names that are also names of U.S. states, and the offices only such a state has
STATE_NAMESAKES = {"Georgia"}
# lexicon clause_words "us_state_offices"


def us_state(doc: Doc, start: int, end: int) -> bool:
    """'Georgia's governor', 'the Georgia legislature': a state governor or legislature
    shows the U.S. state, not the country of the same name."""
    if doc[start:end].text not in STATE_NAMESAKES:
        return False
    after = [t.lower_ for t in doc[end : end + 3] if t.lower_ not in ("'s", "’s", "state")]
    return bool(after) and after[0] in clause_words("us_state_offices")


def is_location_compound(doc: Doc, end: int) -> bool:
    """'a Pakistan-based group' is where, not who. A ship's flag ('a Greek-flagged tanker')
    is kept: the flag state is the party of what is done to its ship (nonparties.py)."""
    return end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in (
        "based", "born", "headquartered")


def surname_ok(token: Token) -> bool:
    """A bare surname is a person only as a proper noun outside other entities ('May 28',
    'Blair House')."""
    if token.lower_ in MONTHS:
        return token.text[:1].isupper() and month_name_subject(token)
    if token.i > 0 and token.doc[token.i - 1].lower_ == "the" and token.dep_ != "compound":
        return False  # 'accused the West': a surname takes no article ('the Putin regime' may)
    if token.ent_type_ == "DATE":
        return token.pos_ == "PROPN" and _opens_entry(token)
    if token.pos_ != "PROPN":
        return False
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    inside = token.ent_iob_ == "I" or (following is not None and following.ent_iob_ == "I")
    return token.ent_type_ in ("PERSON", "") or not inside


def _opens_entry(token: Token) -> bool:
    """'March 4 - Aoun and al-Sharaa meet': the tagger runs a chronology entry's date on into
    the surname after its dash; a name right after the dash or colon opens the entry's text."""
    return token.i > 0 and token.doc[token.i - 1].text in ("-", "–", "—", ":")


def surname_match(officials: list[Official], names: list[str]) -> list[Official]:
    """'Johari Abdul Ghani' is not 'Ashraf Ghani': a longer name whose other words the
    official's name lacks is another person with the same surname ('Mr. Wang Yi' and
    'Wang' alone still match)."""
    given = [n for n in names[:-1] if n[:1].isupper() and not n.endswith(".")]
    if not given:
        return officials
    return [o for o in officials if any(g in o.name.split() for g in given)]


def lead_name_word(tokens: list[Token], i: int, known: Callable[[Token], bool]) -> bool:
    """'Deputy Foreign Minister Do Hung Viet', 'President To Lam': the tagger leaves a short
    family name that is also an English word outside the person it starts; after a
    capitalised title word it is the name's first part."""
    token = tokens[i]
    return 0 < i < len(tokens) - 1 and token.pos_ == "PROPN" and token.ent_type_ == "" \
        and token.text[:1].isupper() and tokens[i - 1].text[:1].isupper() \
        and tokens[i - 1].pos_ == "PROPN" and tokens[i + 1].ent_type_ == "PERSON" \
        and tokens[i + 1].ent_iob_ == "B" and not known(token) and known(tokens[i - 1])


def name_tail(tokens: list[Token], j: int, known: Callable[[Token], bool]) -> int:
    """'Le Minh Khai', 'Hun Manet': the tagger may end a name early, or on a word it reads
    as a place or an organisation; one more capitalised proper noun bound to the name, known as no
    party, place or title, is still the name."""
    if 0 < j < len(tokens):
        token, last = tokens[j], tokens[j - 1]
        if token.pos_ == "PROPN" and token.text[:1].isupper() and token.ent_iob_ != "I" \
                and token.ent_type_ not in ("DATE", "TIME", "PERSON", "CARDINAL") \
                and (last.head.i == token.i or token.head.i == last.i) and not known(token):
            return j + 1
    return j


def name_end(doc: Doc, start: int, end: int) -> int:
    """An alias can stop inside the tagged name ('President Xi' of 'President Xi Jinping'):
    the rest is the same person, not a second, unknown one; so does a full name's hyphened
    second surname ('Martin Vidal-Macron'), though a lone surname's hyphen joins two people
    ('the Xi-Biden talks')."""
    while end < len(doc):
        if doc[end].ent_iob_ == "I" and doc[end].ent_type_ == "PERSON" and doc[end].pos_ == "PROPN":
            end += 1
        elif end - start >= 2 and end + 1 < len(doc) and \
                hyphen_joins(doc[end - 1], doc[end], doc[end + 1]):
            end += 2
        else:
            return end
    return end


# Arabic and other name particles written with a hyphen before a surname ('Al-Sharaa')
# lexicon clause_words "name_particles"


def hyphen_joins(before: Token, dash: Token, after: Token) -> bool:
    """'Garcia-Pena': two capitalised words joined by a hyphen without spaces."""
    return dash.text == "-" and not before.whitespace_ and not dash.whitespace_ and \
        before.is_alpha and after.is_alpha and before.text[:1].isupper() and \
        after.text[:1].isupper() and before.lower_ not in clause_words("name_particles")




# Nouns naming a meeting, a negotiating format or a text; a city before one is the label of
# that meeting or text ('the Vilnius summit', 'the Rome Statute', 'the Minsk agreements',
# 'the Astana format'), where it was held or signed, not a party to it.
# lexicon clause_words "named_event_heads"
_MODIFIER_DEPS = ("compound", "amod", "nmod")


def capital_not_party(doc: Doc, start: int, end: int) -> bool:
    """A capital's name that labels a meeting or a text, or is an English adjective the
    tagger reads as one ('Male voters', beside 'talks in Male'), is no party."""
    word = doc[start]
    if end - start == 1 and word.tag_ == "JJ" and word.ent_type_ == "":
        return True
    return labels_meeting(doc, start, end)


def labels_meeting(doc: Doc, start: int, end: int) -> bool:
    """'the Vilnius Summit', 'the Oslo peace process': a city modifying a meeting or treaty
    noun names it; 'the Moscow-Kyiv talks' (a hyphened pair) still names its two parties."""
    if any(0 <= i < len(doc) and doc[i].text in ("-", "–", "—") for i in (start - 1, end)):
        return False
    token = doc[end - 1]
    while token.dep_ in _MODIFIER_DEPS and token.head.i > token.i:
        token = token.head
        if token.lower_ in clause_words("named_event_heads"):
            return True
    return False


def same_person(officials: list[Official], doc: Doc, end: int, name_stop: int) -> list[Official]:
    """'Ibrahim Shaheeb' is not the official 'Khazar Ibrahim' matched by the alias 'Ibrahim':
    a name the tagger runs on past an alias is that official's only if every further word
    belongs to the official's name or aliases ('President Xi' + 'Jinping')."""
    extra = [t.text for t in doc[end:name_stop]]
    if not extra:
        return officials
    return [o for o in officials
            if all(w in o.name.split() or any(w in a.split() for a in o.aliases) for w in extra)]


def misread_surname(token: Token) -> bool:
    """'Albanese and Xi met', 'Lula told reporters': the tagger may read a leader's surname at
    a clause's head as a demonym or a common noun; a capitalised word the table knows as an
    official's name, standing alone as subject or object, is the person."""
    if not token.text[:1].isupper() or token.text.isupper() or token.lower_ in MONTHS:
        return False
    if _paired_with_person(token):
        return True  # '15 November - Albanese and Xi Jinping meet'
    if _bare_subject(token):
        return True  # 'Whipps accused Beijing', 'Tobgay told reporters'
    if token.ent_type_ not in ("NORP", "PERSON") or token.pos_ not in ("ADJ", "NOUN"):
        return False
    return token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj") and \
        not any(c.dep_ in ("det", "amod", "compound") for c in token.children)


# an official's surname that is also an English word (lexicon 'common_word_surnames') is
# read as the word when the tagger says so
_TAG_SLIPS = ("NOUN", "ADJ", "VERB")
_NOT_NAME_KIDS = ("det", "amod", "compound", "poss", "nummod", "prep", "case")


def _bare_subject(token: Token) -> bool:
    """An unfamiliar surname opening a sentence is often tagged a noun, an adjective or a verb
    ('Whipps accused ...', 'Albanese visits ...'); a capitalised official's name standing bare
    as the subject, or as the first word before the verb, is the person unless it is also an
    English word."""
    if token.pos_ not in _TAG_SLIPS or token.lower_ in clause_words("common_word_surnames"):
        return False
    if any(c.dep_ in _NOT_NAME_KIDS for c in token.children):
        return False
    if token.dep_ in ("nsubj", "nsubjpass"):
        return True
    head = token.head
    return token.i == token.sent.start and head.i == token.i + 1 and head.pos_ in ("VERB", "AUX")


def _paired_with_person(token: Token) -> bool:
    """A word joined by 'and' to a tagged person's name is a name too."""
    doc = token.doc
    return token.pos_ in ("ADJ", "NOUN", "PROPN") and \
        token.i + 2 < len(doc) and doc[token.i + 1].lower_ == "and" and \
        doc[token.i + 2].ent_type_ == "PERSON" and doc[token.i + 2].pos_ == "PROPN"


def venue_length(kb: KnowledgeBase, tokens: list[Token], i: int) -> int:
    """The length of a name of several words that stands for no party and starts here
    (a sea named after a state, a venue), so that the state's name inside it is not read."""
    if not tokens[i].text[:1].isupper():
        return 0
    for length in range(min(4, len(tokens) - i), 1, -1):
        text = "".join(t.text_with_ws for t in tokens[i : i + length]).strip()
        if kb.place_party(text):
            return 0  # 'New York City' is a place of the USA, whatever 'New York' alone is
        if kb.is_international_venue(text):
            return length
    return 0
