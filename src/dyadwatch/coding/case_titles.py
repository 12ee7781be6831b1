"""The parties of a court case, as its title names them: '(Ukraine v. Russian Federation)'.

A case summary tells the written pleadings without repeating whom they are against: 'Ukraine
lodged its written pleading', 'Russia raised three objections to jurisdiction'.
A reader takes the other side from the case title or section heading above ('Allegations of
Genocide (Ukraine v. Russian Federation)', 'II. Maritime Delimitation (Peru v. Chile)'). The
title nearest before the sentence rules, so a note on several cases switches at each
heading, and a 'related cases' list after the text never reaches back.

Each paragraph is parsed alone, so a title in a heading or an earlier paragraph reaches the
pleadings below it through the coder's memory (court_cases.remember_case), lent to each
paragraph's parse under CASE_KEY until another title appears.

The filing nouns ('memorial', 'counter-memorial', 'declaration', 'objection') are common
words elsewhere, so a filing counts only in a document that names a case this way and only
under a verb of filing (lexicon 'clause_words' 'court_filing_nouns', 'filing_verbs').
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dyadwatch.coding.clause_words import clause_words

_VERSUS = ("v.", "v", "vs.", "vs")
# where the coder lends a paragraph the parties of the case titled in an earlier one: a case
# note titles its case once, in a heading, and tells each pleading in a paragraph of its own
CASE_KEY = "dyadwatch_case_parties"


def case_title_before(doc: Doc, index: int) -> tuple[Span, Span] | None:
    """The applicant's and the respondent's names of the nearest 'A v. B' before token
    `index`, each cut at the title's brackets or line ends."""
    for i in range(min(index, len(doc)) - 1, 0, -1):
        token = doc[i]
        if token.lower_ not in _VERSUS or i + 1 >= len(doc):
            continue
        left, right = _name_left(doc, i), _name_right(doc, i)
        if left is not None and right is not None:
            return left, right
    return None


def _stops(token: Token) -> bool:
    return "\n" in token.text or token.text in ("(", ")", ":", ";", "|", ".", ",")


def _name_left(doc: Doc, i: int) -> Span | None:
    start = i
    while start > 0 and not _stops(doc[start - 1]) and i - start < 6:
        start -= 1
    span = doc[start:i]
    return span if any(t.pos_ == "PROPN" for t in span) else None


def _name_right(doc: Doc, i: int) -> Span | None:
    end = i + 1
    while end < len(doc) and not _stops(doc[end]) and end - i < 7:
        end += 1
    span = doc[i + 1:end]
    return span if any(t.pos_ == "PROPN" for t in span) else None


def _answers(noun: Token) -> bool:
    """'counter-memorial', 'preliminary objections': the respondent's side of the case."""
    before = noun.doc[max(noun.i - 2, 0):noun.i]
    countered = any(t.lower_ in ("counter", "counter-") for t in before) or \
        noun.lower_.startswith("counter")
    return countered or noun.lemma_.lower() in clause_words("court_answer_nouns")


def files_in_a_case(noun: Token, answer: bool) -> bool:
    """'lodged its memorial', 'raised objections', 'handed in its
    counter-memorial', in a document that titles a case: a pleading in that case, the
    applicant's (or an intervener's) when `answer` is false, the respondent's when true."""
    words = clause_words("court_filing_nouns") | clause_words("court_answer_nouns")
    if noun.lemma_.lower() not in words and noun.lower_ not in words:
        return False
    if _answers(noun) != answer:
        return False
    verb = noun.head
    if noun.dep_ not in ("dobj", "obj", "nsubjpass") or \
            verb.lemma_.lower() not in clause_words("filing_verbs"):
        return False
    return case_title_before(noun.doc, noun.i) is not None or \
        noun.doc.user_data.get(CASE_KEY) is not None
