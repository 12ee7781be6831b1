"""Language identification of an article's main text, with lingua.

The detector is built lazily, once per process and per candidate set, and lingua
loads each language's model only when a text needs it, so a process that sees only
English pays for a few Latin-script models (about 35 MB, 25 ms at the first call).
We classify a bounded sample of the main text (boilerplate lines skipped,
paragraphs first) in low-accuracy mode, which is right on paragraphs and about a
third cheaper; a text with too few letters, or no clear winner, gets None.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

from lingua import IsoCode639_1, LanguageDetector, LanguageDetectorBuilder

from dyadwatch.clean.quality import main_lines
from dyadwatch.records import Span

DEFAULTS: dict[str, Any] = {
    "candidates": ["en", "ru", "fr", "de", "es", "pt", "it", "ar", "fa", "tr", "az", "hy", "ka",
                   "uk", "zh", "ja", "ko", "hi", "ur", "nl", "pl", "el", "he", "kk", "id", "ro",
                   "sr", "sv"],
    "sample_chars": 600,      # characters of main text classified
    "paragraph_chars": 60,    # lines at least this long are paragraphs, sampled first
    "min_letters": 40,        # fewer letters than this: too short to tell
    "min_confidence": 0.5,    # lingua's confidence of the best language, else None
    "low_accuracy": True,
}


def detect(text: str, boilerplate: Iterable[Span] = (),
           settings: Mapping[str, Any] | None = None) -> str | None:
    """ISO 639-1 code of the text's main language, or None when too short or unclear."""
    conf = {**DEFAULTS, **(settings or {})}
    sample = main_sample(text, boilerplate, int(conf["sample_chars"]), int(conf["paragraph_chars"]))
    if sum(c.isalpha() for c in sample) < int(conf["min_letters"]):
        return None
    detector = _detector(tuple(sorted(str(c).lower() for c in conf["candidates"])),
                         bool(conf["low_accuracy"]))
    ranked = detector.compute_language_confidence_values(sample)
    if not ranked or ranked[0].value < float(conf["min_confidence"]):
        return None
    return ranked[0].language.iso_code_639_1.name.lower()


def main_sample(text: str, boilerplate: Iterable[Span] = (), limit: int = 600,
                paragraph_chars: int = 60) -> str:
    """Up to `limit` characters of main text: paragraphs first, then shorter lines."""
    paragraphs: list[str] = []
    short: list[str] = []
    for _, _, line in main_lines(text, boilerplate):
        stripped = line.strip()
        (paragraphs if len(stripped) >= paragraph_chars else short).append(stripped)
    taken: list[str] = []
    size = 0
    for line in paragraphs + short:
        if size >= limit:
            break
        piece = line[:limit - size]
        taken.append(piece)
        size += len(piece) + 1
    return "\n".join(taken)


@lru_cache(maxsize=4)
def _detector(codes: tuple[str, ...], low_accuracy: bool) -> LanguageDetector:
    isos = [getattr(IsoCode639_1, code.upper()) for code in codes
            if hasattr(IsoCode639_1, code.upper())]
    if len(isos) < 2:
        isos = [IsoCode639_1.EN, IsoCode639_1.FR]  # lingua needs two; a bad list still works
    builder = LanguageDetectorBuilder.from_iso_codes_639_1(*isos)
    if low_accuracy:
        builder = builder.with_low_accuracy_mode()
    return builder.build()
