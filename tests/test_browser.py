"""The dashboard in a real browser (Debian's Chromium) against a real uvicorn server.

Any console error or failed request fails the test, so a broken script or a
missing static file cannot hide behind a page that merely loads.
"""

from __future__ import annotations

import json
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, sync_playwright

from dyadwatch import store
from dyadwatch.cli import EXIT_REJECTED, main
from dyadwatch.web import create_app
from tests.test_api import HOSTILE, TEXTS, build_db, news_site
from tests.test_concurrency import serving

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    path = build_db(tmp_path_factory.mktemp("web"))
    con = store.connect(path)  # a quality flag, as the clean stage sets them, for the pages to show
    con.execute("UPDATE documents SET flags = ['spam'] WHERE doc_id = 'hostile.txt'")
    con.close()
    with serving(create_app(path)) as url:
        yield url


@pytest.fixture(scope="module")
def artifacts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("artifacts")


@pytest.fixture
def page(base_url: str, artifacts: Path, request: pytest.FixtureRequest) -> Iterator[Page]:
    assert Path(CHROMIUM).exists(), "install Debian's chromium: apt-get install -y chromium"
    problems: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        tab = browser.new_page(base_url=base_url)
        tab.on("console", lambda m: problems.append(f"console {m.type}: {m.text}")
               if m.type == "error" else None)
        tab.on("pageerror", lambda e: problems.append(f"page error: {e}"))
        tab.on("requestfailed", lambda r: problems.append(f"request failed: {r.url} {r.failure}"))
        tab.on("response", lambda r: problems.append(f"HTTP {r.status}: {r.url}")
               if r.status >= 400 else None)
        tab.on("dialog", lambda d: problems.append(f"dialog opened: {d.message}"))
        yield tab
        tab.screenshot(path=str(artifacts / f"{request.node.name}.png"), full_page=True)
        browser.close()
    assert not problems, problems


def open_page(page: Page, path: str) -> None:
    page.goto(path)
    page.wait_for_selector("body[data-ready='1']")
    assert not page.locator(".error").count(), page.locator(".error").all_text_contents()


def test_every_page_renders(page: Page, artifacts: Path) -> None:
    for path in ("/", "/dyad?a=USA&b=AZE", "/balance?party=USA&with=AZE,ARM", "/actors?a=USA&b=AZE",
                 "/search?q=Blinken", "/documents", "/upload"):
        open_page(page, path)
        page.screenshot(path=str(artifacts / f"page{path.replace('/', '_').split('?')[0]}.png"))
    open_page(page, "/")
    assert page.locator("[data-count='documents'] b").text_content() == str(len(TEXTS))
    assert page.locator("#documents tbody tr").count() == len(TEXTS)
    assert page.locator(".flags a.flag").all_text_contents() == ["spam 1"]
    open_page(page, "/actors?a=USA&b=AZE")
    assert page.locator("svg circle").count() >= 2
    open_page(page, "/documents")
    assert "4 documents" in (page.locator("#documents .pager").text_content() or "")
    page.locator("#documents tbody a.flag").first.click()
    page.wait_for_selector("body[data-ready='1'] #documents tbody tr")
    assert page.locator("#documents tbody tr").all_text_contents()[0].startswith("hostile.txt")
    assert page.locator("#documents tbody tr").count() == 1 and "flag=spam" in page.url
    open_page(page, "/documents")
    page.locator("#documents tbody tr").first.click()
    page.wait_for_selector("body[data-ready='1'] #results tbody tr")
    assert "/search?document=" in page.url


def test_dyad_point_opens_highlighted_sentence(page: Page) -> None:
    """Pick a dyad; the chart comes from /api/series; a period's point lists its events;
    a row opens the event with its sentence highlighted in the document."""
    open_page(page, "/dyad")
    page.fill("input[name=a]", "Washington")
    page.fill("input[name=b]", "AZE")
    page.click("button[type=submit]")
    page.wait_for_selector("body[data-ready='1'] #timeline svg circle.point")
    assert page.locator("#timeline g.bar").count() == 3  # May, July and August 2022; June is empty
    assert page.locator("#chronology tbody tr").count() == 3
    assert "3 events" in (page.locator("#chronology .pager").text_content() or "")
    page.locator("#timeline circle.point").first.click()
    page.wait_for_selector("#period tbody tr")
    assert "2022-05" in (page.locator("#period h2").text_content() or "")
    assert page.locator("#period tbody tr").count() == 1
    page.locator("#period tbody tr").first.click()
    page.wait_for_selector("body[data-ready='1'] .doc mark")
    assert "/event?id=" in page.url
    mark = page.locator(".doc mark").first.text_content() or ""
    assert "Blinken called Azerbaijani President Ilham Aliyev on May 11" in mark


def test_period_bar_and_paging(page: Page) -> None:
    open_page(page, "/dyad?a=USA&b=AZE&by=quarter")
    page.locator("#timeline g.bar[data-period='2022-Q3']").click()
    page.wait_for_selector("#period tbody tr")
    assert page.locator("#period tbody tr").count() == 2  # July 28 and August 2
    open_page(page, "/search?party=USA&size=1")
    pager = page.locator("#results .pager span")
    with urllib.request.urlopen(page.url.replace("/search?", "/api/events?")) as response:
        total = json.load(response)["total"]
    assert total >= 3 and (pager.text_content() or "").startswith(f"{total} events · 1–1")
    page.click("#results button:text('Next')")
    page.wait_for_function("document.querySelector('#results .pager span').textContent.includes('2–2')")
    page.click("#results button:text('Previous')")
    page.wait_for_function("document.querySelector('#results .pager span').textContent.includes('1–1')")
    assert page.locator("#results tbody tr").count() == 1


def test_hostile_article_shows_as_text(page: Page) -> None:
    open_page(page, "/search?q=August 2")
    page.locator("#results tbody tr").first.click()
    page.wait_for_selector("body[data-ready='1'] .doc mark")
    assert HOSTILE in (page.locator(".doc").first.text_content() or "")
    assert page.locator("main script").count() == 0


def test_upload_shows_new_events(page: Page, tmp_path: Path) -> None:
    article = tmp_path / "new_visit.txt"
    article.write_text("Wire\nMarch 4, 2023\n\nArmenian Foreign Minister Ararat Mirzoyan visited "
                       "Washington on March 3 and met Secretary of State Antony Blinken.\n", encoding="utf-8")
    open_page(page, "/upload")
    page.set_input_files("input[type=file]", str(article))
    page.click("#upload button[type=submit]")
    page.wait_for_selector("#upload-result h2", timeout=60_000)
    assert "new_visit.txt: 1 events" in (page.locator("#upload-result h2").first.text_content() or "")
    page.locator("#upload-result tbody tr").first.click()
    page.wait_for_selector("body[data-ready='1'] .doc mark")
    assert "Mirzoyan" in (page.locator(".doc mark").first.text_content() or "")


def test_fetch_urls_shows_summary(page: Page, tmp_path: Path, base_url: str) -> None:
    with news_site(tmp_path / "site") as site:
        open_page(page, "/upload")
        page.fill("textarea[name=urls]", f"{site}/talks.html\n")
        page.click("#fetch button[type=submit]")
        page.wait_for_selector("#upload-result .card", timeout=60_000)
    assert "ingested 1" in (page.locator("#upload-result .card").text_content() or "")
    with urllib.request.urlopen(f"{base_url}/api/events?a=USA&b=AZE&from=2023-06&to=2023-06") as response:
        assert [e["date"] for e in json.load(response)["events"]] == ["2023-06-29"]


def test_cli_hands_files_to_the_running_server(base_url: str, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    """While the server holds the database, the CLI ingests through it, not beside it."""
    folder = tmp_path / "news"
    (folder / "deep").mkdir(parents=True)
    (folder / "deep" / "riyadh.txt").write_text(
        "Readout\nFebruary 19, 2025\n\nSecretary of State Marco Rubio met Russian Foreign "
        "Minister Sergei Lavrov in Riyadh on February 18.\n", encoding="utf-8")
    (folder / "notes.docx").write_bytes(b"PK\x03\x04")
    assert main(["ingest", "--server", base_url, str(folder)]) == EXIT_REJECTED
    err = capsys.readouterr().err
    assert "notes.docx: unknown extension" in err and "ingested 1" in err
    with urllib.request.urlopen(f"{base_url}/api/events?a=USA&b=RUS&from=2025-02") as response:
        found = json.load(response)["events"]
    assert [(e["date"], e["mentions"][0]["document"]) for e in found] == [("2025-02-18",
                                                                           "riyadh.txt")]
    assert main(["ingest", "--server", "http://127.0.0.1:9", str(folder)]) == 1
    assert "cannot reach server" in capsys.readouterr().err
