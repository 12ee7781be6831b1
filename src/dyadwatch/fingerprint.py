"""Fingerprints of an article's main text, for exact and near-duplicate detection.

The same wire story reaches us from many sites, each with its own headline,
menus and share bars. Both fingerprints are computed on the text without its
boilerplate lines and without case or spacing differences, so those copies
compare equal (exact) or close (near). MinHash over word shingles estimates
Jaccard similarity from a fixed-size signature; banding the signature (LSH)
lets the store find candidates by equality lookups instead of comparing every
pair of documents.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence

import numpy as np

from dyadwatch.records import Span

PERMUTATIONS = 128
BANDS = 32  # 32 bands of 4 rows: pairs above ~0.45 Jaccard share a band with high odds
SHINGLE = 5
MIN_WORDS = 8
NEAR = 0.6  # estimated Jaccard from which two texts are one story (a headline and a
# paragraph changed on a 100-word story still leave ~0.8)
_PRIME = (1 << 61) - 1
_rng = np.random.default_rng(20221)  # fixed: signatures must agree across runs and machines
_A = _rng.integers(1, 1 << 31, PERMUTATIONS, dtype=np.uint64)
_B = _rng.integers(0, 1 << 31, PERMUTATIONS, dtype=np.uint64)
_WORD = re.compile(r"\w+")


def main_text(text: str, boilerplate: Iterable[Span] = ()) -> str:
    """The text with boilerplate spans cut out, lower-cased, spacing collapsed."""
    pieces, position = [], 0
    for span in sorted(boilerplate, key=lambda s: s.start):
        pieces.append(text[position:span.start])
        position = max(position, span.end)
    pieces.append(text[position:])
    return " ".join(_WORD.findall(" ".join(pieces).casefold()))


def text_hash(text: str, boilerplate: Iterable[Span] = ()) -> str:
    """Equal for copies that differ only in boilerplate, case, spacing or punctuation.

    Empty for texts of fewer than MIN_WORDS words: pages that are all furniture
    ('Subscribe', '...') would otherwise all count as copies of one another.
    """
    main = main_text(text, boilerplate)
    if len(main.split()) < MIN_WORDS:
        return ""
    return hashlib.sha256(main.encode("utf-8")).hexdigest()


def signature(text: str, boilerplate: Iterable[Span] = ()) -> tuple[int, ...]:
    """MinHash of word shingles; empty for texts too short to compare meaningfully."""
    words = main_text(text, boilerplate).split()
    if len(words) < SHINGLE * 4:
        return ()
    shingles = {" ".join(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}
    hashes = np.fromiter(
        (int.from_bytes(hashlib.blake2b(s.encode("utf-8"), digest_size=4).digest(), "little")
         for s in shingles), dtype=np.uint64, count=len(shingles))
    # (a*h + b) mod p for every permutation at once: a, h < 2**32 keeps it inside uint64.
    permuted = (np.outer(_A, hashes) + _B[:, None]) % np.uint64(_PRIME)
    return tuple(int(v) for v in permuted.min(axis=1))


def bands(sig: Sequence[int]) -> list[int]:
    """One key per band; two signatures sharing any key are near-duplicate candidates."""
    if len(sig) != PERMUTATIONS:
        return []
    rows = PERMUTATIONS // BANDS
    keys = []
    for band in range(BANDS):
        chunk = ",".join(str(v) for v in sig[band * rows:(band + 1) * rows])
        digest = hashlib.blake2b(f"{band}:{chunk}".encode(), digest_size=8).digest()
        keys.append(int.from_bytes(digest, "little", signed=True))
    return keys


def similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """Estimated Jaccard similarity of the two texts' shingle sets."""
    if not a or len(a) != len(b):
        return 0.0
    return sum(1 for x, y in zip(a, b, strict=True) if x == y) / len(a)
