"""RSS and Atom feeds (fetched or saved) into one document per entry.

Many feeds carry only a teaser; coding a teaser would record events from half a
sentence and miss the rest of the article. So an entry whose own content is
long enough to be the article is used as is, and any other entry's link is
fetched with the injected fetcher. feedparser only ever sees bytes: given a
string it would open files or URLs on its own, outside our limits.
"""

from __future__ import annotations

import html
import io
import re
import time
from collections.abc import Iterator
from typing import Any, Literal, TypeAlias

import feedparser

from dyadwatch.ingest.web import Fetch, page_document, sniff
from dyadwatch.records import Document, FuzzyDate, Rejection, Skipped

# An entry's own content counts as the full article from this many words on:
# teasers and summaries run 20-80 words, the shortest wire stories ~150.
FULL_TEXT_WORDS = 120
TAG = re.compile(r"<[^>]*>")
Item: TypeAlias = Document | Rejection | Skipped


def read_feed(data: bytes, source: str, fetch: Fetch | None) -> Iterator[Item]:
    """Every entry of an RSS/Atom feed as a document (or a rejection), never raising.

    `source` names the feed (path or URL); `fetch` serves entries that only link
    to their article. Without a fetcher such entries are rejected, not dropped.
    """
    try:
        parsed = feedparser.parse(io.BytesIO(data), sanitize_html=True, resolve_relative_uris=True)
    except Exception as exc:  # feedparser is lenient, but its encoding paths can still raise
        yield Rejection(source, "read", f"malformed feed: {type(exc).__name__}: {exc}")
        return
    entries: list[Any] = list(parsed.get("entries") or [])
    if not entries:
        if parsed.get("bozo") or not parsed.get("version"):
            problem = parsed.get("bozo_exception")
            yield Rejection(source, "read", f"malformed feed: {_one_line(problem) or 'not RSS or Atom'}")
        else:
            yield Rejection(source, "read", "feed has no entries")
        return
    for index, entry in enumerate(entries):
        try:
            yield _entry(entry, f"{source}[{index}]", fetch)
        except Exception as exc:  # one odd entry never loses the rest of the feed
            yield Rejection(f"{source}[{index}]", "read", f"unreadable feed entry: {type(exc).__name__}")


def _entry(entry: Any, where: str, fetch: Fetch | None) -> Item:
    link = _text(entry.get("link"))
    web_link = link if link and link.lower().startswith(("http://", "https://")) else None
    identity = web_link or _text(entry.get("id")) or link or where
    title = _text(entry.get("title"))
    published = _published(entry)
    body, media = _content(entry)
    if body and (_words(body) >= FULL_TEXT_WORDS or not web_link):
        content = f"<html><head></head><body><article>{body}</article></body></html>" \
            if media == "html" else body
        return Document(doc_id=identity, source=web_link or where, media_type=media, content=content,
                        url=web_link, title=title, published=published)
    if not web_link:
        return Rejection(where, "read", "feed entry has neither a link nor content")
    if fetch is None:
        return Rejection(web_link, "fetch", "entry has only a summary and no fetcher was given")
    fetched = fetch(web_link)
    if isinstance(fetched, Rejection | Skipped):
        return fetched
    kind = sniff(fetched)
    if kind not in ("html", "text"):
        return Rejection(web_link, "fetch", f"entry link is not an article: {kind}")
    return page_document(fetched, "html" if kind == "html" else "text", doc_id=identity, title=title,
                         published=published)


def _content(entry: Any) -> tuple[str, Literal["text", "html"]]:
    """The richest body an entry carries: full content first, then the summary."""
    candidates: list[Any] = list(entry.get("content") or [])
    detail = entry.get("summary_detail")
    if detail:
        candidates.append(detail)
    elif entry.get("summary"):
        candidates.append({"value": entry.get("summary"), "type": "text/html"})
    best, best_type, best_words = "", "text/plain", -1
    for candidate in candidates:
        value = _text(candidate.get("value")) or ""
        words = _words(value)
        if value.strip() and words > best_words:
            best, best_type, best_words = value, str(candidate.get("type") or ""), words
    media: Literal["text", "html"] = "html" if "html" in best_type else "text"
    return best, media


def _words(markup: str) -> int:
    return len(html.unescape(TAG.sub(" ", markup)).split())


def _published(entry: Any) -> FuzzyDate | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = dict.get(entry, key)  # plain lookup: FeedParserDict's aliasing warns
        if isinstance(value, time.struct_time):
            try:
                return FuzzyDate(value.tm_year, value.tm_mon, value.tm_mday)
            except ValueError:
                continue
    return None


def _text(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _one_line(value: object) -> str:
    return " ".join(str(value or "").split())[:200]

