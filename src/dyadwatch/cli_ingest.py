"""The writing commands of the CLI: `ingest`, `watch` and `documents`.

Kept out of `cli.py` so the shell of read-only commands stays small. Progress
goes to stderr: a bar with rate and ETA on a terminal, a plain line every few
seconds otherwise (logs and CI), so long ingests are never silent.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any, TextIO

from dyadwatch import cli_remote, cli_views, query, store, workflow
from dyadwatch.errors import InputError
from dyadwatch.ingest import Fetch, Fetched, Fetcher
from dyadwatch.records import Document, Rejection, Skipped
from dyadwatch.store import IngestSummary

EXIT_REJECTED = 3
LOG_EVERY_S = 5.0
_DURATION = re.compile(r"(\d+)\s*([hms])")


def ingest(args: argparse.Namespace, paths: list[str] | None = None) -> int:
    if getattr(args, "server", None) and paths is None:
        return _ingest_remote(args)
    con = store.connect(args.db)
    try:
        with progress(sys.stderr) as tick:
            summary = workflow.ingest(con, paths or args.paths, tuple(args.actors), tick,
                                      frozenset(getattr(args, "skip_flag", None) or ()))
        for warning in summary.warnings:
            print(f"warning: {warning}", file=sys.stderr)
        counts = query.counts(con)
    finally:
        con.close()
    print(summary_line(summary, counts), file=sys.stderr)
    return EXIT_REJECTED if summary.rejected_total else 0


def summary_line(summary: IngestSummary, counts: dict[str, int]) -> str:
    def listed(found: dict[str, int]) -> str:
        return f" ({', '.join(f'{n} {reason}' for reason, n in found.items())})" if found else ""

    return (f"ingested {summary.ingested} (replaced {summary.replaced}), unchanged "
            f"{summary.unchanged}, duplicates {summary.duplicates}, near-duplicates "
            f"{summary.near_duplicates}, not coded {sum(summary.not_coded.values())}"
            f"{listed(summary.not_coded)}, skipped {sum(summary.skipped.values())}"
            f"{listed(summary.skipped)}, rejected {summary.rejected_total}{listed(summary.rejected)}; "
            f"database now holds {counts['documents']} documents, {counts['events']} events")


@contextmanager
def progress(stream: TextIO) -> Iterator[Callable[[Document | Rejection | Skipped], None]]:
    """A per-input callback that draws a bar on a terminal and logs lines elsewhere."""
    started = last = time.monotonic()
    seen = Counter[str]()
    bar: Any = None
    if stream.isatty():
        from tqdm import tqdm  # spaCy's own dependency: always installed

        bar = tqdm(desc="ingest", unit="doc", file=stream, dynamic_ncols=True)

    def tick(item: Document | Rejection | Skipped) -> None:
        nonlocal last
        kind = type(item).__name__.lower()
        seen[kind] += 1
        if isinstance(item, Rejection):
            message = f"rejected: {item.input}: {item.reason}"
            if bar is not None:
                bar.write(message, file=stream)
            else:
                print(message, file=stream)
        if bar is not None:
            bar.update(1)
            return
        now = time.monotonic()
        if now - last >= LOG_EVERY_S:
            last = now
            total = sum(seen.values())
            print(f"ingest: {total} inputs read ({seen['document']} documents), "
                  f"{total / (now - started):.1f}/s", file=stream)

    try:
        yield tick
    finally:
        if bar is not None:
            bar.close()


def _ingest_remote(args: argparse.Namespace) -> int:
    urls = [p for p in args.paths if p.lower().startswith(("http://", "https://"))]
    files, skipped = cli_remote.collect([p for p in args.paths if p not in urls])
    for reason in skipped:
        print(f"rejected: {reason}", file=sys.stderr)
    totals: Counter[str] = Counter()
    counts: dict[str, int] = {}
    for result in _send(args, files, urls):
        summary, counts = result["summary"], result["counts"]
        totals.update({k: summary[k] for k in ("ingested", "replaced", "unchanged", "rejected_total")})
        for reason, n in summary["rejected"].items():
            print(f"rejected by server: {n} x {reason}", file=sys.stderr)
    print(f"sent {len(files)} files and {len(urls)} URLs to {args.server}: ingested "
          f"{totals['ingested']} (replaced {totals['replaced']}), unchanged {totals['unchanged']}, "
          f"rejected {totals['rejected_total'] + len(skipped)}; database now holds "
          f"{counts.get('documents', '?')} documents, {counts.get('events', '?')} events",
          file=sys.stderr)
    return EXIT_REJECTED if totals["rejected_total"] or skipped else 0


def _send(args: argparse.Namespace, files: list[Any], urls: list[str]) -> Iterator[dict[str, Any]]:
    for batch in cli_remote.batches(files):
        yield cli_remote.upload(args.server, batch, args.token)
    for start in range(0, len(urls), cli_remote.BATCH_FILES):
        yield cli_remote.send_urls(args.server, urls[start:start + cli_remote.BATCH_FILES], args.token)


def seconds(text: str) -> float:
    """'30m', '1h30m', '45s' or a bare number of seconds."""
    text = text.strip().lower()
    if text.replace(".", "", 1).isdigit():
        return float(text)
    parts = _DURATION.findall(text)
    if not parts or _DURATION.sub("", text).strip():
        raise InputError(f"cannot read the interval {text!r}", hint="write it like 30m, 1h or 90s")
    return float(sum(int(n) * {"h": 3600, "m": 60, "s": 1}[unit] for n, unit in parts))


def feeds_of(path: str) -> list[str]:
    """Feed URLs or paths, one a line; blank lines and '#' comments ignored."""
    try:
        with open(path, encoding="utf-8") as handle:
            lines = [line.split("#", 1)[0].strip() for line in handle]
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read feeds file {path}: {exc}",
                         hint="give a text file with one feed URL or path a line") from exc
    found = [line for line in lines if line]
    if not found:
        raise InputError(f"feeds file {path} lists no feeds", hint="add one feed URL a line")
    return found


def watch(args: argparse.Namespace) -> int:
    """Poll the feeds, ingest what is new and print the events it brought, until stopped."""
    interval = seconds(args.every)
    rounds = 0
    while True:
        feeds = feeds_of(args.feeds)
        begun = datetime.now()
        con = store.connect(args.db)  # reopened every round: the file is free between polls
        try:
            summary = workflow.ingest(con, feeds, tuple(args.actors), fetcher=_new_only(con))
            fresh = query.events_since_ingest(con, begun)
            counts = query.counts(con)
        finally:
            con.close()
        stamp = begun.strftime("%Y-%m-%d %H:%M:%S")
        print(f"[{stamp}] {summary_line(summary, counts)}", file=sys.stderr)
        for event in fresh:
            print(f"{event['date'] or 'undated':<10}  {cli_views.summary(event)}")
        sys.stdout.flush()
        rounds += 1
        if args.rounds and rounds >= args.rounds:
            return 0
        time.sleep(interval)


def _new_only(con: Any) -> Fetch:
    """A fetcher that declines links already stored, as a document or as a copy's source."""
    fetch = Fetcher()

    def fetch_new(url: str) -> Fetched | Rejection | Skipped:
        if query.is_stored_url(con, url):
            return Skipped(url, "already stored")
        return fetch(url)

    return fetch_new


def documents(args: argparse.Namespace) -> int:
    con = store.connect(args.db, read_only=True)
    try:
        found = query.documents(con, flag=args.flag, language=args.language, limit=None)["documents"]
    finally:
        con.close()
    if args.format == "json":
        import json

        print(json.dumps(found, default=str, indent=2))
        return 0
    for d in found:
        flags = ",".join(d["flags"] or ()) or "-"
        print(f"{d['doc_id'][:48]:<48}  {d['language'] or '?':<3} q={d['quality'] or 0:.2f} "
              f"{flags:<24} {d['events']:>4} events  {len(d['sources'])} source(s)"
              f"{'' if d['story_id'] in (None, d['doc_id']) else '  story=' + d['story_id']}")
    return 0


def add_commands(command: Callable[[str, str, str], argparse.ArgumentParser]) -> None:
    p = command("watch", "poll RSS/Atom feeds, ingest new articles and print the new events",
                "dyadwatch watch feeds.txt --every 30m")
    p.add_argument("feeds", metavar="FEEDS_FILE", help="one feed URL or path a line")
    p.add_argument("--every", default="30m", help="interval between polls (30m, 1h, 90s)")
    p.add_argument("--rounds", type=int, default=0, help="stop after N polls (default: never)")
    p = command("documents", "list stored documents with language, quality flags and sources",
                "dyadwatch documents --flag spam")
    p.add_argument("--flag", help="only documents with this flag (spam, machine_translated, "
                                  "truncated, non_english)")
    p.add_argument("--language", help="only documents in this language (ISO 639-1, e.g. en)")
    p.add_argument("--format", choices=["table", "json"], default="table")
