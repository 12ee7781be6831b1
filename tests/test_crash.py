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


def _state(db: Path) -> tuple[list[tuple[object, ...]], ...]:
    con = store.connect(db, read_only=True)
    try:
        docs = con.execute("SELECT doc_id, content_hash FROM documents ORDER BY 1").fetchall()
        events = con.execute("SELECT event_id, date, type, source_code, target_code, n_mentions "
                             "FROM events ORDER BY 1").fetchall()
        mentions = con.execute("SELECT doc_id, start_char, type, event_id FROM mentions "
                               "ORDER BY 1, 2, 3, 4").fetchall()
    finally:
        con.close()
    return docs, events, mentions


def _ingest(db: Path, corpus: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "dyadwatch.cli", "--db", str(db), "ingest",
                             str(corpus)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


@pytest.mark.slow
def test_killed_ingest_completes_on_rerun(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    for copy in range(4):  # about 100 documents: several write batches of 50
        shutil.copytree(workflow.sample_corpus(), corpus / f"copy{copy}")
        for path in (corpus / f"copy{copy}").iterdir():
            path.rename(path.with_name(f"c{copy}_{path.name}"))
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
