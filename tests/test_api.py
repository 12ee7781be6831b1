"""The HTTP API on a small known corpus: every endpoint, filters, one error shape, no XSS."""

from __future__ import annotations

from collections.abc import Iterator
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
    assert (page["count"], page["events"][0]["date"]) == (1, "2022-07-28")


def test_event_and_documents(client: TestClient) -> None:
    first = get(client, "/api/events", document="call.txt")["events"][0]
    event = get(client, f"/api/events/{first['event_id']}")
    mention = event["mentions"][0]
    doc = get(client, f"/api/documents/{mention['document']}")
    assert doc["text"][mention["start"]:mention["end"]] == mention["sentence"]
    assert isinstance(doc["boilerplate"], list) and "content_hash" not in doc
    listing = get(client, "/api/documents")
    assert {d["doc_id"] for d in listing["documents"]} == set(TEXTS)
    assert [r["input"].rsplit("/", 1)[-1] for r in listing["rejections"]] == ["empty.txt"]
    dyads = get(client, "/api/dyads")["dyads"]
    assert dyads[0] == dyads[0] | {"a": "AZE", "b": "USA", "events": 3}
    assert get(client, "/api/status")["counts"]["documents"] == 4


def test_analytics_endpoints(client: TestClient) -> None:
    series = get(client, "/api/series", a="USA", b="AZE", by="month")
    assert [p["period"] for p in series["periods"]] == ["2022-05", "2022-06", "2022-07", "2022-08"]
    aze, arm = get(client, "/api/balance", party="USA", **{"with": ["AZE", "ARM"]})["with"]
    assert (aze["party"], arm["contacts"]) == ("AZE", 1)
    assert "energy" in get(client, "/api/themes", a="USA", b="AZE")["totals"]
    names = {(e["a"]["name"], e["b"]["name"]) for e in get(client, "/api/actors", a="USA", b="AZE")["edges"]}
    assert ("Ilham Aliyev", "Antony Blinken") in names
    assert get(client, "/api/digest", since="2022-07")["dyads"]
    assert "/api/events" in get(client, "/openapi.json")["paths"]


@pytest.mark.parametrize(("url", "params", "status", "code"), [
    ("/api/events", {"party": "Atlantis"}, 400, "DW500"),
    ("/api/events", {"from": "2022-13"}, 400, "DW500"),
    ("/api/events", {"limit": 501}, 422, "DW500"),
    ("/api/events", {"limit": "many"}, 422, "DW500"),
    ("/api/events", {"a": "USA"}, 400, "DW500"),
    ("/api/events", {"sort": "random()"}, 400, "DW500"),
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
    for page in ("/", "/dyad", "/event", "/balance", "/actors", "/search", "/upload"):
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
