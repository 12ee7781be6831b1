"""Query latency on a large synthetic store: chronology, series and balance, warm.

Fills a fresh database with N synthetic events (default ten million), one
mention and one document row each, written by DuckDB itself from random draws
in the order `store.compact` leaves a store in (events by pair and date),
then times each analyst query several times after a warm-up run and prints
the median and worst. Target: each under 200 ms warm.

Run: python bench/query.py [--events 10000000] [--db PATH] [--repeat 5]

With --db, an existing file is reused as it is (fill once, time many times: the
fill of ten million events takes minutes); a missing one is filled first and kept.
Timings on a shared machine are noisy: raise --repeat and read the median.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from dyadwatch import analytics, query, store

PARTIES = ["USA", "AZE", "ARM", "RUS", "TUR", "IRN", "GEO", "EU", "UKR", "FRA", "DEU", "GBR",
           "CHN", "IND", "PAK", "ISR", "SAU", "ARE", "QAT", "EGY", "KAZ", "UZB", "TKM", "KGZ",
           "TJK", "BLR", "MDA", "POL", "ROU", "BGR", "GRC", "ITA", "ESP", "NLD", "BEL", "SWE",
           "NOR", "FIN", "EST", "LVA", "LTU", "HUN", "SRB", "XKX", "JPN", "KOR", "PRK", "BRA",
           "MEX", "CAN", "AUS", "ZAF", "NGA", "ETH", "UN", "NATO", "OSCE", "CSTO", "CIS", "SYR"]
TYPES = ["CONSULT", "CONSULT", "CONSULT", "AGREE", "SUPPORT", "REQUEST", "ACCUSE", "REJECT",
         "AID", "SANCTION", "THREATEN", "ASSAULT"]
LEVELS = ["head", "minister", "senior", "envoy", "other"]


def fill(db: Path, n: int) -> None:
    con = store.connect(db)
    parties, types, levels = (f"[{', '.join(repr(x) for x in xs)}]"
                              for xs in (PARTIES, TYPES, LEVELS))
    con.execute(f"""
        CREATE TEMP TABLE draws AS SELECT i,
            {parties}[1 + (hash(i * 16 + 1) % {len(PARTIES)})::INT] AS s,
            {parties}[1 + (hash(i * 16 + 2) % {len(PARTIES)})::INT] AS t,
            {types}[1 + (hash(i * 16 + 3) % {len(TYPES)})::INT] AS type,
            DATE '2000-01-01' + (hash(i * 16 + 4) % 9500)::INT AS day,
            {levels}[1 + (hash(i * 16 + 5) % 5)::INT] AS level,
            (hash(i * 16 + 6) % 3)::INT AS m
        FROM range({n}) r(i) WHERE s <> t""")
    # BY NAME: columns the schema gains later stay NULL instead of breaking the fill
    con.execute("""INSERT INTO events BY NAME SELECT 'e' || i AS event_id, type,
            CASE WHEN type = 'CONSULT' THEN ['visit', 'phone', 'meet'][1 + m] END AS mode,
            'occurred' AS status, s AS source_code, 'Person ' || s AS source_name,
            'Minister' AS source_role, 'government' AS source_sector, 'minister' AS source_level,
            t AS target_code, 'Person ' || t AS target_name, 'President' AS target_role,
            'government' AS target_sector, 'head_of_state' AS target_level,
            type <> 'CONSULT' AS directed, strftime(day, '%Y-%m-%d') AS date,
            'day' AS date_precision, day AS date_start,
            CASE WHEN type IN ('CONSULT', 'AGREE', 'SUPPORT', 'AID') THEN 2.0 ELSE -4.0 END
                AS intensity,
            1 AS n_mentions, 1 AS n_documents, 1 AS n_sites, level, ['diplomatic'] AS contexts,
            ['peace'] AS themes, '[]' AS date_alternatives,
            type || '|' || least(s, t) || '|' || greatest(s, t) AS group_key,
            least(s, t) || '|' || greatest(s, t) AS dyad
        FROM draws ORDER BY least(s, t), greatest(s, t), day""")
    con.execute("""INSERT INTO documents BY NAME SELECT 'd' || i AS doc_id, 'd' || i AS source,
            'Synthetic ' || i AS title, strftime(day, '%Y-%m-%d') AS published,
            'jsonl' AS published_from, md5(i::VARCHAR) AS content_hash, 'text' AS text,
            '[]' AS boilerplate, '[]' AS warnings, now() AS ingested_at
        FROM draws ORDER BY 'd' || i""")
    con.execute("""INSERT INTO mentions (doc_id, sentence_index, start_char, end_char, sentence,
            trigger, type, mode, status, source_code, target_code, directed, date, date_precision,
            date_start, group_key, dyad, title, published, event_id)
        SELECT 'd' || i, 0, 0, 40, 'Synthetic sentence about ' || s || ' and ' || t, 'met', type,
               NULL, 'occurred', s, t, FALSE, strftime(day, '%Y-%m-%d'), 'day', day,
               type || '|' || least(s, t) || '|' || greatest(s, t),
               least(s, t) || '|' || greatest(s, t), 'Synthetic ' || i, strftime(day, '%Y-%m-%d'),
               'e' || i
        FROM draws ORDER BY least(s, t), greatest(s, t), day""")
    con.execute("CHECKPOINT")
    con.close()


def timed(fn: Callable[[], Any], repeat: int) -> tuple[float, float, int]:
    size = len(fn() or [])  # warm-up
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times), size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000_000)
    parser.add_argument("--db", type=Path, help="reuse or create this file (default: a temp dir)")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "bench.duckdb"
        if not db.exists():
            start = time.perf_counter()
            fill(db, args.events)
            print(f"filled {db} with ~{args.events:,} events in {time.perf_counter() - start:.1f} s")
        con = store.connect(db, read_only=True)
        total = con.execute("SELECT count(*) FROM events").fetchone()
        print(f"events in store: {total[0] if total else 0:,}")
        cases: dict[str, Callable[[], Any]] = {
            "chronology USA-AZE, one year": lambda: query.chronology(con, "USA", "AZE", "2022",
                                                                     "2022"),
            "chronology USA-AZE, all years": lambda: query.chronology(con, "USA", "AZE"),
            "series USA-AZE by month": lambda: analytics.series(con, "USA", "AZE")["periods"],
            "balance USA with AZE ARM GEO": lambda: analytics.balance(
                con, "USA", ["AZE", "ARM", "GEO"])["with"],
        }
        for name, fn in cases.items():
            median, worst, size = timed(fn, args.repeat)
            flag = "ok" if median < 200 else "OVER 200 ms"
            print(f"{name:<32} median {median:7.1f} ms  worst {worst:7.1f} ms  "
                  f"({size:,} rows)  {flag}")


if __name__ == "__main__":
    main()
