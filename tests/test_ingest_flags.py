"""Quality flags at ingest: non-English and user-skipped documents are stored, listed, not coded."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyadwatch import store, workflow
from dyadwatch.cli import main

from .test_cleaning import FRENCH, SPAM, WIRE


@pytest.mark.slow
def test_flagged_documents_are_stored_but_not_coded(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in (("wire.txt", WIRE), ("french.txt", FRENCH), ("spam.txt", SPAM)):
        (folder / name).write_text(text, encoding="utf-8")
    db = tmp_path / "flags.duckdb"
    con = store.connect(db)
    summary = workflow.ingest(con, [str(folder)], skip_flags=frozenset({"spam"}))
    docs = {d["doc_id"]: d for d in store.rows(
        con, "SELECT doc_id, language, flags, coded, (SELECT count(*) FROM mentions m "
             "WHERE m.doc_id = d.doc_id) AS mentions FROM documents d")}
    con.close()
    assert summary.ingested == 3 and summary.not_coded == {"non_english": 1, "spam": 1}
    assert (docs["french.txt"]["language"], docs["french.txt"]["coded"]) == ("fr", False)
    assert "non_english" in docs["french.txt"]["flags"] and docs["french.txt"]["mentions"] == 0
    assert "spam" in docs["spam.txt"]["flags"] and not docs["spam.txt"]["coded"]
    assert docs["spam.txt"]["mentions"] == 0
    assert docs["wire.txt"]["coded"] and docs["wire.txt"]["flags"] == []

    assert main(["--db", str(db), "documents", "--flag", "spam"]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in listed] == ["spam.txt"]
    assert main(["--db", str(db), "documents", "--language", "fr", "--format", "json"]) == 0
    assert '"doc_id": "french.txt"' in capsys.readouterr().out


@pytest.mark.slow
def test_spam_is_coded_unless_the_user_skips_it(tmp_path: Path) -> None:
    (tmp_path / "spam.txt").write_text(SPAM, encoding="utf-8")
    con = store.connect(tmp_path / "s.duckdb")
    summary = workflow.ingest(con, [str(tmp_path / "spam.txt")])
    coded = store.rows(con, "SELECT coded FROM documents")
    con.close()
    assert summary.not_coded == {} and coded == [{"coded": True}]
