"""Document quality: flags for SEO spam, machine-translated text and truncated pages, and a score.

Every cue list and threshold lives in `knowledge/quality.json` (section "quality"),
so analysts can tune them without code. Each family of cues gives a strength in
0..1 from counts on the main text (boilerplate lines skipped); a family at or above
`flag_at` becomes a flag, and the score is the product of (1 - weight * strength)
over the families: 1.0 is clean prose. The checks are plain counting and regular
expressions: deterministic, and a few milliseconds per article.

Flags are facts for filtering: flagged articles are still coded.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from dyadwatch.knowledge import KnowledgeBase
from dyadwatch.records import Span

FLAG_ORDER = ("spam", "machine_translated", "truncated", "non_english")
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
NON_WORD = re.compile(r"[\W_]+")
URL = re.compile(r"https?://|\bwww\.[a-z0-9-]", re.IGNORECASE)
ELLIPSIS = ("...", "…", "[…]", "[...]", "(...)")
TERMINAL = (".", "!", "?", '"', "”", "’", "'", ")", "]", "»", ":", ";", "*")
# Words glued to the next ('inKarabakh'), after a full stop or comma without a space
# ('leadership.Russia'), inside a camel word ('discussionErdogan'), to digits ('with1960').
GLUED_AFTER_STOP = re.compile(r"[a-z]{3,}[.,][A-Z][a-z]{2,}")
GLUED_CAMEL = re.compile(r"\b([A-Za-z][a-z]+)(?=[A-Z][a-z]{2,})")
GLUED_DIGITS = re.compile(r"\b[a-z]{2,}\d{2,}\b|\b\d{2,}[A-Z][a-z]+\b")


@dataclass(frozen=True)
class Assessment:
    """Flags in a fixed order, the 0..1 score, and the measurements behind them."""

    flags: tuple[str, ...]
    score: float
    strengths: dict[str, float] = field(default_factory=dict)
    cues: dict[str, float] = field(default_factory=dict)


def assess(kb: KnowledgeBase, text: str, boilerplate: Iterable[Span] = (),
           title: str | None = None, language: str | None = None) -> Assessment:
    """Quality flags and score of an article's text; `language` as `language.detect` gave it."""
    rules = _rules(kb)
    lines = [line for _, _, line in main_lines(text, boilerplate)]
    body = "\n".join(lines)
    words = WORD.findall(body)
    cues: dict[str, float] = {"words": float(len(words))}
    strengths = {
        "spam": _spam(rules, lines, body, words, cues),
        "machine_translated": (_translated(rules, lines, body, words, cues)
                               if language in (None, "en") else 0.0),
        "truncated": _truncated(rules, text, lines, words, title, cues),
    }
    flag_at = float(rules.conf.get("flag_at", 0.5))
    flags = [name for name, value in strengths.items() if value >= flag_at]
    if language is not None and language != "en":
        flags.append("non_english")
    score = 1.0
    for name, value in strengths.items():
        score *= 1.0 - float(rules.weights.get(name, 0.5)) * value
    return Assessment(tuple(f for f in FLAG_ORDER if f in flags), round(max(0.0, score), 3),
                      {k: round(v, 3) for k, v in strengths.items()},
                      {k: round(v, 3) for k, v in cues.items()})


def main_lines(text: str, boilerplate: Iterable[Span] = ()) -> Iterator[tuple[int, int, str]]:
    """(start, end, line) of each non-empty line not inside a boilerplate span."""
    spans = sorted(boilerplate, key=lambda s: s.start)
    index = 0
    position = 0
    for line in text.split("\n"):
        start, end = position, position + len(line)
        position = end + 1
        while index < len(spans) and spans[index].end < start:
            index += 1
        if not line.strip():
            continue
        if index < len(spans) and spans[index].start <= start and end <= spans[index].end:
            continue
        yield start, end, line


def _clamp(value: float) -> float:
    return max(0.0, min(1.0, value))


def _ramp(value: float, floor: float, full: float) -> float:
    """0 at `floor` or below, 1 at `full` or above, linear between."""
    return _clamp((value - floor) / (full - floor)) if full > floor else float(value >= full)


# --- spam -------------------------------------------------------------------------------

def _spam(rules: _Rules, lines: list[str], body: str, words: list[str],
          cues: dict[str, float]) -> float:
    conf = rules.spam
    n = max(len(words), 1)
    least = int(conf.get("repeated_line_words", 3))
    keys = (" ".join(NON_WORD.sub(" ", line.lower()).split()) for line in lines)
    normal = Counter(key for key in keys if key.count(" ") + 1 >= least)
    repeated = max(normal.values(), default=0)
    density = _keyword_density(rules, words)
    lower = body.lower()
    cta = sum(lower.count(phrase) for phrase in rules.cta)
    links = len(URL.findall(body))
    lists = sum(_keyword_list(rules, line) for line in lines)
    bangs = body.count("!")
    cues.update(repeated_line=repeated, keyword_density=density, calls_to_action=cta,
                links=links, keyword_lists=lists, exclamations=bangs)
    cta_strength = _clamp(cta * 1000 / n / float(conf.get("cta_per_1000_full", 10)))
    if cta < 2:
        cta_strength = min(cta_strength, 0.45)  # one phrase alone never makes spam
    parts = (
        _ramp(repeated, float(conf.get("repeated_line_floor", 2)),
              float(conf.get("repeated_line_full", 4))),
        _ramp(density, float(conf.get("keyword_density_floor", 0.05)),
              float(conf.get("keyword_density_full", 0.12))),
        cta_strength,
        _ramp(links * 100 / n, float(conf.get("links_per_100_floor", 0.5)),
              float(conf.get("links_per_100_full", 2.5))) * (links >= int(conf.get("min_links", 3))),
        _ramp(lists, float(conf.get("list_lines_floor", 1)), float(conf.get("list_lines_full", 3))),
        _ramp(bangs * 1000 / n, float(conf.get("exclamations_per_1000_floor", 4)),
              float(conf.get("exclamations_per_1000_full", 20)))
        * (bangs >= int(conf.get("min_exclamations", 3))),
    )
    return _clamp(sum(parts))


def _keyword_density(rules: _Rules, words: list[str]) -> float:
    """Share of the words taken by the most repeated keyword n-gram.

    Only n-grams that start and end on a content word and hold a lower-case content
    word count: names ('President Ilham Aliyev') repeat in any news story, keyword
    phrases ('azerbaijan relations news') are what stuffing repeats.
    """
    size = int(rules.spam.get("ngram", 3))
    if len(words) < size * 4:
        return 0.0
    stop = rules.stopwords
    lows = [w.lower() for w in words]
    content = [w not in stop for w in lows]
    keyword = [c and w.islower() for c, w in zip(content, words, strict=True)]
    counts: Counter[tuple[str, ...]] = Counter()
    for i in range(len(words) - size + 1):
        if content[i] and content[i + size - 1] and any(keyword[i:i + size]):
            counts[tuple(lows[i:i + size])] += 1
    if not counts:
        return 0.0
    top = counts.most_common(1)[0][1]
    if top < int(rules.spam.get("ngram_min_count", 3)):
        return 0.0
    return top * size / len(words)


def _keyword_list(rules: _Rules, line: str) -> bool:
    """A line that is only a list of short keyword phrases ('a b, c d, e f, ...')."""
    stripped = line.strip()
    if stripped.endswith("."):
        return False
    items = [i for i in re.split(r"[,;#|]", stripped) if i.strip()]
    if len(items) < 5:
        return False
    tokens = [w.lower() for w in WORD.findall(stripped)]
    if not tokens or len(tokens) / len(items) > 3.0:
        return False
    return sum(t in rules.stopwords for t in tokens) < 0.15 * len(tokens)


# --- machine translation -------------------------------------------------------------------

def _translated(rules: _Rules, lines: list[str], body: str, words: list[str],
                cues: dict[str, float]) -> float:
    conf = rules.mt
    n = len(words)
    if n < 40:
        return 0.0
    # Lower-case uses, from lines that are not all lower-case (a slug heading is no evidence).
    mixed = "\n".join(line for line in lines if line != line.lower())
    lowercase = Counter(w for w in WORD.findall(mixed) if w.islower())
    counts = Counter({"doubled": 0})
    for (cue, word), times in Counter(_capitals(rules, body, lowercase)).items():
        # 'May' the month beside 'may' the verb: a word capitalised as often as not is a name
        if cue != "cap_common" or lowercase[word.lower()] > times:
            counts[cue] += times
    # 'inKarabakh', 'discussionErdogan' (a function word or a long lower-case run glued on)
    glued = {m.start() for m in GLUED_CAMEL.finditer(body)
             if m.group(1).lower() in rules.glue_prefixes or len(m.group(1)) >= 5}
    glued.update(m.start() for pattern in (GLUED_AFTER_STOP, GLUED_DIGITS)
                 for m in pattern.finditer(body))
    counts["glued"] = len(glued)
    counts["calque"] = sum(len(p.findall(body)) for p in rules.calques)
    counts["agreement"] = sum(len(p.findall(body)) for p in rules.agreement)
    points = rules.mt_points
    total = sum(points.get(k, 1.0) * v for k, v in counts.items())
    rate = total * 1000 / n
    kinds = sum(1 for v in counts.values() if v)
    hits = sum(counts.values())
    cues.update({f"mt_{k}": float(v) for k, v in counts.items()})
    cues["mt_per_1000"] = rate
    if kinds < int(conf.get("min_kinds", 2)) or hits < int(conf.get("min_hits", 3)):
        return 0.0
    return _ramp(rate, float(conf.get("per_1000_floor", 4)), float(conf.get("per_1000_full", 12)))


def _capitals(rules: _Rules, body: str, lowercase: Counter[str]) -> list[tuple[str, str]]:
    """Capitalised words mid-sentence that are not names: 'arrived To Yerevan', 'not Decided'.

    Returns (cue, word) pairs. A word next to another capitalised word, directly or
    across a connector ('Organization for Security and Cooperation'), is a name.
    """
    tokens = list(WORD.finditer(body))
    words = [m.group() for m in tokens]
    found: list[tuple[str, str]] = []

    def cap(i: int) -> bool:
        return 0 <= i < len(words) and words[i][0].isupper()

    def joined(i: int, j: int) -> bool:  # tokens i < j separated by spaces only
        return not body[tokens[i].end():tokens[j].start()].strip(" \t")

    for i, match in enumerate(tokens):
        word = words[i]
        if i and word.islower() and word == words[i - 1].lower() and joined(i - 1, i) \
                and word not in rules.doubled_ok and body[tokens[i - 1].start() - 1:
                                                         tokens[i - 1].start()] not in "-'’":
            found.append(("doubled", word))  # 'the the'
        if len(word) < 2 or not word[0].isupper() or not word[1:].islower():
            continue
        j = match.start() - 1
        while j >= 0 and body[j] in " \t":
            j -= 1
        if j < 0 or not (body[j].isalnum() or body[j] == ","):
            continue  # sentence, clause or line start
        prev_cap = cap(i - 1) and joined(i - 1, i)
        next_cap = i + 1 < len(words) and cap(i + 1) and joined(i, i + 1)
        low = word.lower()
        if low in rules.function_words:
            if not ((prev_cap and next_cap) or (low == "the" and next_cap)):
                found.append(("cap_function", word))
            continue
        chained = (i >= 2 and words[i - 1] in rules.connectors and cap(i - 2)) or \
            (i + 2 < len(words) and words[i + 1] in rules.connectors and cap(i + 2))
        if len(word) >= 3 and lowercase[low] and not (prev_cap or next_cap or chained):
            found.append(("cap_common", word))
    return found


# --- truncation ------------------------------------------------------------------------------

def _truncated(rules: _Rules, text: str, lines: list[str], words: list[str], title: str | None,
               cues: dict[str, float]) -> float:
    conf = rules.trunc
    strength = 0.0
    tail = [line.strip().lower() for line in text.split("\n") if line.strip()]
    tail = tail[-int(conf.get("tail_lines", 6)):]
    if any(len(line.split()) <= 25 and any(cue in line for cue in rules.paywall) for line in tail):
        cues["paywall"] = 1.0
        strength = 1.0
    last = _last_prose(rules, lines)
    if last is not None:
        if last.endswith(ELLIPSIS):
            cues["ellipsis_end"] = 1.0
            strength = max(strength, 0.8)
        elif not last.endswith(TERMINAL):
            cues["mid_sentence_end"] = 1.0
            strength = max(strength, 0.8)
    title_words = len(WORD.findall(title or ""))
    body_words = len(words)
    if lines and title and lines[0].strip() == title.strip():
        body_words -= title_words
    if title_words >= int(conf.get("long_title_words", 10)) \
            and body_words < min(int(conf.get("short_body_words", 60)),
                                 float(conf.get("short_body_ratio", 3)) * title_words):
        cues["short_body"] = float(body_words)
        strength = max(strength, 0.6)
    return strength


def _last_prose(rules: _Rules, lines: list[str]) -> str | None:
    """The last line of main text that reads as a paragraph (not a heading or caption)."""
    least = int(rules.trunc.get("prose_words", 8))
    for line in reversed(lines):
        stripped = line.strip()
        if stripped.lower().startswith(rules.captions):
            continue
        tokens = WORD.findall(stripped)
        if len(tokens) < least:
            continue
        if sum(t[0].islower() for t in tokens) < 0.5 * len(tokens):
            continue  # Title Case: a headline, not a paragraph
        return stripped
    return None


# --- rules, compiled once per knowledge base --------------------------------------------------

class _Rules:
    def __init__(self, kb: KnowledgeBase) -> None:
        conf: dict[str, Any] = kb.quality
        self.conf = conf
        self.weights: dict[str, Any] = conf.get("weights", {})
        self.spam: dict[str, Any] = conf.get("spam", {})
        self.mt: dict[str, Any] = conf.get("machine_translated", {})
        self.trunc: dict[str, Any] = conf.get("truncated", {})
        self.stopwords = frozenset(w.lower() for w in self.spam.get("stopwords", []))
        self.cta = tuple(p.lower() for p in self.spam.get("calls_to_action", []))
        self.function_words = frozenset(w.lower() for w in self.mt.get("function_words", []))
        self.connectors = frozenset(self.mt.get("name_connectors", []))
        self.doubled_ok = frozenset(w.lower() for w in self.mt.get("doubled_ok", []))
        self.glue_prefixes = frozenset(w.lower() for w in self.mt.get("glue_prefixes", []))
        self.calques = [re.compile(p, re.IGNORECASE) for p in self.mt.get("calques", [])]
        self.agreement = [re.compile(p, re.IGNORECASE) for p in self.mt.get("agreement", [])]
        self.mt_points: dict[str, float] = {k: float(v) for k, v in self.mt.get("points", {}).items()}
        self.paywall = tuple(p.lower() for p in self.trunc.get("paywall", []))
        self.captions = tuple(c.lower() for c in kb.boilerplate.get("caption", []))


_RULES: dict[int, tuple[KnowledgeBase, _Rules]] = {}


def _rules(kb: KnowledgeBase) -> _Rules:
    held = _RULES.get(id(kb))
    if held is None or held[0] is not kb:
        held = (kb, _Rules(kb))
        _RULES[id(kb)] = held
    return held[1]
