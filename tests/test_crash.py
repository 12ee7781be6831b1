"""Killing an ingest at any moment and running it again gives the uninterrupted result."""

from __future__ import annotations

import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dyadwatch import store, workflow

MULTIREPORT = Path(__file__).parent / "data" / "multireport"


def _state(db: Path) -> tuple[list[tuple[object, ...]], ...]:
    con = store.connect(db, read_only=True)
    try:
        docs = con.execute("SELECT doc_id, content_hash, story_id, flags, coded FROM documents "
                           "ORDER BY 1").fetchall()
        sources = con.execute("SELECT doc_id, input FROM sources ORDER BY 1, 2").fetchall()
        events = con.execute("SELECT event_id, date, type, source_code, target_code, n_mentions, "
                             "n_documents, n_stories FROM events ORDER BY 1").fetchall()
        mentions = con.execute("SELECT doc_id, start_char, type, event_id FROM mentions "
                               "ORDER BY 1, 2, 3, 4").fetchall()
    finally:
        con.close()
    return docs, sources, events, mentions


def _ingest(db: Path, corpus: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "dyadwatch.cli", "--db", str(db), "ingest",
                             str(corpus)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


@pytest.mark.slow
def test_killed_ingest_completes_on_rerun(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(MULTIREPORT, corpus / "multireport", ignore=shutil.ignore_patterns("*.md", "*.json*"))
    for copy in range(5):  # with the 75 reports, about 200 documents: several write batches of 50
        folder = corpus / f"copy{copy}"
        folder.mkdir()
        for path in workflow.sample_corpus().iterdir():
            if path.suffix == ".jsonl" and copy:
                continue  # its records carry their own ids: a copy would only be 'unchanged'
            text = path.read_text(encoding="utf-8")
            if path.suffix == ".txt" and copy:  # a near-duplicate: linked as the same story
                text = f"Archive copy {copy}.\n{text}"
            (folder / f"c{copy}_{path.name}").write_text(text, encoding="utf-8")
    reference, crashed = tmp_path / "reference.duckdb", tmp_path / "crashed.duckdb"
    started = time.monotonic()
    assert _ingest(reference, corpus).wait(timeout=300) == 0
    duration = time.monotonic() - started
    process = _ingest(crashed, corpus)
    time.sleep(duration * random.uniform(0.3, 0.8))  # somewhere in the middle of the work
    process.kill()
    assert process.wait(timeout=30) != 0, "the ingest finished before the kill: nothing was tested"
    assert _ingest(crashed, corpus).wait(timeout=300) == 0
    assert _state(crashed) == _state(reference)
