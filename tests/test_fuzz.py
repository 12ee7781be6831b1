"""Hostile input thrown at every reader: nothing raises, and nothing disappears without a trace.

Each input must end as at least one Document or Rejection (WARC skips alone do
not count: an archive with no page is itself rejected). The readers are tested
directly, with a fake fetcher, so no model and no network are needed.
"""

from __future__ import annotations

import contextlib
import gzip
import io
import json
import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from dyadwatch.ingest import Fetched, read_path, read_url
from dyadwatch.ingest.decoding import decode_markup
from dyadwatch.ingest.feeds import read_feed
from dyadwatch.ingest.warc import read_warc
from dyadwatch.records import Document, Rejection, Skipped

# Modest by default so the suite stays fast; raise DYADWATCH_FUZZ_EXAMPLES for a deeper hunt.
FUZZ = settings(max_examples=int(os.environ.get("DYADWATCH_FUZZ_EXAMPLES", "40")), deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
SUFFIXES = [".txt", ".html", ".json", ".jsonl", ".xml", ".rss", ".atom", ".warc", ".warc.gz", ".html.gz",
            ".jsonl.gz", ".json.gz", ".txt.gz"]
STORY = ("The foreign ministers of Greece and Turkey met in Ankara in early 2023 and agreed to keep "
         "talking about the Aegean after the February earthquakes. ")

HTML = f"<html><head><meta charset='utf-8'><title>Aegean</title></head><body><p>{STORY}</p></body></html>"
JSONL = json.dumps({"id": "a1", "text": STORY, "published": "2023-02-21"}) + "\n"
JSON_ARRAY = json.dumps([{"text": STORY}, {"id": "x"}])
RSS = (f"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title><item><title>Aegean</title>"
       f"<link>https://news.invalid/aegean</link><description>{STORY}</description>"
       "<pubDate>Tue, 21 Feb 2023 10:00:00 GMT</pubDate></item></channel></rss>")
ATOM = ("<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><title>t</title><id>urn:f</id>"
        f"<entry><id>urn:e</id><title>Aegean</title><content type='html'>&lt;p&gt;{STORY}&lt;/p&gt;</content>"
        "</entry></feed>")


def _warc(gz: bool) -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gz)
    writer.write_record(writer.create_warcinfo_record("f.warc", {"software": "fuzz"}))
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("http://example.org/aegean", "response",
                                                  payload=io.BytesIO(HTML.encode()), http_headers=headers))
    return out.getvalue()


BASES = [HTML.encode(), JSONL.encode() * 3, JSON_ARRAY.encode(), RSS.encode(), ATOM.encode(),
         _warc(False), _warc(True), gzip.compress(HTML.encode()), gzip.compress(JSONL.encode())]


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    """A valid input of some kind, then cut, flipped, spliced or re-encoded."""
    data = bytearray(draw(st.sampled_from(BASES)))
    for _ in range(draw(st.integers(0, 4))):
        op = draw(st.sampled_from(["cut", "flip", "insert", "reencode"]))
        at = draw(st.integers(0, max(0, len(data) - 1)))
        if op == "cut":
            del data[at:]
        elif op == "flip" and data:
            data[at] ^= draw(st.integers(1, 255))
        elif op == "insert":
            data[at:at] = draw(st.binary(max_size=64))
        else:
            text = data.decode("utf-8", "replace")
            data = bytearray(text.encode(draw(st.sampled_from(["utf-16", "latin-1", "cp1251", "utf-32"])),
                                         "replace"))
    return bytes(data)


def huge_line() -> st.SearchStrategy[bytes]:
    return st.builds(lambda c, n, nl: (c * n + ("\n" if nl else "")).encode(),
                     st.sampled_from(["a", "é", "<p>", "{", " ", "\u2028"]), st.integers(0, 400_000),
                     st.booleans())


ANY_BYTES = st.one_of(st.binary(max_size=3000), mutated(), huge_line(),
                      st.text(max_size=500).map(lambda t: t.encode("utf-8", "surrogatepass")))


def _fetch(url: str) -> Fetched | Rejection:
    """A fake site: every link answers, with a page built from the URL or an error."""
    if url.endswith("0"):
        return Rejection(url, "fetch", "HTTP 404 Not Found")
    return Fetched(url, url, 200, "text/html", None, HTML.encode())


def accounted(found: list[Document | Rejection | Skipped]) -> bool:
    return any(isinstance(x, Document | Rejection) for x in found)


@FUZZ
@given(data=ANY_BYTES, suffix=st.sampled_from(SUFFIXES))
def test_every_file_reader(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(gzip.compress(data) if suffix.endswith(".gz") and data[:2] != b"\x1f\x8b"
                         and suffix != ".warc.gz" else data)
        found = list(read_path(path, _fetch))
    assert accounted(found), found


@FUZZ
@given(data=ANY_BYTES)
def test_feed_reader(data: bytes) -> None:
    assert accounted(list(read_feed(data, "fuzz.xml", _fetch)))


@FUZZ
@given(data=ANY_BYTES)
def test_warc_reader(data: bytes) -> None:
    found = list(read_warc(io.BytesIO(data), "fuzz.warc"))
    assert accounted(found), found


@FUZZ
@given(data=ANY_BYTES, charset=st.one_of(st.none(), st.sampled_from(
    ["utf-8", "latin-1", "utf-16", "x-unknown", "windows-1251", "", "utf-8'", "shift_jis"])))
def test_decoding_only_ever_raises_value_error(data: bytes, charset: str | None) -> None:
    with contextlib.suppress(ValueError):  # a reason is fine; any other exception fails the test
        assert isinstance(decode_markup(data, charset), str)


@FUZZ
@given(data=ANY_BYTES, media=st.sampled_from(
    ["text/html", "text/plain", "application/rss+xml", "application/xml", "application/warc", "",
     "application/octet-stream", "image/png", "application/pdf"]),
       charset=st.one_of(st.none(), st.sampled_from(["utf-8", "bogus", "utf-16"])))
def test_url_reader_with_any_response(data: bytes, media: str, charset: str | None) -> None:
    def fetch(url: str) -> Fetched | Rejection:
        if url == "http://fuzz.invalid/":
            return Fetched(url, url, 200, media, charset, data)
        return _fetch(url)

    found = list(read_url("http://fuzz.invalid/", fetch))
    assert accounted(found), found
