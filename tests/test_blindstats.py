"""Precision by coarse prediction features, computed from a real store."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from dyadwatch.blindstats import _bucket, _date_source, feature_precision, lines
from dyadwatch.evaluate import Prediction


@pytest.mark.parametrize(("value", "label"), [(0, "0-1"), (1, "0-1"), (2, "2-5"), (5, "2-5"),
                                              (6, "6-15"), (16, "16+")])
def test_buckets_have_inclusive_upper_edges(value: int, label: str) -> None:
    assert _bucket(value, (1, 5, 15)) == label


def test_a_bucket_can_start_above_zero() -> None:
    assert [_bucket(n, (2, 3), 2) for n in (2, 3, 4, 9)] == ["2", "3", "4+", "4+"]


@pytest.mark.parametrize(("text", "source"), [(None, "none"), ("news day", "news day"),
                                              ("perfect", "narrative"), ("12 May", "explicit"),
                                              ("in March", "explicit"), ("heading", "block"),
                                              ("reaction", "linked event"),
                                              ("on Tuesday", "relative words")])
def test_date_sources(text: str | None, source: str) -> None:
    assert _date_source(text) == source


def _store(path: Path) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE mentions (event_id VARCHAR, doc_id VARCHAR, sentence_index INT,"
                " start_char INT, sentence VARCHAR, date_text VARCHAR, status VARCHAR,"
                " mode VARCHAR, source_code VARCHAR, target_code VARCHAR,"
                " source_level VARCHAR, target_level VARCHAR)")
    rows = [  # event, doc, sentence, date_text, pair
        ("e1", "d", 0, "12 May", "USA", "AZE"),
        ("e2", "d", 3, "narrative", "FRA", "DEU"),
        ("e3", "d", 3, "narrative", "FRA", "EU"),
        ("e4", "d", 3, "narrative", "DEU", "EU"),
        ("e1", "d", 5, None, "USA", "AZE"),
    ]
    for event, doc, index, date_text, source, target in rows:
        con.execute("INSERT INTO mentions VALUES (?, ?, ?, 0, 'a b c', ?, 'occurred', 'meet',"
                    " ?, ?, 'minister', NULL)", [event, doc, index, date_text, source, target])
    return con


def test_predictions_are_counted_right_or_false_under_each_feature(tmp_path: Path) -> None:
    con = _store(tmp_path / "s.duckdb")
    preds = [Prediction(frozenset({"d"}), "USA", "AZE", "2024-05-12", "CONSULT", "e1"),
             Prediction(frozenset({"d"}), "FRA", "DEU", "2024-05-13", "CONSULT", "e2"),
             Prediction(frozenset({"d"}), "FRA", "EU", "2024-05-13", "CONSULT", "e3"),
             Prediction(frozenset({"d"}), "DEU", "EU", "2024-05-13", "CONSULT", "e4")]
    tally = feature_precision(con, preds, spurious=preds[1:3], organisations={"EU"})
    assert tally["date from"] == {"explicit": (1, 1), "narrative": (3, 1)}  # first mention
    assert tally["coded parties in sentence"] == {"2": (1, 1), "3": (3, 1)}
    assert tally["mentions"] == {"2+": (1, 1), "1": (3, 1)}
    assert tally["parties"] == {"states only": (2, 1), "with organisation": (2, 1)}
    assert tally["pair in other sentences"] == {"yes": (1, 1), "no": (3, 1)}
    assert tally["persons acting"] == {"1": (4, 2)}
    text = lines(tally)
    assert "precision by date from: narrative 1/3 (0.33); explicit 1/1 (1.00)" in text
