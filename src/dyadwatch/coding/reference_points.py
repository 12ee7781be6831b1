"""Past occasions named only to measure the present one by.

News prose dates today's event against an older one: 'their first talks since the Chilean
leader's trip to Lima', 'her first visit to Africa since 2018, when she also toured Ghana',
'the first Korean minister to go there since the port was shelled in 1950', 'Six years
ago, on my trip to Hanoi, we agreed a partnership'. The older
occasion is background: annotators give it no line (or an optional one), and the coder,
which has no date of its own for it, dates it by the sentence's date phrases, so it comes
out as a false event on today's date or on the year of the 'since'.

Two English marks set such an occasion apart. 'since' before a noun phrase or a dated
clause opens the span of time the present event ends, so everything inside it lies before
the news; a causal 'since' ('since Hungary refused, the EU ...') carries no year and is
left alone. 'N years ago' counts back from the telling, and an act it frames lies years
before the news; 'two weeks ago' or 'days ago' are left alone, because a recent act is
often the news itself.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from dyadwatch.coding.clause_words import clause_words

YEAR = re.compile(r"^(1[89]|20)\d\d$")
# a conjoined or run-on clause tells its own occasion: 'Two years ago the talks
# collapsed, but on Monday they met' sets only the first one back
OWN_CLAUSE_EDGES = frozenset({"conj", "parataxis"})


def reference_point(trigger: Token) -> bool:
    """Whether the trigger tells an older occasion named only as a point of reference. The
    walk up from the trigger stops at a conjunct clause: its ancestors' 'ago' or 'since'
    frame the first conjunct, not this one."""
    node = trigger
    while True:
        if _since_span(node) or _years_ago(node):
            return True
        if node.dep_ in OWN_CLAUSE_EDGES or node.head.i == node.i:
            return False
        node = node.head


def _since_span(node: Token) -> bool:
    """'since the trip', 'since 2018, when she toured', 'since the port was shelled in
    1950': the node is what a temporal 'since' governs."""
    if node.dep_ == "pobj" and node.head.lower_ == "since":
        return True
    return any(c.dep_ == "mark" and c.lower_ == "since" for c in node.children) and any(
        YEAR.match(t.text) for t in node.subtree)


def _years_ago(node: Token) -> bool:
    """'Six years ago, on my trip': the clause or phrase is set years back."""
    units = clause_words("years_ago_units")
    for child in node.children:
        if child.lower_ == "ago" and any(t.lower_ in units for t in child.subtree):
            return True
    return False
