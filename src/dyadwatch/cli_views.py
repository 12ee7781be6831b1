"""Plain-text and CSV renderings of library results for the terminal.

Kept apart from the command definitions so `cli.py` stays a thin shell and the
web app never needs terminal formatting.
"""

from __future__ import annotations

import csv
import io
from typing import Any


def clip(text: str, width: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def summary(event: dict[str, Any]) -> str:
    src, tgt = event["source"], event["target"]
    arrow = "->" if event.get("directed", True) else "--"
    mode = f"/{event['mode']}" if event["mode"] else ""
    planned = " [planned]" if event["status"] == "planned" else ""
    return (f"{event['type']}{mode}{planned}: {src['name']} ({src['code']}) {arrow} "
            f"{tgt['name']} ({tgt['code']})")


def chronology(found: list[dict[str, Any]], a: str, b: str, markdown: bool) -> str:
    if not found:
        return f"no dated events between {a} and {b}"
    lines = [f"## Chronology {a}-{b}", "", "| date | event | sources |", "|---|---|---|"] \
        if markdown else [f"Chronology {a}-{b} ({len(found)} events)"]
    for e in found:
        docs = ", ".join(sorted({m["document"] for m in e["mentions"]}))
        if markdown:
            lines.append(f"| {e['date']} | {summary(e)} | {docs} |")
        else:
            lines.append(f"{e['date']:<10}  {summary(e)}  [{docs}]")
            lines.append(f"{'':<10}    \"{clip(e['mentions'][0]['sentence'])}\"")
    return "\n".join(lines)


def _counts(values: dict[str, int]) -> str:
    return ", ".join(f"{k} {v}" for k, v in sorted(values.items(), key=lambda kv: -kv[1])) or "-"


def series(result: dict[str, Any]) -> str:
    a, b = result["dyad"]
    lines = [f"{a}-{b} by {result['by']}  (events, summed intensity, balance +1 cooperative "
             "to -1 conflictual; types)"]
    for p in result["periods"]:
        balance = "" if p["balance"] is None else f"{p['balance']:+.2f}"
        lines.append(f"{p['period']:<9} {p['events']:>4}  {p['intensity_sum']:>7.1f}  "
                     f"{balance:>6}  {_counts(p['by_type'])}")
    if result["imprecise"]:
        lines.append(f"({result['imprecise']} events dated less precisely than a {result['by']} "
                     "are left out)")
    return "\n".join(lines)


def balance(result: dict[str, Any]) -> str:
    lines = [f"Engagement of {result['party']}"]
    for o in result["with"]:
        lines += [f"  with {o['party']}: {o['contacts']} contacts, {o['events']} events "
                  f"(cooperation {o['cooperation']}, conflict {o['conflict']})",
                  f"    by level: {_counts(o['by_level'])}",
                  f"    by mode: {_counts(o['by_mode'])}",
                  f"    initiative: {_counts(o['initiative'])}",
                  f"    contacts from {o['first_contact']} to {o['last_contact']}; gap mean "
                  f"{o['mean_gap_days']} days, median {o['median_gap_days']}, longest "
                  f"{o['longest_gap_days']}"]
    return "\n".join(lines)


def themes(result: dict[str, Any]) -> str:
    a, b = result["dyad"]
    lines = [f"Themes of {a}-{b}: {_counts(result['totals'])}"]
    lines += [f"{p['period']:<9} {_counts(p['themes'])}" for p in result["periods"]]
    return "\n".join(lines)


def actors(result: dict[str, Any]) -> str:
    a, b = result["dyad"]
    lines = [f"Who meets whom, {a}-{b}"]
    for e in result["edges"]:
        lines.append(f"{e['events']:>4}  {e['a']['name']} ({e['a']['code']}) -- {e['b']['name']} "
                     f"({e['b']['code']})  {e['first']} .. {e['last']}")
    return "\n".join(lines)


def digest(result: dict[str, Any]) -> str:
    lines = [f"New since {result['since']}"]
    for d in result["dyads"]:
        lines.append(f"{'-'.join(d['dyad'])}: {len(d['events'])} events")
        for e in d["events"]:
            mark = "happened" if e["happened_since"] else "newly reported"
            mode = f"/{e['mode']}" if e["mode"] else ""
            lines.append(f"  {e['date'] or 'undated':<10}  {e['type']}{mode}: {e['source']} -> "
                         f"{e['target']}  ({mark})")
    return "\n".join(lines)


def table_csv(records: list[dict[str, Any]]) -> str:
    """Rows of flat dicts as CSV; nested dicts are flattened as `key.sub`."""
    flat = [_flatten(r) for r in records]
    columns: list[str] = []
    for row in flat:
        columns += [c for c in row if c not in columns]
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(flat)
    return buffer.getvalue().rstrip("\n")


def _flatten(record: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in record.items():
        if isinstance(value, dict):
            out.update(_flatten(value, f"{prefix}{key}."))
        else:
            out[f"{prefix}{key}"] = ";".join(map(str, value)) if isinstance(value, list) else value
    return out
