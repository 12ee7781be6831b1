"""Past occasions named only to measure the present one by.

News prose dates today's event against an older one: 'their first meeting since the
Russian president's visit to Pyongyang', 'his first trip to Europe since 2019, when he also
visited France', 'the first Japanese leader to go there since the city was bombed in 1942',
'Nine years ago, during my visit to Kuala Lumpur, we declared a partnership'. The older
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

YEAR = re.compile(r"^(1[89]|20)\d\d$")
YEAR_UNITS = frozenset({"year", "years", "decade", "decades"})


def reference_point(trigger: Token) -> bool:
    """Whether the trigger tells an older occasion named only as a point of reference."""
    return any(_since_span(node) or _years_ago(node) for node in (trigger, *trigger.ancestors))


def _since_span(node: Token) -> bool:
    """'since the visit', 'since 2019, when he visited', 'since the city was bombed in
    1942': the node is what a temporal 'since' governs."""
    if node.dep_ == "pobj" and node.head.lower_ == "since":
        return True
    return any(c.dep_ == "mark" and c.lower_ == "since" for c in node.children) and any(
        YEAR.match(t.text) for t in node.subtree)


def _years_ago(node: Token) -> bool:
    """'Nine years ago, during my visit': the clause or phrase is set years back."""
    for child in node.children:
        if child.lower_ == "ago" and any(t.lower_ in YEAR_UNITS for t in child.subtree):
            return True
    return False
