"""JSON records from other tools' exports keep their text, date, title, link and site."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dyadwatch.ingest import fields
from dyadwatch.ingest.files import read_path
from dyadwatch.records import Document, FuzzyDate, Rejection

STORY = ("Kenyan and Ethiopian officials met in Nairobi to discuss a power line "
         "that carries electricity across their shared border.")


@pytest.mark.parametrize(("record", "expected"), [
    ({"maintext": STORY, "date_publish": "2024-03-12 10:15:00", "title": "Power line talks",
      "url": "https://news.example/a", "source_domain": "news.example"},
     ("https://news.example/a", "Power line talks", FuzzyDate(2024, 3, 12), "news.example")),
    ({"content": STORY, "publishedAt": "2024-03-12T10:15:00Z", "headline": "Talks",
      "link": "https://wire.example/b"},
     ("https://wire.example/b", "Talks", FuzzyDate(2024, 3, 12), None)),
    ({"body": STORY, "seendate": "20240312T101500Z", "id": 77},
     ("77", None, FuzzyDate(2024, 3, 12), None)),
    ({"article": STORY, "pubDate": "Tue, 12 Mar 2024 10:15:00 GMT", "guid": "g-1"},
     ("g-1", None, FuzzyDate(2024, 3, 12), None)),
    ({"text": STORY, "date": "March 12, 2024", "site": "Horn Daily"},
     (None, None, FuzzyDate(2024, 3, 12), "Horn Daily")),
    ({"text": STORY, "created_at": 1710238500},
     (None, None, FuzzyDate(2024, 3, 12), None)),
    ({"text": STORY, "datePublished": 1710238500000},
     (None, None, FuzzyDate(2024, 3, 12), None)),
])
def test_exporters_field_names_are_read(tmp_path: Path, record: dict[str, object],
                                        expected: tuple[object, ...]) -> None:
    path = tmp_path / "export.jsonl"
    path.write_text(json.dumps(record) + "\n")
    found = list(read_path(path))
    assert len(found) == 1 and isinstance(found[0], Document)
    doc = found[0]
    ident, title, published, site = expected
    assert doc.content == STORY
    assert (doc.title, doc.published, doc.site) == (title, published, site)
    if ident is not None:
        assert doc.doc_id == ident


def test_our_own_names_win_over_aliases(tmp_path: Path) -> None:
    path = tmp_path / "both.jsonl"
    path.write_text(json.dumps({"text": STORY, "content": "other words", "published": "2024-03-12",
                                "date": "2020-01-01"}) + "\n")
    doc = next(iter(read_path(path)))
    assert isinstance(doc, Document)
    assert (doc.content, doc.published) == (STORY, FuzzyDate(2024, 3, 12))


@pytest.mark.parametrize("stamp", [
    "03/04/2024",          # day-month order unsettled: no guess
    "last Tuesday",        # relative: nothing to anchor it
    "2024-13-40",          # impossible month and day
    "In the spring the two governments met several times and signed accords in 2019 and 2021",
    12,                    # a small number is no epoch stamp
    True,
])
def test_unreadable_stamps_give_no_date(stamp: object) -> None:
    assert fields.published(stamp) is None


@pytest.mark.parametrize(("stamp", "expected"), [
    ("2024", FuzzyDate(2024)),
    ("2024-03", FuzzyDate(2024, 3)),
    ("12.03.2024 14:05", FuzzyDate(2024, 3, 12)),
    ("12 Mar 2024", FuzzyDate(2024, 3, 12)),
    ("20240312", FuzzyDate(2024, 3, 12)),
])
def test_stamps_at_the_precision_they_give(stamp: str, expected: FuzzyDate) -> None:
    assert fields.published(stamp) == expected


def test_record_without_any_text_field_names_the_names_tried(tmp_path: Path) -> None:
    path = tmp_path / "none.jsonl"
    path.write_text(json.dumps({"title": "only a title", "date": "2024-03-12"}) + "\n")
    found = list(read_path(path))
    assert len(found) == 1 and isinstance(found[0], Rejection)
    assert found[0].reason.startswith("JSON object has no non-empty 'text' field (nor 'content'")
    assert found[0].input == f"{path}:1"
