"""Analytics over stored events: series, engagement balance, themes, networks, digests.

These are the numbers analysts otherwise count by hand from chronologies. All
aggregation runs in DuckDB (a dyad's series over ten million events is one
grouped scan); Python only reshapes the small results. Every function returns
plain rows (lists of dicts) so the CLI, the web API and reports share them.

Periods only take events whose date is at least as precise as the period: an
event known only to '2022' is not put in any month of 2022, and is reported
as `imprecise` instead of silently inflating January.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from typing import Any

import duckdb

from dyadwatch.errors import QueryError
from dyadwatch.query import parse_bound
from dyadwatch.store import rows

PERIODS = {
    "week": ("strftime(date_start, '%G-W%V')", ("day",)),
    "month": ("strftime(date_start, '%Y-%m')", ("day", "month")),
    "quarter": ("year(date_start) || '-Q' || quarter(date_start)", ("day", "month")),
    "year": ("CAST(year(date_start) AS VARCHAR)", ("day", "month", "year")),
}
DYAD = "dyad = $dyad"


def dyad_key(a: str, b: str) -> str:
    """The stored unordered pair ('AZE|USA'), which the events table is sorted on."""
    return "|".join(sorted((a, b)))


def _period(by: str) -> tuple[str, tuple[str, ...]]:
    if by not in PERIODS:
        raise QueryError(f"unknown period {by!r}", hint="use week, month, quarter or year")
    return PERIODS[by]


def _range(date_from: str | None, date_to: str | None) -> tuple[str, dict[str, Any]]:
    where, params = "", {}
    if date_from:
        where += " AND date_start >= CAST($from AS DATE)"
        params["from"] = parse_bound(date_from)
    if date_to:
        where += " AND date_start <= CAST($to AS DATE)"
        params["to"] = parse_bound(date_to, end=True)
    return where, params


def series(con: duckdb.DuckDBPyConnection, a: str, b: str, by: str = "month",
           date_from: str | None = None, date_to: str | None = None) -> dict[str, Any]:
    """Counts by type and mode, intensity, and cooperation-conflict balance per period."""
    expr, precisions = _period(by)
    span, params = _range(date_from, date_to)
    found = rows(con, f"""
        SELECT {expr} AS period, type, coalesce(mode, '') AS mode, count(*) AS n,
               sum(intensity) AS total FROM events
        WHERE {DYAD} AND list_contains($prec, date_precision) {span}
        GROUP BY ALL ORDER BY period""", {"dyad": dyad_key(a, b), "prec": list(precisions), **params})
    imprecise = rows(con, f"""SELECT count(*) AS n FROM events WHERE {DYAD}
        AND date_start IS NOT NULL AND NOT list_contains($prec, date_precision) {span}""",
                     {"dyad": dyad_key(a, b), "prec": list(precisions), **params})[0]["n"]
    periods: dict[str, dict[str, Any]] = {}
    for r in found:
        p = periods.setdefault(r["period"], _empty_period(r["period"]))
        p["events"] += r["n"]
        p["by_type"][r["type"]] = p["by_type"].get(r["type"], 0) + r["n"]
        if r["mode"]:
            p["by_mode"][r["mode"]] = p["by_mode"].get(r["mode"], 0) + r["n"]
        p["intensity_sum"] += r["total"]
        p["cooperation" if r["total"] >= 0 else "conflict"] += abs(r["total"])
    filled = [_finish(periods.get(label) or _empty_period(label)) for label in _labels(periods, by)]
    return {"dyad": [a, b], "by": by, "periods": filled, "imprecise": imprecise}


def _empty_period(label: str) -> dict[str, Any]:
    return {"period": label, "events": 0, "by_type": {}, "by_mode": {}, "intensity_sum": 0.0,
            "cooperation": 0.0, "conflict": 0.0}


def _finish(p: dict[str, Any]) -> dict[str, Any]:
    weight = p["cooperation"] + p["conflict"]
    p["intensity_mean"] = round(p["intensity_sum"] / p["events"], 3) if p["events"] else None
    p["balance"] = round((p["cooperation"] - p["conflict"]) / weight, 3) if weight else None
    for key in ("intensity_sum", "cooperation", "conflict"):
        p[key] = round(p[key], 3)
    return p


def _labels(periods: dict[str, Any], by: str) -> list[str]:
    """Every period from the first to the last, so gaps show as zeros, not as nothing."""
    if not periods:
        return []
    if by == "week":
        return _weeks(sorted(periods))
    first, last = min(periods), max(periods)
    labels: list[str] = []
    current = first
    while current <= last and len(labels) < 10_000:
        labels.append(current)
        current = _next_label(current, by)
    return labels


def _next_label(label: str, by: str) -> str:
    if by == "year":
        return str(int(label) + 1)
    if by == "quarter":
        year, quarter = int(label[:4]), int(label[-1])
        return f"{year + quarter // 4}-Q{quarter % 4 + 1}"
    year, month = int(label[:4]), int(label[5:7])
    return f"{year + month // 12}-{month % 12 + 1:02d}"


def _weeks(found: list[str]) -> list[str]:
    start = date.fromisocalendar(int(found[0][:4]), int(found[0][-2:]), 1)
    end = date.fromisocalendar(int(found[-1][:4]), int(found[-1][-2:]), 1)
    out: list[str] = []
    while start <= end and len(out) < 10_000:
        year, week, _ = start.isocalendar()
        out.append(f"{year}-W{week:02d}")
        start += timedelta(days=7)
    return out


def balance(con: duckdb.DuckDBPyConnection, a: str, others: list[str],
            date_from: str | None = None, date_to: str | None = None) -> dict[str, Any]:
    """How one party engages several others: contacts by level and mode, initiative, gaps."""
    span, params = _range(date_from, date_to)
    base = f"""SELECT CASE WHEN source_code = $a THEN target_code ELSE source_code END AS other, *
        FROM events WHERE list_contains($dyads, dyad) {span}"""
    bind = {"a": a, "dyads": [dyad_key(a, o) for o in others], **params}
    groups = rows(con, f"""SELECT other, type, coalesce(mode, '') AS mode,
            coalesce(level, 'unknown') AS level,
            CASE WHEN NOT directed THEN 'mutual' WHEN source_code = $a THEN 'by_a'
                 ELSE 'by_other' END AS initiative,
            count(*) AS n, sum(intensity) AS total FROM ({base}) GROUP BY ALL""", bind)
    gaps = rows(con, f"""WITH c AS (SELECT DISTINCT other, date_start FROM ({base})
            WHERE type = 'CONSULT' AND date_precision = 'day'),
        g AS (SELECT other, date_start,
                     date_diff('day', lag(date_start) OVER (PARTITION BY other ORDER BY date_start),
                               date_start) AS gap FROM c)
        SELECT other, count(*) AS contact_days, min(date_start) AS first, max(date_start) AS last,
               avg(gap) AS mean_gap, median(gap) AS median_gap, max(gap) AS longest_gap
        FROM g GROUP BY other""", bind)
    out = {o: _empty_balance(o) for o in others}
    for r in groups:
        entry = out[r["other"]]
        entry["events"] += r["n"]
        entry["cooperation" if r["total"] >= 0 else "conflict"] += abs(r["total"])
        if r["type"] == "CONSULT":
            entry["contacts"] += r["n"]
            for key, value in (("by_level", r["level"]), ("by_mode", r["mode"] or "unknown"),
                               ("initiative", r["initiative"])):
                entry[key][value] = entry[key].get(value, 0) + r["n"]
    for entry in out.values():
        entry["cooperation"], entry["conflict"] = (round(entry["cooperation"], 3),
                                                   round(entry["conflict"], 3))
    for r in gaps:
        out[r["other"]].update(
            first_contact=str(r["first"]), last_contact=str(r["last"]),
            mean_gap_days=round(r["mean_gap"], 1) if r["mean_gap"] is not None else None,
            median_gap_days=r["median_gap"], longest_gap_days=r["longest_gap"])
    return {"party": a, "from": date_from, "to": date_to, "with": [out[o] for o in others]}


def _empty_balance(other: str) -> dict[str, Any]:
    return {"party": other, "events": 0, "contacts": 0, "cooperation": 0.0, "conflict": 0.0,
            "by_level": {}, "by_mode": {}, "initiative": {}, "first_contact": None,
            "last_contact": None, "mean_gap_days": None, "median_gap_days": None,
            "longest_gap_days": None}


def themes(con: duckdb.DuckDBPyConnection, a: str, b: str, by: str = "year",
           date_from: str | None = None, date_to: str | None = None) -> dict[str, Any]:
    """Which priority issues a dyad's events touch, period by period."""
    expr, precisions = _period(by)
    span, params = _range(date_from, date_to)
    found = rows(con, f"""SELECT period, theme, count(*) AS n FROM (
            SELECT {expr} AS period, unnest(themes) AS theme FROM events
            WHERE {DYAD} AND list_contains($prec, date_precision) {span})
        GROUP BY ALL ORDER BY period, theme""", {"dyad": dyad_key(a, b), "prec": list(precisions), **params})
    table: dict[str, dict[str, int]] = defaultdict(dict)
    totals: dict[str, int] = defaultdict(int)
    for r in found:
        table[r["period"]][r["theme"]] = r["n"]
        totals[r["theme"]] += r["n"]
    return {"dyad": [a, b], "by": by, "totals": dict(sorted(totals.items(), key=lambda t: -t[1])),
            "periods": [{"period": p, "themes": table[p]} for p in sorted(table)]}


def actors(con: duckdb.DuckDBPyConnection, a: str, b: str,
           date_from: str | None = None, date_to: str | None = None) -> dict[str, Any]:
    """Who meets whom in a relationship: people (or bare parties) and their contacts."""
    span, params = _range(date_from, date_to)
    edges = rows(con, f"""
        SELECT least(source_code || '|' || source_name, target_code || '|' || target_name) AS one,
               greatest(source_code || '|' || source_name, target_code || '|' || target_name) AS two,
               count(*) AS events, count(*) FILTER (WHERE type = 'CONSULT') AS contacts,
               min(date) AS first, max(date) AS last
        FROM events WHERE {DYAD} {span} GROUP BY ALL ORDER BY events DESC, one, two""",
                 {"dyad": dyad_key(a, b), **params})
    roles = rows(con, f"""SELECT code, name, arg_max(role, n) AS role, sum(n) AS events FROM (
            SELECT source_code AS code, source_name AS name, source_role AS role, count(*) AS n
            FROM events WHERE {DYAD} {span} GROUP BY ALL
            UNION ALL SELECT target_code, target_name, target_role, count(*)
            FROM events WHERE {DYAD} {span} GROUP BY ALL) GROUP BY code, name
        ORDER BY events DESC, code, name""", {"dyad": dyad_key(a, b), **params})
    return {"dyad": [a, b], "nodes": [dict(r, events=int(r["events"])) for r in roles],
            "edges": [{"a": _node(e["one"]), "b": _node(e["two"]), "events": e["events"],
                       "contacts": e["contacts"], "first": e["first"], "last": e["last"]}
                      for e in edges]}


def _node(key: str) -> dict[str, str]:
    code, _, name = key.partition("|")
    return {"code": code, "name": name}


def digest(con: duckdb.DuckDBPyConnection, since: str) -> dict[str, Any]:
    """What is new since a date: events that happened since, or were first reported since."""
    start = parse_bound(since)
    found = rows(con, """
        WITH first_seen AS (SELECT m.event_id, min(d.ingested_at) AS seen
                            FROM mentions m JOIN documents d USING (doc_id) GROUP BY 1)
        SELECT e.*, f.seen, least(e.source_code, e.target_code) AS one,
               greatest(e.source_code, e.target_code) AS two
        FROM events e JOIN first_seen f USING (event_id)
        WHERE e.date_start >= CAST($s AS DATE) OR f.seen >= CAST($s AS TIMESTAMP)
        ORDER BY one, two, e.date_start NULLS LAST""", {"s": start})
    dyads: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for r in found:
        dyads[(r["one"], r["two"])].append({
            "event_id": r["event_id"], "date": r["date"], "type": r["type"], "mode": r["mode"],
            "source": r["source_name"], "target": r["target_name"],
            "happened_since": r["date_start"] is not None and str(r["date_start"]) >= str(start),
            "reported_since": str(r["seen"]) >= str(start)})
    ordered = sorted(dyads.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    return {"since": since, "dyads": [{"dyad": list(k), "events": v} for k, v in ordered]}
