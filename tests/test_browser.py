"""The dashboard in a real browser (Debian's Chromium) against a real uvicorn server.

Any console error or failed request fails the test, so a broken script or a
missing static file cannot hide behind a page that merely loads.
"""

from __future__ import annotations

import json
import socket
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from playwright.sync_api import Page, sync_playwright

from dyadwatch.cli import EXIT_REJECTED, main
from dyadwatch.web import create_app
from tests.test_api import HOSTILE, TEXTS, build_db

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    app = create_app(build_db(tmp_path_factory.mktemp("web")))
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


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
                 "/search?q=Blinken", "/upload"):
        open_page(page, path)
        page.screenshot(path=str(artifacts / f"page{path.replace('/', '_').split('?')[0]}.png"))
    open_page(page, "/")
    assert page.locator("[data-count='documents'] b").text_content() == str(len(TEXTS))
    open_page(page, "/actors?a=USA&b=AZE")
    assert page.locator("svg circle").count() >= 2


def test_dyad_point_opens_highlighted_sentence(page: Page) -> None:
    open_page(page, "/dyad")
    page.fill("input[name=a]", "Washington")
    page.fill("input[name=b]", "AZE")
    page.click("button[type=submit]")
    page.wait_for_selector("#timeline svg circle.point")
    assert page.locator("#chronology tbody tr").count() == 3
    page.locator("#timeline circle.point").first.click()
    page.wait_for_selector("body[data-ready='1'] .doc mark")
    assert "/event?id=" in page.url
    mark = page.locator(".doc mark").first.text_content() or ""
    assert "Blinken called Azerbaijani President Ilham Aliyev on May 11" in mark


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
    page.click("button[type=submit]")
    page.wait_for_selector("#upload-result h2", timeout=60_000)
    assert "new_visit.txt: 1 events" in (page.locator("#upload-result h2").first.text_content() or "")
    page.locator("#upload-result tbody tr").first.click()
    page.wait_for_selector("body[data-ready='1'] .doc mark")
    assert "Mirzoyan" in (page.locator(".doc mark").first.text_content() or "")


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
