"""Analytics and exports through the CLI, on a small corpus whose events are known."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import duckdb
import pytest

from dyadwatch.cli import main

TEXTS = {
    "call.txt": "Readout\nMay 12, 2022\n\nSecretary of State Antony Blinken called Azerbaijani "
                "President Ilham Aliyev on May 11. They discussed gas supplies to Europe through "
                "the Southern Gas Corridor.\n",
    "arm.txt": "Readout\nJuly 26, 2022\n\nSecretary Blinken spoke by phone with Armenian Prime "
               "Minister Nikol Pashinyan on July 25 about the border delimitation talks.\n",
    "visit.txt": "Wire\nJuly 30, 2022\n\nAzerbaijani Foreign Minister Jeyhun Bayramov visited "
                 "Washington on July 28 and met Secretary of State Antony Blinken.\n",
}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("an")
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    path = str(tmp_path_factory.mktemp("andb") / "a.duckdb")
    assert main(["--db", path, "ingest", str(folder)]) == 0
    return path


def run_json(db: str, capsys: pytest.CaptureFixture[str], *args: str) -> dict:
    capsys.readouterr()
    assert main(["--db", db, *args, "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_series_fills_empty_months(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    result = run_json(db, capsys, "series", "Washington", "Azerbaijan", "--from", "2022-05",
                      "--to", "2022-07")
    assert [(p["period"], p["events"]) for p in result["periods"]] == [
        ("2022-05", 1), ("2022-06", 0), ("2022-07", 1)]
    may = result["periods"][0]
    assert may["by_mode"] == {"phone": 1} and may["balance"] == 1.0
    assert may["intensity_sum"] == pytest.approx(1.5)
    quarters = run_json(db, capsys, "series", "USA", "AZE", "--by", "quarter")
    assert [(p["period"], p["events"]) for p in quarters["periods"]] == [("2022-Q2", 1),
                                                                         ("2022-Q3", 1)]


def test_balance_compares_partners(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    result = run_json(db, capsys, "balance", "USA", "--with", "AZE", "ARM")
    aze, arm = result["with"]
    assert (aze["party"], aze["contacts"], arm["contacts"]) == ("AZE", 2, 1)
    assert aze["by_mode"] == {"phone": 1, "visit": 1}
    assert aze["initiative"]["by_other"] == 1  # Bayramov came to Washington
    assert (aze["first_contact"], aze["last_contact"], aze["longest_gap_days"]) == (
        "2022-05-11", "2022-07-28", 78)
    assert aze["by_level"] == {"head": 1, "minister": 1}


def test_themes_actors_and_digest(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert "energy" in run_json(db, capsys, "themes", "USA", "AZE")["totals"]
    assert "peace" in run_json(db, capsys, "themes", "USA", "ARM")["totals"]
    edges = run_json(db, capsys, "actors", "USA", "AZE")["edges"]
    assert {(e["a"]["name"], e["b"]["name"]) for e in edges} >= {("Ilham Aliyev", "Antony Blinken")}
    digest = run_json(db, capsys, "digest", "--since", "2022-07")
    happened = {(tuple(d["dyad"]), e["date"]) for d in digest["dyads"] for e in d["events"]
                if e["happened_since"]}
    assert happened == {(("ARM", "USA"), "2022-07-25"), (("AZE", "USA"), "2022-07-28")}


def test_bad_arguments_are_one_line(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["--db", db, "series", "USA", "Atlantis"]) == 1
    assert main(["--db", db, "balance", "USA", "--with", "AZE", "--from", "2022-13"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and "unknown party 'Atlantis'" in err[0] and "bad date" in err[1]


def test_exports(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "e.csv"
    assert main(["--db", db, "export", "--format", "csv", str(out)]) == 0
    table = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(table) == 3 and {r["documents"] for r in table} == set(TEXTS)
    assert any(r["source_name"] == "Jeyhun Bayramov" and r["level"] == "minister" for r in table)
    parquet = tmp_path / "e.parquet"
    assert main(["--db", db, "export", "--format", "parquet", str(parquet)]) == 0
    nested = duckdb.sql(f"SELECT date, mentions[1].document AS doc, mentions[1].sentence AS s "
                        f"FROM '{parquet}' ORDER BY date").fetchall()
    assert [(d, doc) for d, doc, _ in nested] == [("2022-05-11", "call.txt"),
                                                   ("2022-07-25", "arm.txt"),
                                                   ("2022-07-28", "visit.txt")]
    capsys.readouterr()
    assert main(["--db", db, "export", "--format", "plover", "-"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {tuple(sorted(r)) for r in records} == {("actor", "cite_info", "context", "date",
                                                     "event", "id", "mode", "recipient", "text")}
    visit = next(r for r in records if r["mode"] == "visit")
    assert (visit["actor"], visit["recipient"], visit["event"]) == ("AZE", "USA", "CONSULT")
    assert visit["cite_info"].startswith("visit.txt chars ")


def test_export_to_a_missing_folder_is_one_line(db: str, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    for fmt in ("csv", "parquet"):
        assert main(["--db", db, "export", "--format", fmt, str(tmp_path / "no" / f"e.{fmt}")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and all(line.startswith("dyadwatch: [DW") and "cannot write" in line
                                 for line in err)
