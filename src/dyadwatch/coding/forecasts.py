"""Forecasts by onlookers: 'Analysts expect Kazakhstan to press Uzbekistan on market access'.

An analyst's, economist's or market's expectation tells what someone outside the event
thinks may happen; no party has said it will act, and annotators code no event for it.
That differs from a plan in the passive, 'Egypt is expected to sign the deal on Tuesday',
where the expectation is the parties' own arrangement reported by the writer, and which
stays a planned event. The onlooker words and the verbs of forecasting are lists in
lexicon.json (clause_words 'forecasters' and 'forecast_verbs', and 'opinion_verbs' for
the verbs of saying or thinking that make a future act an onlooker's view).
"""

from __future__ import annotations

from spacy.tokens import Token

from dyadwatch.coding.clause_words import clause_words
from dyadwatch.coding.clauses import clause_head

# how an act hangs off the verb that forecasts it: 'expect X to press', 'predict that X will'
FORECAST_LINKS = frozenset({"xcomp", "ccomp", "conj"})
# the forecast verb's own doer: 'analysts expect', 'markets are betting'
DOER_DEPS = frozenset({"nsubj", "nsubjpass"})
FUTURE_AUX = frozenset({"will", "would", "could", "might", "may"})  # modals: closed grammar


def forecast(trigger: Token) -> bool:
    """Whether the act the trigger names is only an onlooker's forecast of it."""
    verb = clause_head(trigger, stop_labels=FORECAST_LINKS)  # a nominal trigger hangs on one
    for _ in range(3):
        if verb.dep_ not in FORECAST_LINKS or verb.head == verb:
            return False
        above = verb.head
        if _forecaster_verb(above) or (_says(above) and _future(verb) and _onlooker(above)):
            return True
        verb = above
    return False


def _forecaster_verb(verb: Token) -> bool:
    """'Analysts expect', 'economists predict': a verb of forecasting said by onlookers."""
    return verb.lemma_.lower() in clause_words("forecast_verbs") and _onlooker(verb)


def _says(verb: Token) -> bool:
    return verb.lemma_.lower() in clause_words("opinion_verbs")


def _future(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children)


def _onlooker(verb: Token) -> bool:
    """The verb's doer is an onlooker: 'analysts', 'most economists', 'Western diplomats
    and analysts'."""
    doers = [c for c in verb.children if c.dep_ in DOER_DEPS]
    doers += [c for d in doers for c in d.conjuncts]
    words = clause_words("forecasters")
    return any(d.lemma_.lower() in words or d.lower_ in words for d in doers)
