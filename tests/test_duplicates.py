"""One wire story saved from three sites is one set of events with three sources."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from dyadwatch import fingerprint, store, workflow
from dyadwatch.records import Span

STORY = [
    "WASHINGTON, May 4, 2023 - Four days of talks between the foreign ministers of Armenia and "
    "Azerbaijan, hosted by the United States outside Washington, ended on Thursday.",
    "U.S. Secretary of State Antony Blinken met Azerbaijani Foreign Minister Jeyhun Bayramov and "
    "Armenian Foreign Minister Ararat Mirzoyan at the Foreign Service training centre in Arlington, "
    "Virginia, on Thursday.",
    "Blinken said the two sides had made tangible progress on a bilateral peace agreement, although "
    "some of the hardest questions remained open.",
    "The ministers agreed to continue the negotiations, a joint statement released by the State "
    "Department said.",
]
SITES = {  # site name -> (headline, extra body paragraph or None)
    "Caucasus Wire": ("Armenia, Azerbaijan talks end near Washington", None),
    # The same text in other page furniture: an exact duplicate.
    "Daily Regional": ("Armenia, Azerbaijan talks end near Washington", None),
    # Another headline and one more paragraph: a near-duplicate, the same story.
    "Eurasia Monitor": ("Peace talks: progress but no deal yet",
                        "This report was updated with reaction from officials in Yerevan."),
}


def _page(site: str, headline: str, extra: str | None) -> str:
    slug = site.lower().replace(" ", "")
    body = "".join(f"<p>{p}</p>" for p in STORY + ([extra] if extra else []))
    return f"""<!doctype html><html><head><title>{headline} | {site}</title>
<meta property="og:site_name" content="{site}">
<link rel="canonical" href="https://{slug}.example/news/talks-end">
</head><body><nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/biz">Business</a></nav>
<article><h1>{headline}</h1>{body}</article>
<footer>Copyright {site}. All rights reserved. <a href="/privacy">Privacy</a></footer>
</body></html>"""


@pytest.fixture(scope="module")
def three_sites(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("wire")
    for site, (headline, extra) in SITES.items():
        (folder / f"{site.split()[0].lower()}.html").write_text(_page(site, headline, extra))
    return folder


def _events(db: Path) -> list[dict[str, Any]]:
    con = store.connect(db, read_only=True)
    try:
        return store.rows(con, "SELECT type, dyad, date, n_documents, n_sites, n_stories "
                               "FROM events ORDER BY type, dyad, date")
    finally:
        con.close()


@pytest.mark.slow
def test_three_copies_one_set_of_events_three_sources(three_sites: Path, tmp_path: Path) -> None:
    single, merged = tmp_path / "single.duckdb", tmp_path / "all.duckdb"
    con = store.connect(single)
    workflow.ingest(con, [str(three_sites / "caucasus.html")])
    con.close()
    con = store.connect(merged)
    summary = workflow.ingest(con, [str(three_sites)])
    docs = store.rows(con, "SELECT doc_id, story_id, (SELECT count(*) FROM sources s "
                           "WHERE s.doc_id = d.doc_id) AS n FROM documents d ORDER BY doc_id")
    con.close()
    # The second site's copy has the same main text: stored once, kept as a source;
    # the third is stored and coded, linked to the first as one story.
    assert summary.duplicates == 1 and summary.near_duplicates == 1
    assert [(d["doc_id"], d["story_id"], d["n"]) for d in docs] == [
        ("caucasus.html", "caucasus.html", 2), ("eurasia.html", "caucasus.html", 1)]
    alone, together = _events(single), _events(merged)
    assert alone, "the story should code at least one event"
    key = ("type", "dyad", "date")
    assert [[e[k] for k in key] for e in together] == [[e[k] for k in key] for e in alone]
    for event in together:
        assert (event["n_documents"], event["n_sites"], event["n_stories"]) == (2, 3, 1)


@pytest.mark.slow
def test_reingesting_copies_changes_nothing(three_sites: Path, tmp_path: Path) -> None:
    db = tmp_path / "again.duckdb"
    for attempt in range(2):
        con = store.connect(db)
        summary = workflow.ingest(con, [str(three_sites)])
        state = [store.rows(con, f"SELECT * EXCLUDE ({stamp}) FROM {table} ORDER BY ALL")
                 for table, stamp in (("documents", "ingested_at"), ("sources", "added_at"))]
        con.close()
        if attempt == 0:
            first = state
        else:
            assert state == first
            assert (summary.ingested, summary.duplicates, summary.unchanged) == (0, 0, 3)


def test_text_hash_ignores_boilerplate_case_and_spacing() -> None:
    body = "The ministers met in Geneva on Monday.\nThey agreed to meet again."
    with_menu = "Home | World | Business | Sport\n" + body.upper().replace(" ", "  ")
    assert fingerprint.text_hash(with_menu, [Span(0, 31)]) == fingerprint.text_hash(body)
    assert fingerprint.text_hash(body + " Then they left.") != fingerprint.text_hash(body)


def test_signature_separates_different_stories() -> None:
    story = " ".join(STORY)
    edited = story + " " + SITES["Eurasia Monitor"][1]
    other = ("The European Union extended its monitoring mission along the border for two more "
             "years, the Council said in Brussels on Monday, after a request from the government. " * 2)
    a, b, c = (fingerprint.signature(t) for t in (story, edited, other))
    assert fingerprint.similarity(a, b) >= fingerprint.NEAR
    assert fingerprint.similarity(a, c) < 0.2
    assert set(fingerprint.bands(a)) & set(fingerprint.bands(b))
    assert fingerprint.signature("too short to compare") == ()


def _ingest(db: Path, *inputs: Path) -> Any:
    con = store.connect(db)
    try:
        return workflow.ingest(con, [str(i) for i in inputs])
    finally:
        con.close()


def _table(db: Path, sql: str) -> list[dict[str, Any]]:
    con = store.connect(db, read_only=True)
    try:
        return store.rows(con, sql)
    finally:
        con.close()


LINES = [f"Officials of the {n}th commission met in Geneva on Monday to review the grain corridor, "
         f"item {n} of the agenda, and agreed to meet again in a month." for n in range(60)]


@pytest.mark.slow
def test_one_identity_twice_in_a_batch_loses_nothing(tmp_path: Path) -> None:
    rows = [{"id": f"r{n}", "text": text} for n, text in enumerate(LINES)]
    rows[1]["id"] = "r0"  # a feed or export that lists one id twice, with another text
    rows[5]["title"] = "broken \ud800 escape"  # a lone surrogate, as JSON allows
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    summary = _ingest(tmp_path / "db.duckdb", path)
    ids = [r["doc_id"] for r in _table(tmp_path / "db.duckdb", "SELECT doc_id FROM documents")]
    assert summary.rejected_total == 0 and len(ids) == 59 and "r5" in ids
    kept = _table(tmp_path / "db.duckdb", "SELECT text FROM documents WHERE doc_id = 'r0'")
    assert kept == [{"text": LINES[1]}]  # the later record replaced the earlier


@pytest.mark.slow
def test_copies_follow_their_first_document_when_it_changes(tmp_path: Path) -> None:
    db, folder = tmp_path / "db.duckdb", tmp_path / "in"
    folder.mkdir()
    for name, text in (("x.txt", LINES[0]), ("y.txt", LINES[0]), ("z.txt", LINES[2])):
        (folder / name).write_text(text)
    _ingest(db, folder)
    assert len(_table(db, "SELECT * FROM sources WHERE doc_id = 'x.txt'")) == 2
    (folder / "x.txt").write_text(LINES[1])  # the first copy changes: y no longer copies it
    (folder / "y.txt").write_text(LINES[2] + " ")  # and y now repeats z
    _ingest(db, folder)
    sources = {(r["doc_id"], r["input"].rsplit("/", 1)[-1])
               for r in _table(db, "SELECT doc_id, input FROM sources")}
    assert sources == {("x.txt", "x.txt"), ("z.txt", "z.txt"), ("z.txt", "y.txt")}
    texts = {r["doc_id"]: r["text"] for r in _table(db, "SELECT doc_id, text FROM documents")}
    assert texts == {"x.txt": LINES[1], "z.txt": LINES[2]}


def test_texts_without_words_are_not_copies_of_each_other() -> None:
    assert fingerprint.text_hash("Subscribe to our newsletter") == ""
    assert fingerprint.text_hash("...") == ""
