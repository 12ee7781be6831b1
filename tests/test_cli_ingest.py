"""End-to-end through the CLI: bad input, idempotent re-ingest, queries and the export record."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dyadwatch import store
from dyadwatch.cli import EXIT_REJECTED, main

GOOD = ("Readout\nPublished 12 May 2022\n\nSecretary of State Antony Blinken called Azerbaijani "
        "President Ilham Aliyev on May 11. A day later, Blinken met Armenian Foreign Minister "
        "Ararat Mirzoyan in Washington.\n")


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "sub" / "page.html").write_text(
        "<html><head><title>Talks</title><meta property='article:published_time' "
        "content='2023-06-30'></head><body><nav>Home | World | Europe</nav><article><p>U.S. "
        "Secretary of State Antony Blinken hosted Azerbaijani Foreign Minister Jeyhun Bayramov "
        "in Arlington on Thursday.</p></article></body></html>", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "latin1.txt").write_bytes("Caf\xe9 diplomacy in Baku".encode("latin-1"))
    (folder / "notes.docx").write_bytes(b"PK\x03\x04")
    (folder / "feed.jsonl").write_text(
        json.dumps({"id": "w1", "url": "https://example.org/a", "title": "Call",
                    "published": "2021-03-07", "text": "Blinken spoke with Armenian Prime "
                    "Minister Nikol Pashinyan by phone on Saturday."}) + "\n{not json\n"
        + json.dumps({"id": "w2"}) + "\n", encoding="utf-8")
    return folder


def test_batch_with_bad_inputs(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "t.duckdb")
    assert main(["--db", db, "ingest", str(corpus)]) == EXIT_REJECTED
    err = capsys.readouterr().err
    for reason in ("empty file", "binary content", "invalid UTF-8", "unknown extension",
                   "malformed JSON", "no non-empty 'text'"):
        assert reason in err
    con = store.connect(db, read_only=True)
    docs = {r[0] for r in con.execute("SELECT doc_id FROM documents").fetchall()}
    assert docs == {"good.txt", "page.html", "w1"}
    assert con.execute("SELECT count(*) FROM rejections").fetchone()[0] == 6
    before = con.execute("SELECT count(*) FROM events").fetchone()[0]
    con.close()
    assert before >= 3
    # the same inputs again: nothing new, nothing lost
    assert main(["--db", db, "ingest", str(corpus)]) == EXIT_REJECTED
    con = store.connect(db, read_only=True)
    assert con.execute("SELECT count(*) FROM events").fetchone()[0] == before
    assert con.execute("SELECT count(*) FROM rejections").fetchone()[0] == 6
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 3


def test_chronology_and_export_record(corpus: Path, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "t.duckdb")
    main(["--db", db, "ingest", str(corpus)])
    capsys.readouterr()
    assert main(["--db", db, "chronology", "USA", "Azerbaijan", "--format", "json"]) == 0
    events = json.loads(capsys.readouterr().out)
    assert [(e["date"], e["type"], e["mode"]) for e in events] == [
        ("2022-05-11", "CONSULT", "phone"), ("2023-06-29", "CONSULT", "meet")]
    out = tmp_path / "events.jsonl"
    assert main(["--db", db, "export", "--format", "jsonl", str(out)]) == 0
    records = [json.loads(line) for line in out.read_text().splitlines()]
    call = next(r for r in records if r["date"] == "2021-03-06")
    assert {"event_id", "date", "date_precision", "type", "mode", "status", "source", "target",
            "intensity", "mentions"} <= call.keys()
    assert set(call["source"]) >= {"code", "name", "role", "sector"}
    (mention,) = call["mentions"]
    assert mention["document"] == "w1" and mention["url"] == "https://example.org/a"
    text = json.loads(Path(corpus / "feed.jsonl").read_text().splitlines()[0])["text"]
    assert text[mention["start"]:mention["end"]] == mention["sentence"]


def test_huge_file_is_cut_with_a_warning(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    big = tmp_path / "big.txt"
    line = "The delegations exchanged documents about the weather in the capital region.\n"
    with big.open("w", encoding="utf-8") as handle:
        for _ in range(50 * 1024 * 1024 // len(line)):
            handle.write(line)
    db = str(tmp_path / "t.duckdb")
    assert main(["--db", db, "ingest", str(big)]) == 0
    assert "cut there" in capsys.readouterr().err
    con = store.connect(db, read_only=True)
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 1


def test_errors_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(tmp_path / "none.duckdb"), "chronology", "USA", "AZE"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("dyadwatch: [DW400]") and "\n" not in err
    db = str(tmp_path / "t.duckdb")
    store.connect(db).close()
    assert main(["--db", db, "chronology", "USA", "Atlantis"]) == 1
    assert "unknown party 'Atlantis'" in capsys.readouterr().err
    assert main(["--db", db, "events", "--from", "May 2022"]) == 1
    assert "[DW500] bad date" in capsys.readouterr().err


def test_eval_explain_names_the_failing_stage(corpus: Path, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "t.duckdb")
    main(["--db", db, "ingest", str(corpus / "good.txt")])
    gold = tmp_path / "gold.jsonl"
    lines = [
        {"doc": "good.txt", "date": "2022-05-11", "actors": ["USA", "AZE"], "directed": False,
         "types": ["CONSULT"], "optional": False, "evidence": "called Azerbaijani President"},
        {"doc": "good.txt", "date": "2022-05-13", "actors": ["USA", "ARM"], "directed": False,
         "types": ["CONSULT"], "optional": False, "evidence": "Blinken met Armenian"},
        {"doc": "good.txt", "date": "2022-05-12", "actors": ["USA", "GEO"], "directed": False,
         "types": ["CONSULT"], "optional": False, "evidence": "Readout"},
        {"doc": "good.txt", "date": "2022-05-11", "actors": ["USA", "AZE"], "directed": False,
         "types": ["AGREE"], "optional": False, "evidence": "called Azerbaijani President"},
    ]
    gold.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["--db", db, "eval", str(gold), "--explain"]) == 0
    out = capsys.readouterr().out
    assert "recall" not in out and "R=0.250" in out
    assert "wrong date" in out and "2022-05-13 USA-ARM CONSULT: coded date(s) 2022-05-12" in out
    # the evidence line is read again: it names no Georgian party at all
    line = next(x for x in out.splitlines() if "2022-05-12 USA-GEO" in x)
    assert "no actor: GEO" in line
    assert "2022-05-11 USA-AZE AGREE: coded CONSULT" in out
    # a blind set's run names no document, sentence, party or event: only counts, two by
    # type so that disagreements on type conventions show without reading the set, then
    # precision by coarse features of the predictions
    assert main(["--db", db, "eval", str(gold), "--blind"]) == 0
    blind = capsys.readouterr().out.splitlines()
    assert blind[0].startswith("overall") and "R=0.250" in blind[0]
    assert "1 missed: wrong date" in blind[1] and "1 missed: no actor" in blind[1]
    assert blind[2] == "wrong type by type: 1 AGREE<-CONSULT"
    assert blind[3].startswith("spurious by type:")
    features = {line.split(":")[0] for line in blind[4:]}
    assert {"precision by date from", "precision by coded parties in sentence",
            "precision by mentions"} <= features
    assert all(line.startswith("precision by ") for line in blind[4:])
    assert "good.txt" not in "".join(blind) and "USA" not in "".join(blind)


def test_markdown_chronology_and_csv_events(corpus: Path, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "t.duckdb")
    main(["--db", db, "ingest", str(corpus / "good.txt"), str(corpus / "feed.jsonl")])
    capsys.readouterr()
    assert main(["--db", db, "chronology", "USA", "ARM", "--format", "md"]) == 0
    md = capsys.readouterr().out.splitlines()
    assert md[0] == "## Chronology USA-ARM" and md[2] == "| date | event | sources |"
    assert [line.split(" | ")[0] for line in md[4:]] == ["| 2021-03-06", "| 2022-05-12"]
    assert main(["--db", db, "events", "--party", "ARM", "--from", "2022", "--format", "csv"]) == 0
    rows = capsys.readouterr().out.strip().splitlines()
    assert rows[0].startswith("event_id,date,date_precision,type,mode")
    assert len(rows) == 2 and ",2022-05-12,day,CONSULT,meet," in rows[1]


def test_demo_shows_the_sample_chronology_and_scores_it(tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    """The README's first command: it must work on a fresh database and score the sample."""
    db = str(tmp_path / "demo.duckdb")
    assert main(["--db", db, "demo", "--eval"]) == 0
    out = capsys.readouterr().out
    assert "USA" in out and "AZE" in out
    overall = next(line for line in out.splitlines() if line.startswith("overall"))
    assert "P=" in overall and "matched" in overall
