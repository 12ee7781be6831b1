"""Ingestion sources: files (JSON, gzip), web pages, feeds and WARC, all against 127.0.0.1."""

from __future__ import annotations

import gzip
import io
import json
import time
from collections.abc import Iterable
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from dyadwatch import store, workflow
from dyadwatch.ingest import Fetched, Fetcher, iter_inputs, read_path
from dyadwatch.ingest.decoding import decode_markup, read_limited
from dyadwatch.ingest.feeds import FULL_TEXT_WORDS, read_feed
from dyadwatch.ingest.files import MAX_READ_BYTES
from dyadwatch.ingest.warc import read_warc_path
from dyadwatch.ingest.web import USER_AGENT
from dyadwatch.records import Document, FuzzyDate, Rejection, Skipped
from tests.localserver import LocalServer, Route

# Short reports written for these tests about real meetings; no text is copied from elsewhere.
BRUSSELS = ("Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev met in "
            "Brussels on 14 May 2023 at the invitation of European Council President Charles Michel. "
            "The two leaders discussed border delimitation and the reopening of transport links.")
ARLINGTON = ("Secretary of State Antony Blinken hosted the foreign ministers of Armenia and "
             "Azerbaijan, Ararat Mirzoyan and Jeyhun Bayramov, for four days of talks in Arlington, "
             "Virginia, that ended on 4 May 2023.")
SOCHI = ("Russian President Vladimir Putin received Turkish President Recep Tayyip Erdogan in Sochi "
         "on 5 August 2022; the two spoke about grain exports across the Black Sea and about gas.")
HELSINKI = ("Finland became the thirty-first member of NATO on 4 April 2023, when its foreign minister "
            "Pekka Haavisto handed the accession document to Secretary of State Antony Blinken at "
            "alliance headquarters in Brussels. ")
FULL_ENTRY = " ".join([HELSINKI] * 4)  # long enough to count as the whole article


def page(title: str, body: str, extra_head: str = "") -> bytes:
    return (f"<!DOCTYPE html><html><head><title>{title}</title>{extra_head}</head><body>"
            f"<nav>Home | World | Europe</nav><article><h1>{title}</h1><p>{body}</p></article>"
            "<footer>All rights reserved</footer></body></html>").encode()


Found = list[Document | Rejection | Skipped]


def items(inputs: Iterable[str | Path], fetcher: Fetcher | None = None) -> Found:
    return list(iter_inputs(inputs, fetcher or Fetcher(connect_timeout=2, read_timeout=2, deadline=5)))


def docs(found: list[Document | Rejection | Skipped]) -> list[Document]:
    return [d for d in found if isinstance(d, Document)]


def rejected(found: list[Document | Rejection | Skipped]) -> list[Rejection]:
    return [r for r in found if isinstance(r, Rejection)]


# --- decoding -------------------------------------------------------------------------------------

def test_charset_order_header_bom_meta_utf8_guess() -> None:
    russian = "Министр иностранных дел России Сергей Лавров провёл переговоры в Москве. " * 5
    assert decode_markup(russian.encode("cp1251"), "windows-1251") == russian
    assert decode_markup(b"\xef\xbb\xbf<p>caf\xc3\xa9</p>") == "<p>café</p>"
    assert "café" in decode_markup(b'<meta charset="iso-8859-1"><p>caf\xe9</p>')
    assert "café" in decode_markup(
        b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><p>caf\xe9</p>')
    assert decode_markup("<p>café</p>".encode()) == "<p>café</p>"
    # a header that lies (UTF-8 declared, cp1251 sent) falls through to the statistical guess
    assert "Лавров" in decode_markup(russian.encode("cp1251"), "utf-8")
    with pytest.raises(ValueError, match="binary"):
        decode_markup(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))


def test_read_limited_refuses_a_bomb() -> None:
    bomb = io.BytesIO(gzip.compress(b"\0" * (3 * 2**20)))
    with pytest.raises(Exception, match="decompressed size exceeds 1 MB"):
        read_limited(gzip.GzipFile(fileobj=bomb), 1000, 2**20)
    data, truncated = read_limited(io.BytesIO(b"x" * 5000), 1000, 2**20)
    assert (len(data), truncated) == (1000, True)


# --- files ----------------------------------------------------------------------------------------

def test_json_array_object_and_bad_elements(tmp_path: Path) -> None:
    array = tmp_path / "batch.json"
    array.write_text(json.dumps([
        {"id": "b1", "url": "https://example.org/brussels", "title": "Brussels meeting",
         "published": "2023-05-14", "text": BRUSSELS},
        {"title": "no text"}, "just a string", {"text": ARLINGTON, "published": [2023]}]))
    found = list(read_path(array))
    assert [d.doc_id for d in docs(found)] == ["b1"]
    assert docs(found)[0].published == FuzzyDate(2023, 5, 14)
    assert [(r.input, r.reason) for r in rejected(found)] == [
        (f"{array}[1]", "JSON object has no non-empty 'text' field"
         " (nor 'content', 'body', 'maintext', 'article', 'full_text', 'fulltext')"),
        (f"{array}[2]", "JSON element is not an object"),
        (f"{array}[3]", "field 'published' must be a string or a number")]
    single = tmp_path / "one.json"
    single.write_text(json.dumps({"text": SOCHI, "title": "Sochi"}))
    assert [(d.doc_id, d.title) for d in docs(list(read_path(single)))] == [("one.json", "Sochi")]
    for name, content, reason in (("empty.json", "[]", "JSON array is empty"),
                                  ("bad.json", "[{", "malformed JSON"),
                                  ("num.json", "42", "neither an array nor an object")):
        (tmp_path / name).write_text(content)
        assert reason in rejected(list(read_path(tmp_path / name)))[0].reason


def test_gzip_of_each_kind_and_its_failures(tmp_path: Path) -> None:
    (tmp_path / "talks.html.gz").write_bytes(gzip.compress(page("Talks in Arlington", ARLINGTON)))
    (tmp_path / "wire.jsonl.gz").write_bytes(gzip.compress(
        (json.dumps({"id": "s1", "text": SOCHI}) + "\n{oops\n").encode()))
    (tmp_path / "batch.json.gz").write_bytes(gzip.compress(json.dumps([{"text": BRUSSELS}]).encode()))
    (tmp_path / "notes.txt.gz").write_bytes(gzip.compress(HELSINKI.encode()))
    (tmp_path / "bomb.txt.gz").write_bytes(gzip.compress(b"a" * (70 * 2**20), 9))
    (tmp_path / "bomb.jsonl.gz").write_bytes(gzip.compress(
        (json.dumps({"text": SOCHI}) + "\n").encode() + b" " * (70 * 2**20), 9))
    (tmp_path / "broken.html.gz").write_bytes(gzip.compress(page("x", BRUSSELS))[:40])
    (tmp_path / "notgzip.txt.gz").write_bytes(b"plain text pretending")
    (tmp_path / "archive.tar.gz").write_bytes(gzip.compress(b"tar"))
    found = items([tmp_path])
    by_source = {d.source: d for d in docs(found)}
    assert by_source[str(tmp_path / "talks.html.gz")].media_type == "html"
    assert by_source[str(tmp_path / "notes.txt.gz")].content == HELSINKI
    assert f"{tmp_path / 'wire.jsonl.gz'}:1" in by_source
    assert f"{tmp_path / 'batch.json.gz'}[0]" in by_source
    reasons = {Path(r.input.split(":")[0]).name: r.reason for r in rejected(found)}
    assert reasons["bomb.txt.gz"] == "decompressed size exceeds 64 MB"
    assert reasons["bomb.jsonl.gz"].startswith("decompressed size exceeds 64 MB")
    assert f"{tmp_path / 'bomb.jsonl.gz'}:1" in by_source  # what came before the limit is kept
    assert reasons["broken.html.gz"].startswith("corrupt gzip")
    assert "gzip" in reasons["notgzip.txt.gz"].lower()
    assert reasons["archive.tar.gz"].startswith("unknown extension '.tar.gz'")
    assert reasons["wire.jsonl.gz"].startswith("malformed JSON")


def test_plain_files_keep_their_rules(tmp_path: Path) -> None:
    (tmp_path / "latin1.txt").write_bytes("Café diplomacy in Baku".encode("latin-1"))
    (tmp_path / "saved.html").write_bytes(page("Café", "Caf\xe9 talks", '<meta charset="windows-1252">')
                                          .replace(b"\xc3\xa9", b"\xe9"))
    long_line = json.dumps({"text": "x" * (MAX_READ_BYTES + 10)})
    (tmp_path / "mixed.jsonl").write_text(long_line + "\n" + json.dumps({"id": "ok", "text": SOCHI}) + "\n")
    found = items([tmp_path])
    assert "invalid UTF-8" in next(r.reason for r in rejected(found) if r.input.endswith("latin1.txt"))
    saved = next(d for d in docs(found) if d.doc_id == "saved.html")
    assert "Café talks" in saved.content
    assert [d.doc_id for d in docs(found) if d.source.endswith(":2")] == ["ok"]
    assert any("line longer than" in r.reason for r in rejected(found))


# --- web ------------------------------------------------------------------------------------------

@pytest.fixture()
def site() -> Iterable[LocalServer]:
    with LocalServer() as server:
        yield server


def test_fetch_pages_redirects_and_failures(site: LocalServer) -> None:
    good = site.add("/news/brussels", Route(page("Leaders meet in Brussels", BRUSSELS)))
    site.redirect("/short", "/hop")
    site.redirect("/hop", "/news/brussels", 301)
    site.redirect("/loop", "/loop")
    site.add("/plain", Route(SOCHI.encode("cp1251"), content_type="text/plain; charset=windows-1251"))
    site.add("/gone", Route(b"missing", status=404))
    site.add("/broken", Route(b"oops", status=500))
    site.add("/slow", Route(page("late", SOCHI), delay=3))
    site.add("/drip", Route(page("drip", SOCHI * 20), chunk=200, trickle=0.3))
    site.add("/huge", Route(b"<html>" + b"a" * 300_000))
    site.add("/huge-unsized", Route(b"<html>" + b"a" * 300_000, send_length=False))
    site.add("/logo.png", Route(b"\x89PNG\r\n\x1a\n" + bytes(200), content_type="image/png"))
    site.add("/report.pdf", Route(b"%PDF-1.7 ...", content_type="application/pdf"))
    site.add("/empty", Route(b""))
    site.add("/zipped", Route(gzip.compress(page("Zipped", ARLINGTON)), headers={"Content-Encoding": "gzip"}))
    fetcher = Fetcher(connect_timeout=2, read_timeout=1, deadline=3, max_bytes=200 * 1024)
    paths = ["/short", "/loop", "/plain", "/gone", "/broken", "/slow", "/drip", "/huge", "/huge-unsized",
             "/logo.png", "/report.pdf", "/empty", "/zipped"]
    started = time.monotonic()
    found = list(iter_inputs([site.url(p) for p in paths] + ["http://127.0.0.1:9/closed"], fetcher))
    assert time.monotonic() - started < 15
    documents = {d.source.removeprefix(site.url("")): d for d in docs(found)}
    assert documents["/short"].url == good and documents["/short"].doc_id == good
    assert documents["/short"].media_type == "html"
    assert documents["/plain"].media_type == "text" and documents["/plain"].content == SOCHI
    assert "Arlington" in documents["/zipped"].content
    reasons = {r.input.removeprefix(site.url("")): r.reason for r in rejected(found)}
    assert all(r.stage == "fetch" for r in rejected(found))
    assert reasons["/loop"] == "more than 5 redirects"
    assert reasons["/gone"] == "HTTP 404 Not Found"
    assert reasons["/broken"] == "HTTP 500 Internal Server Error"
    assert reasons["/slow"].startswith("timed out")
    assert "deadline" in reasons["/drip"]
    assert reasons["/huge"] == reasons["/huge-unsized"] == "response larger than 200 KB"
    assert reasons["/logo.png"] == "not a web page: content type image/png"
    assert reasons["/report.pdf"] == "not a web page: content type application/pdf"
    assert reasons["/empty"] == "empty response"
    assert reasons["http://127.0.0.1:9/closed"].startswith("connection refused")
    assert len(found) == len(paths) + 1  # one outcome per URL: nothing lost
    assert {s.headers["user-agent"] for s in site.seen} == {USER_AGENT}
    assert USER_AGENT.startswith("dyadwatch/")


# --- feeds ----------------------------------------------------------------------------------------

def rss(items_xml: str) -> bytes:
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
            f'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Desk</title>'
            f"<link>http://127.0.0.1/</link><description>wire</description>{items_xml}</channel></rss>"
            ).encode()


def rss_item(title: str, link: str | None, summary: str = "", full: str = "", date: str = "") -> str:
    parts = [f"<title>{title}</title>"]
    if link:
        parts.append(f"<link>{link}</link><guid>{link}</guid>")
    if summary:
        parts.append(f"<description>{summary}</description>")
    if full:
        parts.append(f"<content:encoded><![CDATA[<p>{full}</p>]]></content:encoded>")
    if date:
        parts.append(f"<pubDate>{date}</pubDate>")
    return "<item>" + "".join(parts) + "</item>"


def test_rss_full_text_teaser_and_empty_entries(site: LocalServer) -> None:
    article = site.add("/a/sochi", Route(page("Putin hosts Erdogan in Sochi", SOCHI)))
    linked = site.redirect("/r/sochi", "/a/sochi")
    feed = site.add("/feed.xml", Route(rss(
        rss_item("Finland joins NATO", "http://127.0.0.1/a/finland", full=FULL_ENTRY,
                 date="Tue, 04 Apr 2023 15:00:00 GMT")
        + rss_item("Putin and Erdogan meet", linked, summary="Grain and gas on the agenda.",
                   date="Fri, 05 Aug 2022 18:30:00 GMT")
        + rss_item("Nothing here", None)
        + rss_item("Dead link", site.url("/a/missing"), summary="Teaser only.")),
        content_type="application/rss+xml"))
    found = items([feed])
    documents = docs(found)
    assert [d.doc_id for d in documents] == ["http://127.0.0.1/a/finland", linked]
    finland, sochi = documents
    assert finland.media_type == "html" and "thirty-first member" in finland.content
    assert (finland.title, finland.published) == ("Finland joins NATO", FuzzyDate(2023, 4, 4))
    assert (sochi.title, sochi.published, sochi.url) == ("Putin and Erdogan meet", FuzzyDate(2022, 8, 5),
                                                         article)
    assert "Black Sea" in sochi.content
    reasons = [(r.input, r.reason) for r in rejected(found)]
    assert reasons == [(f"{feed}[2]", "feed entry has neither a link nor content"),
                       (site.url("/a/missing"), "HTTP 404 Not Found")]
    assert len(FULL_ENTRY.split()) >= FULL_TEXT_WORDS > len(["Grain", "and", "gas", "on", "the", "agenda."])


def test_atom_feed_file_with_injected_fetcher(tmp_path: Path) -> None:
    atom = tmp_path / "desk.atom"
    atom.write_text(
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title>'
        '<id>urn:desk</id><updated>2023-05-15T00:00:00Z</updated>'
        '<entry><title>Brussels talks</title><id>urn:b1</id><link href="https://news.invalid/brussels"/>'
        '<updated>2023-05-14T20:00:00Z</updated><summary>Leaders met again.</summary></entry>'
        '<entry><title>No link, short content</title><id>urn:b2</id><updated>2023-05-04T20:00:00Z</updated>'
        f'<content type="text">{ARLINGTON}</content></entry></feed>', encoding="utf-8")
    asked: list[str] = []

    def fake(url: str) -> Fetched | Rejection:
        asked.append(url)
        return Fetched(url, url, 200, "text/html", "utf-8", page("Brussels", BRUSSELS))

    found = list(iter_inputs([atom], fake))
    assert asked == ["https://news.invalid/brussels"]
    assert [(d.doc_id, d.title, d.published) for d in docs(found)] == [
        ("https://news.invalid/brussels", "Brussels talks", FuzzyDate(2023, 5, 14)),
        ("urn:b2", "No link, short content", FuzzyDate(2023, 5, 4))]
    assert docs(found)[1].media_type == "text"


def test_malformed_and_empty_feeds(tmp_path: Path) -> None:
    # feedparser recovers what it can from a cut feed: the entry it found is judged on its own
    assert rejected(list(read_feed(b"<rss><channel><item><title>cut", "f.xml", None)))[0].reason \
        == "feed entry has neither a link nor content"
    garbage = rejected(list(read_feed(b"\x00\x01 not xml", "f.xml", None)))
    assert garbage[0].reason.startswith("malformed feed")
    assert rejected(list(read_feed(rss(""), "f.xml", None)))[0].reason == "feed has no entries"
    teaser = list(read_feed(rss(rss_item("t", "https://x.invalid/a", summary="short")), "f.xml", None))
    assert rejected(teaser)[0].reason == "entry has only a summary and no fetcher was given"


# --- WARC -----------------------------------------------------------------------------------------

def write_warc(path: Path, pages: list[tuple[str, bytes, str]], gz: bool, extras: bool = True) -> None:
    """A WARC with the given (uri, body, content type) responses plus the records crawlers add."""
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gz)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tests"}))
        for uri, body, ctype in pages:
            if extras:
                request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "127.0.0.1")], is_http_request=True)
                writer.write_record(writer.create_warc_record(uri, "request", http_headers=request))
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                                          http_headers=headers))
        if extras:
            moved = StatusAndHeaders("301 Moved Permanently", [("Location", "/x")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record("http://example.org/old", "response",
                                                          payload=io.BytesIO(b""), http_headers=moved))
            writer.write_record(writer.create_warc_record("http://example.org/meta", "metadata",
                                                          payload=io.BytesIO(b"outlinks: none"),
                                                          warc_content_type="text/plain"))


WARC_PAGES = [("http://example.org/brussels", page("Brussels", BRUSSELS), "text/html; charset=utf-8"),
              ("http://example.org/logo.png", b"\x89PNG" + bytes(64), "image/png"),
              ("http://example.org/sochi", page("Sochi", "Erdo\u011fan in Sochi").decode().encode("utf-16"),
               "text/html; charset=utf-16")]


@pytest.mark.parametrize("gz", [False, True])
def test_warc_documents_and_skips(tmp_path: Path, gz: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    write_warc(path, WARC_PAGES, gz)
    found = items([path])
    assert [(d.doc_id, d.url) for d in docs(found)] == [
        ("http://example.org/brussels", "http://example.org/brussels"),
        ("http://example.org/sochi", "http://example.org/sochi")]
    assert "Erdoğan" in docs(found)[1].content
    skipped = sorted(s.reason for s in found if isinstance(s, Skipped))
    assert skipped == ["HTTP 301 response", "image/png response, not HTML", "metadata record",
                       "request record", "request record", "request record", "warcinfo record"]
    assert not rejected(found)


def test_corrupt_warc_keeps_what_was_read(tmp_path: Path) -> None:
    path = tmp_path / "cut.warc"
    write_warc(path, WARC_PAGES[:1], gz=False, extras=False)
    with path.open("ab") as handle:
        handle.write(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\n<html>cut short")
        handle.write(b"\r\n\r\nthis is not a record at all\r\n\r\n")
    found = list(read_warc_path(path))
    assert [d.doc_id for d in docs(found)] == ["http://example.org/brussels"]
    assert [r.reason for r in rejected(found)] == ["corrupt WARC after 2 records: malformed record "
                                                   "(AttributeError)"]
    cut = tmp_path / "cut.warc.gz"
    write_warc(cut, WARC_PAGES, gz=True)
    whole = cut.read_bytes()
    cut.write_bytes(whole[: len(whole) * 3 // 4])  # cut inside the Sochi page or the records after it
    found = list(read_warc_path(cut))
    assert docs(found)[0].doc_id == "http://example.org/brussels"
    # where the cut falls varies with record ids and dates: either way it is reported
    assert rejected(found)[-1].reason.startswith("corrupt WARC after ")
    assert rejected(found)[-1].reason.endswith("(truncated file?)")
    only_skips = tmp_path / "skips.warc"
    write_warc(only_skips, WARC_PAGES[1:2], gz=False)
    assert rejected(list(read_warc_path(only_skips)))[0].reason.startswith("no HTML pages among")
    (tmp_path / "empty.warc").write_bytes(b"")
    assert rejected(list(read_warc_path(tmp_path / "empty.warc")))[0].reason == "empty WARC: no records"


def test_warc_over_http(site: LocalServer, tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, WARC_PAGES, gz=True)
    url = site.add("/dump/crawl.warc.gz", Route(path.read_bytes(), content_type="application/warc"))
    found = items([url])
    assert [d.doc_id for d in docs(found)] == ["http://example.org/brussels", "http://example.org/sochi"]
    assert sum(isinstance(s, Skipped) for s in found) == 7


# --- end to end -----------------------------------------------------------------------------------

@pytest.mark.slow
def test_ingest_urls_and_files_into_duckdb(site: LocalServer, tmp_path: Path) -> None:
    published = '<meta property="article:published_time" content="2023-05-14">'
    brussels = site.add("/world/brussels-summit",
                        Route(page("Pashinyan and Aliyev meet in Brussels", BRUSSELS, published)))
    site.redirect("/go/brussels", "/world/brussels-summit")
    site.add("/a/sochi", Route(page("Putin hosts Erdogan", SOCHI)))
    feed = site.add("/rss", Route(rss(
        rss_item("Erdogan in Sochi", site.url("/a/sochi"), summary="Talks on grain.",
                 date="Fri, 05 Aug 2022 18:30:00 GMT")
        + rss_item("Finland joins NATO", "http://127.0.0.1/finland", full=FULL_ENTRY,
                   date="Tue, 04 Apr 2023 15:00:00 GMT")), content_type="application/rss+xml"))
    site.add("/img.jpg", Route(b"\xff\xd8\xff\xe0" + bytes(100), content_type="image/jpeg"))
    local = tmp_path / "in"
    local.mkdir()
    (local / "arlington.json").write_text(json.dumps([{
        "id": "arlington-talks", "url": "https://example.org/arlington", "title": "Arlington talks",
        "published": "2023-05-04", "text": ARLINGTON}, {"id": "broken"}]))
    write_warc(local / "crawl.warc.gz", WARC_PAGES[:2], gz=True)
    db = str(tmp_path / "e2e.duckdb")
    con = store.connect(db)
    inputs = [site.url("/go/brussels"), feed, site.url("/missing"), site.url("/img.jpg"), str(local)]
    summary = workflow.ingest(con, inputs)
    rows = {r[0]: r[1:] for r in con.execute(
        "SELECT doc_id, url, title, published FROM documents").fetchall()}
    rejections = {r[0]: r[1] for r in con.execute("SELECT input, reason FROM rejections").fetchall()}
    con.close()
    assert rows[brussels] == (brussels, "Pashinyan and Aliyev meet in Brussels", "2023-05-14")
    assert rows[site.url("/a/sochi")] == (site.url("/a/sochi"), "Erdogan in Sochi", "2022-08-05")
    assert rows["http://127.0.0.1/finland"][1:] == ("Finland joins NATO", "2023-04-04")
    assert rows["arlington-talks"] == ("https://example.org/arlington", "Arlington talks", "2023-05-04")
    assert rejections == {site.url("/missing"): "HTTP 404 Not Found",
                          site.url("/img.jpg"): "not a web page: content type image/jpeg",
                          f"{local / 'arlington.json'}[1]": "JSON object has no non-empty 'text' field"
                          " (nor 'content', 'body', 'maintext', 'article', 'full_text', 'fulltext')"}
    assert rows["http://example.org/brussels"][:2] == ("http://example.org/brussels", "Brussels")
    assert summary.rejected_total == 3
    assert summary.skipped == {"warcinfo record": 1, "request record": 2, "image/png response, not HTML": 1,
                               "HTTP 301 response": 1, "metadata record": 1}


def test_public_only_fetcher_refuses_local_addresses() -> None:
    with LocalServer({"/page": Route(b"<html><body><p>hello</p></body></html>")}) as site:
        refused = Fetcher(public_only=True)(site.url("/page"))
        allowed = Fetcher()(site.url("/page"))
    assert isinstance(refused, Rejection) and "private or local address (127.0.0.1)" in refused.reason
    assert not isinstance(allowed, Rejection)


def test_a_json_message_ending_in_at_is_not_doubled(tmp_path: Path) -> None:
    """Python says 'Invalid control character at'; our reason adds 'at column N' once."""
    lines = tmp_path / "ctrl.jsonl"
    lines.write_text('{"text": "broken\n', encoding="utf-8")
    reason = rejected(list(read_path(lines)))[0].reason
    assert reason == "malformed JSON: Invalid control character at column 17"
    whole = tmp_path / "ctrl.json"
    whole.write_text('{"text": "broken\tline"}', encoding="utf-8")
    reason = rejected(list(read_path(whole)))[0].reason
    assert reason == "malformed JSON: Invalid control character at line 1 column 17"
