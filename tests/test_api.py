"""The HTTP API on a small known corpus: every endpoint, filters, one error shape, no XSS."""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from dyadwatch.cli import main
from dyadwatch.web import create_app
from tests.test_analytics import TEXTS as ANALYTICS_TEXTS

HOSTILE = "<script>alert(1)</script>"
TEXTS = {
    **ANALYTICS_TEXTS,
    "hostile.txt": f"Wire {HOSTILE}\nAugust 3, 2022\n\nSecretary of State Antony Blinken called "
                   f"Azerbaijani President Ilham Aliyev on August 2.\n\nThe page ended with {HOSTILE} "
                   "in its text.\n",
}


def build_db(folder: Path) -> str:
    """A database holding TEXTS, ingested through the CLI as a user would."""
    articles = folder / "articles"
    articles.mkdir()
    for name, text in TEXTS.items():
        (articles / name).write_text(text, encoding="utf-8")
    (articles / "empty.txt").write_text("", encoding="utf-8")
    path = str(folder / "api.duckdb")
    assert main(["--db", path, "ingest", str(articles)]) == 3  # empty.txt is rejected
    return path


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    with TestClient(create_app(build_db(tmp_path_factory.mktemp("api")))) as c:
        yield c


def get(client: TestClient, url: str, status: int = 200, **params: Any) -> Any:
    response = client.get(url, params=params)
    assert response.status_code == status, response.text
    return response.json()


def assert_error(body: dict[str, Any], code: str | None = None) -> None:
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message", "hint"}
    assert body["error"]["code"].startswith("DW") and body["error"]["message"]
    if code:
        assert body["error"]["code"] == code


def test_events_and_filters(client: TestClient) -> None:
    every = get(client, "/api/events")["events"]
    assert {(e["source"]["code"], e["target"]["code"]) for e in every} >= {("USA", "AZE"), ("AZE", "USA")}
    dyad = get(client, "/api/events", a="Washington", b="Azerbaijan")["events"]
    assert [e["date"] for e in dyad] == ["2022-05-11", "2022-07-28", "2022-08-02"]
    latest = get(client, "/api/events", a="USA", b="AZE", sort="-date")["events"]
    assert latest[0]["date"] == "2022-08-02"
    arm = get(client, "/api/events", party=["ARM", "USA"])["events"]
    assert [e["date"] for e in arm] == ["2022-07-25"]
    assert get(client, "/api/events", type="consult", **{"from": "2022-07", "to": "2022-07"})["count"] == 2
    gas = get(client, "/api/events", q="ALIYEV ON MAY")["events"]
    assert [m["document"] for e in gas for m in e["mentions"]] == ["call.txt"]
    assert get(client, "/api/events", document="visit.txt")["events"][0]["date"] == "2022-07-28"
    page = get(client, "/api/events", a="USA", b="AZE", limit=1, offset=1)
    assert (page["total"], page["count"], page["events"][0]["date"]) == (3, 1, "2022-07-28")
    assert get(client, "/api/events", a="USA", b="AZE", offset=3)["count"] == 0


@pytest.mark.parametrize("params", [
    {}, {"a": "USA", "b": "AZE"}, {"party": ["USA", "ARM"]}, {"party": "AZE", "type": "consult"},
    {"from": "2022-07", "to": "2022-08"}, {"from": "2022"}, {"q": "blinken"},
    {"document": "hostile.txt"}, {"a": "USA", "b": "AZE", "q": "gas", "to": "2022-06-30"},
])
def test_total_counts_every_page(client: TestClient, params: dict[str, Any]) -> None:
    """`total` is what the unpaged list holds, whatever the filters and the page asked for."""
    every = get(client, "/api/events", limit=500, **params)
    assert every["total"] == every["count"] == len(every["events"])
    assert get(client, "/api/events", limit=1, offset=1, **params)["total"] == every["total"]


def test_event_and_documents(client: TestClient) -> None:
    first = get(client, "/api/events", document="call.txt")["events"][0]
    event = get(client, f"/api/events/{first['event_id']}")
    mention = event["mentions"][0]
    doc = get(client, f"/api/documents/{mention['document']}")
    assert doc["text"][mention["start"]:mention["end"]] == mention["sentence"]
    assert isinstance(doc["boilerplate"], list) and "content_hash" not in doc
    listing = get(client, "/api/documents")
    assert {d["doc_id"] for d in listing["documents"]} == set(TEXTS) and listing["total"] == len(TEXTS)
    assert [r["input"].rsplit("/", 1)[-1] for r in listing["rejections"]] == ["empty.txt"]
    dyads = get(client, "/api/dyads")["dyads"]
    assert dyads[0] == dyads[0] | {"a": "AZE", "b": "USA", "events": 3}
    assert get(client, "/api/status")["counts"]["documents"] == 4


def test_documents_page_flags_and_sources(client: TestClient) -> None:
    listing = get(client, "/api/documents")
    call = next(d for d in listing["documents"] if d["doc_id"] == "call.txt")
    assert {"language", "flags", "quality", "story_id", "coded", "chars", "events"} <= set(call)
    assert "text" not in call and call["events"] == 1 and isinstance(call["flags"], list)
    assert [s["input"].rsplit("/", 1)[-1] for s in call["sources"]] == ["call.txt"]
    page = get(client, "/api/documents", limit=2, offset=1)
    assert (page["total"], [d["doc_id"] for d in page["documents"]]) == (
        len(TEXTS), sorted(TEXTS)[1:3])
    flagged = {f: {d["doc_id"] for d in listing["documents"] if f in d["flags"]}
               for d in listing["documents"] for f in d["flags"]}
    assert listing["flags"] == {f: len(ids) for f, ids in flagged.items()}
    for flag, ids in flagged.items():
        found = get(client, "/api/documents", flag=flag)
        assert {d["doc_id"] for d in found["documents"]} == ids and found["total"] == len(ids)
    none = get(client, "/api/documents", flag="no-such-flag")
    assert (none["total"], none["documents"]) == (0, [])
    language = call["language"]
    if language:
        assert "call.txt" in {d["doc_id"] for d in get(client, "/api/documents",
                                                            language=language)["documents"]}


FRENCH = ("Le ministre des Affaires étrangères de l'Arménie, Ararat Mirzoyan, a rencontré le "
          "secrétaire d'État américain Antony Blinken à Washington le 3 mars. Les deux responsables "
          "ont discuté du processus de paix avec l'Azerbaïdjan et de la délimitation des frontières.")


def flag(app: Any, doc_id: str, flags: list[str], language: str) -> None:
    """Set a stored document's quality columns as the clean stage would (tests the web side alone)."""
    app.state.db.con.execute("UPDATE documents SET flags = ?, language = ? WHERE doc_id = ?",
                             [flags, language, doc_id])


def test_documents_filter_by_flag_and_language(writer: TestClient) -> None:
    files = [("files", ("visit.txt", TEXTS["visit.txt"].encode(), "text/plain")),
             ("files", ("paris.txt", f"Dépêche\n4 mars 2023\n\n{FRENCH}\n".encode(), "text/plain"))]
    assert writer.post("/api/ingest", files=files, headers=AUTH).status_code == 200
    flag(writer.app, "paris.txt", ["truncated", "non_english"], "fr")
    flag(writer.app, "visit.txt", ["truncated"], "en")
    listing = get(writer, "/api/documents")
    assert listing["flags"] == {"truncated": 2, "non_english": 1} and listing["total"] == 2
    flagged = get(writer, "/api/documents", flag="non_english")
    assert [(d["doc_id"], d["language"], d["flags"]) for d in flagged["documents"]] == [
        ("paris.txt", "fr", ["truncated", "non_english"])]
    assert get(writer, "/api/documents", flag="truncated", limit=1)["total"] == 2
    english = get(writer, "/api/documents", language="en")["documents"]
    assert [(d["doc_id"], d["events"]) for d in english] == [("visit.txt", 1)]


def test_analytics_endpoints(client: TestClient) -> None:
    series = get(client, "/api/series", a="USA", b="AZE", by="month")
    assert [p["period"] for p in series["periods"]] == ["2022-05", "2022-06", "2022-07", "2022-08"]
    aze, arm = get(client, "/api/balance", party="USA", **{"with": ["AZE", "ARM"]})["with"]
    assert (aze["party"], arm["contacts"]) == ("AZE", 1)
    assert "energy" in get(client, "/api/themes", a="USA", b="AZE")["totals"]
    names = {(e["a"]["name"], e["b"]["name"]) for e in get(client, "/api/actors", a="USA", b="AZE")["edges"]}
    assert ("Ilham Aliyev", "Antony Blinken") in names
    assert get(client, "/api/digest", since="2022-07")["dyads"]
    paths = get(client, "/openapi.json")["paths"]
    assert {"/api/events", "/api/documents", "/api/ingest", "/api/ingest/urls"} <= set(paths)
    assert {p["name"] for p in paths["/api/series"]["get"]["parameters"]} == {"a", "b", "by", "from", "to"}


@pytest.mark.parametrize(("url", "params", "status", "code"), [
    ("/api/events", {"party": "Atlantis"}, 400, "DW500"),
    ("/api/events", {"from": "2022-13"}, 400, "DW500"),
    ("/api/events", {"limit": 501}, 422, "DW500"),
    ("/api/events", {"limit": "many"}, 422, "DW500"),
    ("/api/events", {"a": "USA"}, 400, "DW500"),
    ("/api/events", {"sort": "random()"}, 400, "DW500"),
    ("/api/events", {"offset": -1}, 422, "DW500"),
    ("/api/documents", {"limit": 0}, 422, "DW500"),
    ("/api/actors", {"a": "USA", "b": "AZE", "to": "2022-02-30"}, 400, "DW500"),
    ("/api/series", {"a": "USA", "b": "AZE", "by": "decade"}, 400, "DW500"),
    ("/api/series", {"a": "USA"}, 422, "DW500"),
    ("/api/digest", {"since": "yesterday"}, 400, "DW500"),
    ("/api/events/nope", {}, 404, "DW510"),
    ("/api/documents/nope.txt", {}, 404, "DW510"),
    ("/api/nothing", {}, 404, "DW404"),
])
def test_errors_share_one_shape(client: TestClient, url: str, params: dict[str, Any], status: int,
                                code: str) -> None:
    assert_error(get(client, url, status, **params), code)


def test_hostile_text_is_data_not_markup(client: TestClient) -> None:
    doc = get(client, "/api/documents/hostile.txt")
    assert HOSTILE in doc["text"]
    event = get(client, "/api/events", document="hostile.txt")["events"][0]
    assert event["date"] == "2022-08-02"
    for page in ("/", "/dyad", "/event", "/balance", "/actors", "/search", "/documents", "/upload"):
        html = client.get(page).text
        assert client.get(page).status_code == 200 and "alert(" not in html
    names = ("dom.js", "pages.js", "views.js", "charts.js")
    scripts = "".join(client.get(f"/static/{n}").text for n in names)
    assert "innerHTML" not in scripts and "insertAdjacentHTML" not in scripts


def test_upload_ingests_and_checks_names(tmp_path: Path) -> None:
    with TestClient(create_app(tmp_path / "up.duckdb", token="s3cret")) as c:
        text = TEXTS["visit.txt"].encode()
        files = [("files", ("../../evil dir/visit.txt", text, "text/plain"))]
        denied = c.post("/api/ingest", files=files)
        assert denied.status_code == 401
        assert_error(denied.json(), "DW401")
        auth = {"Authorization": "Bearer s3cret"}
        ok = c.post("/api/ingest", files=files, headers=auth)
        assert ok.status_code == 200, ok.text
        assert ok.json()["files"] == ["visit.txt"] and ok.json()["summary"]["ingested"] == 1
        assert c.get("/api/events", params={"document": "visit.txt"}).json()["count"] == 1
        bad = c.post("/api/ingest", files=[("files", ("x.exe", b"MZ", "application/octet-stream"))],
                     headers=auth)
        assert bad.status_code == 400
        assert_error(bad.json(), "DW100")
        huge = b"a" * (5 * 1024 * 1024 + 1)
        big = c.post("/api/ingest", files=[("files", ("big.txt", huge, "text/plain"))], headers=auth)
        assert big.status_code == 413
        assert_error(big.json(), "DW413")


def test_serve_refuses_public_host_without_token() -> None:
    assert main(["serve", "--host", "0.0.0.0"]) == 1


AUTH = {"Authorization": "Bearer s3cret"}


@pytest.fixture
def writer(tmp_path: Path) -> Iterator[TestClient]:
    with TestClient(create_app(tmp_path / "urls.duckdb", token="s3cret")) as c:
        yield c


@pytest.mark.parametrize(("body", "status", "message"), [
    ([], 400, "no URLs given"),
    (["ftp://example.org/a.html"], 400, "cannot fetch"),
    (["file:///etc/passwd"], 400, "cannot fetch"),
    (["/etc/passwd"], 400, "cannot fetch"),
    (["http://"], 400, "cannot fetch"),
    (["http://example.org:99999/"], 400, "bad URL"),
    (["http://example.org/a b"], 400, "bad URL"),
    ([f"https://example.org/{i}" for i in range(51)], 400, "51 URLs"),
    ({"urls": ["https://example.org/a"]}, 422, "bad parameter"),
    ([3], 422, "bad parameter"),
    ("https://example.org/a", 422, "bad parameter"),
])
def test_url_ingest_checks_its_input(writer: TestClient, body: Any, status: int, message: str) -> None:
    response = writer.post("/api/ingest/urls", json=body, headers=AUTH)
    assert response.status_code == status, response.text
    assert_error(response.json(), "DW100" if status == 400 else "DW500")
    assert message in response.json()["error"]["message"]
    assert get(writer, "/api/status")["counts"]["documents"] == 0


def test_url_ingest_needs_the_token(writer: TestClient) -> None:
    response = writer.post("/api/ingest/urls", json=["http://127.0.0.1:9/a.html"])
    assert response.status_code == 401
    assert_error(response.json(), "DW401")


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def news_site(root: Path) -> Iterator[str]:
    """A small news site on 127.0.0.1 from folder root: an article page, and a feed whose entry
    only links to a second article. Yields its base URL."""
    root.mkdir(parents=True, exist_ok=True)
    server = ThreadingHTTPServer(("127.0.0.1", 0),
                                 functools.partial(QuietHandler, directory=str(root)))
    base = f"http://127.0.0.1:{server.server_address[1]}"
    (root / "talks.html").write_text(
        "<html><head><title>Talks</title><meta property='article:published_time' "
        "content='2023-06-30'></head><body><nav>Home | World</nav><article><p>U.S. Secretary of "
        "State Antony Blinken hosted Azerbaijani Foreign Minister Jeyhun Bayramov in Arlington "
        "on Thursday.</p></article></body></html>", encoding="utf-8")
    (root / "call.html").write_text(
        "<html><head><title>Call</title><meta property='article:published_time' "
        "content='2023-09-02'></head><body><article><p>Secretary of State Antony Blinken called "
        "Armenian Prime Minister Nikol Pashinyan on September 1.</p></article></body></html>",
        encoding="utf-8")
    (root / "feed.xml").write_text(
        f"<?xml version='1.0'?><rss version='2.0'><channel><title>Wire</title><link>{base}/</link>"
        f"<item><title>Call</title><link>{base}/call.html</link><description>A call.</description>"
        "<pubDate>Sat, 02 Sep 2023 10:00:00 GMT</pubDate></item></channel></rss>", encoding="utf-8")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield base
    finally:
        server.shutdown()
        thread.join(10)
        server.server_close()


@pytest.fixture
def site(tmp_path: Path) -> Iterator[str]:
    with news_site(tmp_path / "site") as base:
        yield base


def test_url_ingest_fetches_pages_and_feeds(writer: TestClient, site: str) -> None:
    """Needs URL and feed support in dyadwatch.ingest (issue 4): until then URLs are rejected."""
    page, feed = f"{site}/talks.html", f"{site}/feed.xml"
    response = writer.post("/api/ingest/urls", json=[page, feed, page], headers=AUTH)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["urls"] == [page, feed]
    assert (body["summary"]["ingested"], body["summary"]["rejected"]) == (2, {}), body["summary"]
    docs = {d["url"] or d["doc_id"]: d for d in get(writer, "/api/documents")["documents"]}
    assert set(docs) == {page, f"{site}/call.html"}
    talks = get(writer, "/api/events", document=docs[page]["doc_id"])["events"]
    assert [(e["date"], e["type"]) for e in talks] == [("2023-06-29", "CONSULT")]
    call = get(writer, "/api/events", a="USA", b="ARM")["events"]
    assert [e["date"] for e in call] == ["2023-09-01"]
    again = writer.post("/api/ingest/urls", json=[page], headers=AUTH).json()["summary"]
    assert (again["ingested"], again["unchanged"]) == (0, 1)
