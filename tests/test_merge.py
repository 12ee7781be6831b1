"""Merging on real sentences: one event per happening, however it is reported."""

from collections.abc import Callable
from pathlib import Path

from dyadwatch import store, workflow
from dyadwatch.knowledge import KnowledgeBase
from dyadwatch.merge import merge
from dyadwatch.records import Actor, Event, FuzzyDate, Mention

Code = Callable[..., list[Mention]]


def merged(kb: KnowledgeBase, code: Code, *reports: tuple[str, str]) -> list[Event]:
    """Code each (text, publication date) as its own document, then merge them all."""
    mentions = [m for i, (text, published) in enumerate(reports)
                for m in code(text, published=published, doc_id=f"doc{i}.txt")]
    assert {m.doc_id for m in mentions} == {f"doc{i}.txt" for i in range(len(reports))}
    return [e for e in merge(kb, mentions) if e.type == "CONSULT"]


def test_month_and_day_precision_of_one_call_merge(kb: KnowledgeBase, code: Code) -> None:
    (event,) = merged(kb, code,
                      ("Blinken spoke by phone with President Ilham Aliyev in May.", "2022-06-02"),
                      ("Secretary of State Antony Blinken called Azerbaijani President Ilham Aliyev "
                       "on May 11.", "2022-05-12"))
    assert event.date == FuzzyDate(2022, 5, 11)
    assert {m.date.precision for m in event.mentions if m.date} == {"month", "day"}
    assert len({m.doc_id for m in event.mentions}) == 2


def test_reversed_wording_of_one_call_merges(kb: KnowledgeBase, code: Code) -> None:
    (event,) = merged(kb, code,
                      ("US Secretary of State Antony Blinken called Azerbaijani President Ilham "
                       "Aliyev on Wednesday.", "2022-05-12"),
                      ("Azerbaijani President Ilham Aliyev had a phone conversation with US "
                       "Secretary of State Antony Blinken on May 11.", "2022-05-13"))
    assert (event.date, event.mode) == (FuzzyDate(2022, 5, 11), "phone")
    assert (event.source.code, event.target.code) == ("USA", "AZE")
    assert event.source.name == "Antony Blinken" and event.target.name == "Ilham Aliyev"


def test_two_calls_between_the_same_people_stay_two(kb: KnowledgeBase, code: Code) -> None:
    events = merged(kb, code,
                    ("US Secretary of State Antony Blinken called Azerbaijani President Ilham "
                     "Aliyev on May 11.", "2022-05-12"),
                    ("Blinken called President Ilham Aliyev again on June 2 to discuss the peace "
                     "talks.", "2022-06-03"),
                    ("President Ilham Aliyev and Secretary of State Antony Blinken spoke by "
                     "telephone on May 11.", "2022-05-11"))
    assert sorted(e.date.iso for e in events if e.date) == ["2022-05-11", "2022-06-02"]
    assert sorted(len(e.mentions) for e in events) == [1, 2]


def test_same_day_calls_by_different_officials_stay_two(kb: KnowledgeBase, code: Code) -> None:
    events = merged(kb, code,
                    ("US Secretary of State Antony Blinken called Azerbaijani Foreign Minister "
                     "Jeyhun Bayramov on April 4.", "2023-04-05"),
                    ("US Secretary of Defense Lloyd Austin called Azerbaijani Defence Minister Zakir "
                     "Hasanov on April 4.", "2023-04-05"))
    assert len(events) == 2
    assert {e.source.name for e in events} == {"Antony Blinken", "Lloyd Austin"}


def test_visit_reported_by_both_sides_merges(kb: KnowledgeBase, code: Code) -> None:
    (event,) = merged(kb, code,
                      ("Azerbaijani Foreign Minister Jeyhun Bayramov visited Washington on "
                       "Monday for talks with Secretary of State Antony Blinken.", "2023-05-02"),
                      ("Secretary of State Antony Blinken met Azerbaijani Foreign Minister Jeyhun "
                       "Bayramov at the State Department on May 1.", "2023-05-01"))
    assert event.date == FuzzyDate(2023, 5, 1)
    assert {m.mode for m in event.mentions} == {"visit", "meet"} and event.mode == "visit"


def test_multi_day_visit_merges_and_keeps_the_disagreement(kb: KnowledgeBase, code: Code) -> None:
    (event,) = merged(kb, code,
                      ("Russian Foreign Minister Sergei Lavrov arrived in Baku on Thursday for a "
                       "two-day visit.", "2022-06-24"),
                      ("Lavrov met Azerbaijani Foreign Minister Jeyhun Bayramov in Baku on Friday.",
                       "2022-06-25"),
                      ("Sergei Lavrov visited Baku on June 23, the Russian Foreign Ministry said.",
                       "2022-06-26"))
    assert event.date == FuzzyDate(2022, 6, 23)
    assert event.date_alternatives == (("2022-06-24", 1),)


def test_visits_by_different_envoys_on_consecutive_days_stay_apart(
        kb: KnowledgeBase, code: Code) -> None:
    events = merged(kb, code,
                    ("US envoy Kara McDonald visited Baku on June 14.",
                     "2022-06-15"),
                    ("US Assistant Secretary of State Karen Donfried visited Baku on June 15.",
                     "2022-06-16"))
    assert sorted(e.date.iso for e in events if e.date) == ["2022-06-14", "2022-06-15"]


def test_undated_mention_joins_its_documents_event(kb: KnowledgeBase, code: Code) -> None:
    (event,) = merged(kb, code, ("US Secretary of State Antony Blinken called Azerbaijani President "
                                 "Ilham Aliyev on May 11.\nDuring the call, Blinken urged Aliyev "
                                 "to keep talking with Armenia.", "2022-05-12"))
    assert event.date == FuzzyDate(2022, 5, 11)


def test_merging_is_incremental_as_documents_arrive(tmp_path: Path) -> None:
    """A later report of the same call joins its event; other pairs' events are untouched."""
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text("Readout\nMay 12, 2022\n\nSecretary of State Antony Blinken called Azerbaijani "
                     "President Ilham Aliyev on May 11.\n\nRussian Foreign Minister Sergei Lavrov "
                     "met Turkish Foreign Minister Mevlut Cavusoglu in Antalya on March 10.\n",
                     encoding="utf-8")
    second.write_text("Baku, May 13, 2022\n\nPresident Ilham Aliyev had a phone conversation with "
                      "US Secretary of State Antony Blinken on Wednesday.\n", encoding="utf-8")
    con = store.connect(tmp_path / "db.duckdb")
    workflow.ingest(con, [str(first)])
    before = dict(con.execute("SELECT group_key, event_id FROM events").fetchall())
    assert set(before) == {"CONSULT|AZE|USA", "CONSULT|RUS|TUR"}
    workflow.ingest(con, [str(second)])
    after = store.rows(con, "SELECT * FROM events ORDER BY group_key")
    assert [(e["group_key"], e["date"], e["n_documents"]) for e in after] == [
        ("CONSULT|AZE|USA", "2022-05-11", 2), ("CONSULT|RUS|TUR", "2022-03-10", 1)]
    assert after[1]["event_id"] == before["CONSULT|RUS|TUR"]
    assert con.execute("SELECT count(*) FROM dirty_groups").fetchone() == (0,)
    linked = con.execute("SELECT count(*) FROM mentions WHERE event_id IS NULL").fetchone()
    assert linked == (0,)


def test_same_day_events_of_one_pair_get_distinct_ids(kb: KnowledgeBase) -> None:
    day = FuzzyDate(2022, 5, 1)
    calls = [Mention(doc_id=f"d{n}.txt", sentence_index=0, start=0, end=10, sentence="x", trigger="called",
                     type="CONSULT", mode="phone", status="occurred",
                     source=Actor("USA", name, "Secretary", "government", "minister"),
                     target=Actor("AZE", "Ilham Aliyev", "President", "government", "head"),
                     directed=False, date=day) for n, name in enumerate(("Antony Blinken", "Lloyd Austin"))]
    events = merge(kb, calls)
    assert len(events) == 2 and len({e.event_id for e in events}) == 2


def test_undated_visit_does_not_turn_last_weeks_call_into_a_visit(tmp_path: Path) -> None:
    """An undated headline visit may join a recent visit, never a recent call of the pair."""
    call, visit = tmp_path / "call.txt", tmp_path / "visit.txt"
    call.write_text("Readout\nMarch 5, 2024\n\nChilean Foreign Minister Alberto van Klaveren called "
                    "Peruvian Foreign Minister Javier Gonzalez-Olaechea on March 4. The two "
                    "ministers reviewed the state of the border crossings and the fishing season, "
                    "and they agreed that their officials would keep working on both files.\n",
                    encoding="utf-8")
    visit.write_text("Chile's top diplomat visits Lima\n\nSantiago, March 8, 2024\n\nThe ministry "
                     "published a photograph of the minister at the airport and gave no details of "
                     "the programme, the people he would see or the length of his stay there.\n",
                     encoding="utf-8")
    con = store.connect(tmp_path / "db.duckdb")
    workflow.ingest(con, [str(call), str(visit)])
    rows = store.rows(con, "SELECT mode, n_documents FROM events WHERE type = 'CONSULT'")
    con.close()
    assert sorted((r["mode"] or "", r["n_documents"]) for r in rows) == [("phone", 1), ("visit", 1)]


def _visit(visitor: str, host: str, at: int, when: FuzzyDate | None) -> Mention:
    return Mention(doc_id="d.txt", sentence_index=at, start=at * 100, end=at * 100 + 50,
                   sentence="x", trigger="visited", type="CONSULT", mode="visit",
                   status="occurred", source=Actor(visitor, visitor), target=Actor(host, host),
                   directed=True, date=when)


def test_an_undated_visit_never_joins_the_other_sides_dated_visit(kb: KnowledgeBase) -> None:
    """'X arrived in Y's capital' (no date of its own) is not Y's earlier trip to X."""
    events = merge(kb, [_visit("SRB", "HRV", 0, FuzzyDate(2018, 2)), _visit("HRV", "SRB", 1, None)])
    assert sorted((e.source.code, e.date.iso if e.date else None) for e in events) == [
        ("HRV", None), ("SRB", "2018-02")]
    (joined,) = merge(kb, [_visit("SRB", "HRV", 0, FuzzyDate(2018, 2)),
                           _visit("SRB", "HRV", 1, None)])
    assert joined.date == FuzzyDate(2018, 2) and len(joined.mentions) == 2
