"""Scan a sentence for the pieces an actor phrase is built from, and glue them.

Noun chunks miss most diplomatic phrases, so pieces (party words, titles, person
names, movements) are found by a greedy longest match against the knowledge base,
then adjacent pieces joined only by glue words ('of', "'s", honorifics) become one
phrase. Kept apart from resolution so that each can change without the other.
"""

from __future__ import annotations

from functools import partial

from spacy.tokens import Doc, Span, Token

from dyadwatch.coding.actor_names import (
    capital_not_party,
    ends_other_name,
    given_name,
    hyphen_joins,
    in_longer_name,
    is_location_compound,
    known_surname,
    lead_name_word,
    misread_surname,
    name_end,
    name_tail,
    place_locates,
    same_person,
    surname_match,
    surname_ok,
    us_state,
    venue_length,
)
from dyadwatch.coding.actor_postposed import postposed_adjective
from dyadwatch.coding.actor_types import Piece
from dyadwatch.coding.clause_words import clause_words
from dyadwatch.knowledge import Alias, KnowledgeBase

GLUE = {
    "of", "from", "'s", "’s", "the", "for", "Dr.", "Mr.", "Ms.", "Mrs.", "Dr", "Mr", "Ms", "Co.", "Sir",
    "top", "senior", "former", "then", "new", "chief", "acting", "presidential", "deputy",
}
MAX_ALIAS_TOKENS = 10  # 'Organization for Security and Co - operation in Europe'



def _surface_variants(tokens: list[Token]) -> list[str]:
    text = "".join(t.text_with_ws for t in tokens).strip()
    variants = [text]
    if text.isupper() and len(text) > 3:
        variants.append(text.title())
    return variants


def _match_alias(kb: KnowledgeBase, tokens: list[Token]) -> Alias | None:
    for surface in _surface_variants(tokens):
        alias = kb.aliases.get(surface)
        if alias is not None:
            return alias
    return None


def find_pieces(kb: KnowledgeBase, sent: Span, known: frozenset[str] = frozenset()) -> list[Piece]:
    """Greedy longest-match scan for party words, titles and person names.

    `known` holds surnames the article has already tied to a party: the tagger
    often misses a foreign surname on its second mention ('Kilic and Rubinyan met').
    """
    pieces: list[Piece] = []
    tokens = list(sent)
    i = 0
    while i < len(tokens):
        if (skip := venue_length(kb, tokens, i)):
            i += skip  # 'the Gulf of Oman', 'the Gulf of Aden': a sea, not Oman or Aden
            continue
        piece = _longest_piece(kb, sent, tokens, i)
        if piece is None and known_surname(tokens[i], known):
            piece = Piece("person", tokens[i].i, tokens[i].i + 1, text=tokens[i].text)
        if piece is None:
            i += 1
            continue
        if piece.kind == "party" and (is_location_compound(sent.doc, piece.end) or (
                piece.alias is not None and piece.alias.category == "place"
                and not place_locates(sent, piece.start, piece.end)) or (
                piece.alias is not None and piece.alias.category == "capital"
                and capital_not_party(sent.doc, piece.start, piece.end))):
            i = piece.end - sent.start  # 'a Pakistan-based group' is where, not who
            continue
        pieces.append(piece)
        i = piece.end - sent.start
    return pieces


def _longest_piece(kb: KnowledgeBase, sent: Span, tokens: list[Token], i: int) -> Piece | None:
    for length in range(min(MAX_ALIAS_TOKENS, len(tokens) - i), 0, -1):
        window = tokens[i : i + length]
        text = "".join(t.text_with_ws for t in window).strip()
        start, end = window[0].i, window[-1].i + 1
        movement = kb.movements.get(text)
        if movement is not None and (window[0].text[:1].isupper() or window[0].lower_ == "al"):
            return Piece("movement", start, end, movement=movement, text=text)
        alias = _match_alias(kb, window)
        if alias is not None and not (length == 1 and _is_lowercase_word(window[0])) and \
                not _given_name(kb, sent.doc, start, end) and not us_state(sent.doc, start, end):
            return Piece("party", start, end, alias=alias, text=text)
        officials = kb.officials_named(text)
        if officials and window[0].text[:1].isupper() and (length > 1 or (
                (surname_ok(window[0]) or misread_surname(window[0]))
                and not ends_other_name(sent.doc, start, end)
                and not _double_surname(kb, sent.doc, start))):
            stop = name_end(sent.doc, start, end)
            return Piece("person", start, stop, officials=same_person(officials, sent.doc, end, stop),
                         text=sent.doc[start:stop].text)
        place = kb.place_party(text)
        if place and window[0].text[:1].isupper() and not in_longer_name(sent.doc, start, end):
            return Piece("party", start, end, alias=Alias(place, "place"), text=text)
        title = kb.titles.get(text.lower())
        if title is not None:
            return Piece("title", start, end, title=title, text=text)
    token, known = tokens[i], partial(_known_word, kb)
    if (post := postposed_adjective(kb, token)) is not None:
        return Piece("party", token.i, token.i + 1, alias=post, text=token.text)
    lead = lead_name_word(tokens, i, known)
    if (lead or token.ent_type_ == "PERSON") and token.text[:1].isupper() and token.pos_ == "PROPN":
        j = i + 1 if lead else i
        while j < len(tokens) and tokens[j].ent_type_ == "PERSON" and tokens[j].pos_ == "PROPN":
            j += 1
        j = name_tail(tokens, j, known)
        while 0 < j < len(tokens) - 1 and hyphen_joins(tokens[j - 1], tokens[j], tokens[j + 1]):
            j += 2  # 'Daniel Garcia-Pena': a double surname is one name
        span = sent.doc[token.i : tokens[j - 1].i + 1]
        if len(span) == 1 and ends_other_name(sent.doc, span.start, span.end):
            return None  # 'Lockheed Martin'
        names = [w.text for w in span if w.text not in GLUE and w.text != "-"]
        officials = kb.officials_named(" ".join(names)) or (
            surname_match(kb.officials_named(names[-1]),
                          [n for n in names if n.lower() not in kb.titles]) if names else [])
        return Piece("person", token.i, span.end, officials=officials, text=span.text)
    return None


def _double_surname(kb: KnowledgeBase, doc: Doc, start: int) -> bool:
    """'Ambassador Daniel Garcia-Pena' is not the Mexican president Pena Nieto: an official's
    surname that ends a hyphened double surname names another person, unless the word before
    the hyphen is itself a party or a known name ('the Trump-Putin summit')."""
    if start < 2 or not hyphen_joins(doc[start - 2], doc[start - 1], doc[start]):
        return False
    before = doc[start - 2]
    return not (_known_word(kb, before) or kb.officials_named(before.text))


def _known_word(kb: KnowledgeBase, token: Token) -> bool:
    return _match_alias(kb, [token]) is not None or token.lower_ in kb.titles or \
        bool(kb.place_party(token.text)) or token.text in kb.movements


def _given_name(kb: KnowledgeBase, doc: Doc, start: int, end: int) -> bool:
    """'Jordan Bardella' is a person, though 'Russia Sergey Lavrov' names Russia's minister."""
    rest = given_name(doc, start, end)
    return rest is not None and not kb.officials_named(rest)


def _is_lowercase_word(token: Token) -> bool:
    return token.text.islower()


def group_pieces(pieces: list[Piece], sent: Span) -> list[list[Piece]]:
    """Join pieces separated only by glue words into one phrase each."""
    groups: list[list[Piece]] = []
    for piece in pieces:
        if groups and _joinable(groups[-1], piece, sent):
            groups[-1].append(piece)
        else:
            groups.append([piece])
    return groups


def _portfolio(between: list[Token], piece: Piece) -> bool:
    """Words naming a portfolio or rank between a party and its title ('Kenyan health
    minister', "Indonesia's Coordinating Minister") belong to the title."""
    words = between[1:] if between and _possessive_mark(between[0]) else between
    return 0 < len(words) <= 2 and all(
        t.text.isalpha() and t.dep_ in ("compound", "amod")
        and piece.start <= t.head.i < piece.end for t in words)


def _portfolio_then_of(between: list[Token]) -> bool:
    """Readouts write a portfolio between a title and its state ('Deputy Minister of Foreign
    Affairs of Armenia', 'Minister of Industry and Trade of the Republic of Korea'): capitalised
    words after 'of' or 'for', then 'of' (or 'of the') before the state."""
    words = [t.text for t in between]
    tail = 2 if words[-2:] == ["of", "the"] else 1 if words[-1:] == ["of"] else 0
    gap = between[: len(between) - tail]
    return bool(tail) and 1 < len(gap) <= 6 and gap[0].lower_ in ("of", "for") and \
        gap[-1].text.istitle() and gap[-1].is_alpha and all(
            t.lower_ in ("of", "for", "and", "&") or (t.text.istitle() and t.is_alpha)
            for t in gap[1:])


def _possessive_mark(token: Token) -> bool:
    """"'s", or the bare apostrophe of a name ending in s ('the Philippines' foreign
    ministry', 'the United Arab Emirates' president'), which the parser marks as a case
    ending; an apostrophe used as a quote mark is not one."""
    return token.text in ("'s", "’s") or (token.text in ("'", "’") and token.dep_ == "case")


def _joinable(group: list[Piece], piece: Piece, sent: Span) -> bool:
    last = group[-1]
    between = list(sent.doc[last.end : piece.start])
    words = ["'s" if _possessive_mark(t) else t.text for t in between]
    if last.kind == "party" and piece.kind == "title" and _portfolio(between, piece):
        return True  # 'the Malaysian trade minister'
    if last.kind == "title" and piece.kind == "party" and _portfolio_then_of(between):
        return True  # 'Deputy Minister of Foreign Affairs of Armenia'
    if len(words) > 3 or any(w not in GLUE and w != "to" for w in words):
        return False
    if last.kind == "person" or (last.kind == "party" and piece.kind == "party"):
        return False
    if _is_counterpart(last) and "of" in words:
        return False  # 'the Azerbaijani counterpart of US President X' is not X's party
    if last.kind == "party" and words and words[-1] == "the":
        return False  # 'in Vienna the Foreign Minister of Greece': a new noun phrase
    if last.kind == "party" and piece.kind == "person" and piece.officials and last.alias and \
            all(o.party != last.alias.code for o in piece.officials):
        return False  # 'the Presidents of Azerbaijan and Russia Ilham Aliyev and Vladimir Putin'
    if "from" in words and last.kind == "title" and last.start > 0 and \
            sent.doc[last.start - 1].dep_ == "poss":
        return False  # 'withdrew their forces from Mali': whose forces is said; Mali is where
    if "to" in words:
        # 'Ambassador to Washington' names a posting; the posted country joins the phrase
        return last.kind == "title" and last.title is not None and last.title.level in (
            "ambassador", "envoy")
    return not (piece.kind == "party" and any(w in ("'s", "’s") for w in words))


def _is_counterpart(piece: Piece) -> bool:
    return piece.kind == "title" and piece.text.lower() in clause_words("counterpart_words")
