"""One document the coder cannot finish costs that document, never the batch."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from dyadwatch import nlp, store, watchdog, workflow
from dyadwatch.records import Article, ProcessedDocument


def test_the_budget_grows_with_length_above_a_floor() -> None:
    assert watchdog.budget(500) == watchdog.FLOOR_SECONDS
    assert watchdog.budget(10_000_000) == 10_000_000 / watchdog.CHARS_PER_SECOND


def test_an_endless_loop_is_stopped_and_the_timer_disarmed() -> None:
    started = time.monotonic()
    with pytest.raises(watchdog.DocumentTimeout, match="budget"), watchdog.time_limit(0.2):
        while True:
            pass
    assert time.monotonic() - started < 5
    time.sleep(0.3)  # a timer left armed would fire here and fail the test


def test_a_block_that_finishes_in_time_is_left_alone() -> None:
    with watchdog.time_limit(2):
        total = sum(range(1000))
    assert total == 499500


def test_outside_the_main_thread_no_budget_is_armed() -> None:
    seen: list[str] = []

    def work() -> None:
        with watchdog.time_limit(0.05):
            time.sleep(0.2)
            seen.append("finished")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert seen == ["finished"]


def test_an_ingest_batch_goes_on_past_a_document_that_never_finishes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name, text in (("stuck.txt", "Loop here. Poland and Lithuania signed a deal."),
                       ("fine.txt", "Poland and Lithuania signed a deal on 3 May 2024.")):
        (tmp_path / name).write_text(text, encoding="utf-8")
    real_code = workflow.code

    def sometimes_endless(article: Article, kb: object = None) -> ProcessedDocument:
        while article.text.startswith("Loop"):  # stands in for a walk that never ends
            pass
        return real_code(article, kb)  # type: ignore[arg-type]

    monkeypatch.setattr(workflow, "code", sometimes_endless)
    nlp.load()  # loaded once per process; not part of a document's (shortened) budget here
    monkeypatch.setattr(watchdog, "FLOOR_SECONDS", 5.0)  # room for a slow CI machine
    con = store.connect(tmp_path / "w.duckdb")
    summary = workflow.ingest(con, [str(tmp_path / "stuck.txt"), str(tmp_path / "fine.txt")])
    assert summary.rejected_total == 1
    rejected = con.execute("SELECT input, stage, reason FROM rejections").fetchall()
    assert len(rejected) == 1 and rejected[0][0].endswith("stuck.txt")
    assert rejected[0][1] == "process" and "budget" in rejected[0][2]
    stored = [r[0] for r in con.execute("SELECT source FROM documents").fetchall()]
    assert len(stored) == 1 and stored[0].endswith("fine.txt")
