"""The `dyadwatch` command: a thin shell over the library.

Every library error arrives as a `DyadwatchError` and leaves as one line on
stderr with its code; exit status 1 for errors, 2 for bad usage, 3 when an
ingest rejected some inputs (the rest was stored).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import duckdb

from dyadwatch import knowledge, query, store, workflow
from dyadwatch.errors import DyadwatchError
from dyadwatch.explain import explain
from dyadwatch.records import Document, Rejection

DEFAULT_DB = "dyadwatch.duckdb"
EXIT_REJECTED = 3


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dyadwatch", formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Dated, sourced events between states and organisations, from articles.",
        epilog="example:\n  dyadwatch ingest articles/ && dyadwatch chronology USA AZE")
    parser.add_argument("--db", default=os.environ.get("DYADWATCH_DB", DEFAULT_DB),
                        help="database file (default: $DYADWATCH_DB or ./dyadwatch.duckdb)")
    parser.add_argument("--actors", action="append", default=[], metavar="FILE",
                        help="extra knowledge file (parties, officials); applied after ours")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, help_: str, example: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=help_, description=help_, epilog=f"example:\n  {example}",
                              formatter_class=argparse.RawDescriptionHelpFormatter)

    p = command("ingest", "read articles (.txt, .html, .jsonl, folders) into the database",
                "dyadwatch ingest news/ extra.jsonl")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p = command("chronology", "dated events between two parties, oldest first",
                "dyadwatch chronology USA AZE --from 2022-03 --to 2022-06 --format md")
    p.add_argument("a", metavar="A")
    p.add_argument("b", metavar="B")
    _range(p)
    p.add_argument("--format", choices=["table", "md", "json"], default="table")
    p = command("events", "list events, filtered", "dyadwatch events --party AZE --type CONSULT")
    p.add_argument("--party", action="append", default=[], help="repeat for events among several")
    p.add_argument("--type", help="PLOVER type, e.g. CONSULT")
    _range(p)
    p.add_argument("--format", choices=["table", "jsonl", "csv"], default="table")
    p = command("export", "write every event as one JSON record a line",
                "dyadwatch export --format jsonl events.jsonl")
    p.add_argument("--format", choices=["jsonl"], default="jsonl")
    p.add_argument("out", metavar="OUT", help="output file, or - for standard output")
    p = command("eval", "score the database against a gold file (shared eval rules)",
                "dyadwatch --db seeds.duckdb eval ../shared/eval/seeds.gold.jsonl")
    p.add_argument("gold", metavar="GOLD")
    p.add_argument("--json", action="store_true", help="print the scores as JSON")
    p.add_argument("--explain", action="store_true",
                   help="list each missed and spurious event with its sentence and failing stage")
    p = command("demo", "ingest the embedded sample corpus and print its USA-AZE chronology",
                "dyadwatch --db demo.duckdb demo")
    p.add_argument("--eval", action="store_true", help="also score it against its gold file")
    command("status", "counts of documents, rejections, mentions and events", "dyadwatch status")
    return parser


def _range(p: argparse.ArgumentParser) -> None:
    p.add_argument("--from", dest="date_from", metavar="DATE", help="YYYY, YYYY-MM or YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", metavar="DATE")


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return int(HANDLERS[args.command](args))
    except DyadwatchError as exc:
        print(f"dyadwatch: {exc.one_line()}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    except duckdb.Error as exc:
        first = str(exc).splitlines()[0]
        print(f"dyadwatch: [DW400] database error on {args.db}: {first}", file=sys.stderr)
        return 1


def _ingest(args: argparse.Namespace, paths: list[str] | None = None) -> int:
    con = store.connect(args.db)
    def report(item: Document | Rejection) -> None:
        if isinstance(item, Rejection):
            print(f"rejected: {item.input}: {item.reason}", file=sys.stderr)
    summary = workflow.ingest(con, paths or args.paths, tuple(args.actors), report)
    for warning in summary.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    counts = query.counts(con)
    con.close()
    rejected = ", ".join(f"{n} {reason}" for reason, n in summary.rejected.items()) or "none"
    print(f"ingested {summary.ingested} (replaced {summary.replaced}), unchanged "
          f"{summary.unchanged}, rejected {summary.rejected_total} ({rejected}); database now "
          f"holds {counts['documents']} documents, {counts['events']} events", file=sys.stderr)
    return EXIT_REJECTED if summary.rejected_total else 0


def _reader(args: argparse.Namespace) -> Any:
    return store.connect(args.db, read_only=True)


def _chronology(args: argparse.Namespace) -> int:
    kb = knowledge.load(tuple(args.actors))
    a, b = query.resolve_party(kb, args.a), query.resolve_party(kb, args.b)
    found = query.chronology(_reader(args), a, b, args.date_from, args.date_to)
    if args.format == "json":
        print(json.dumps(found, indent=2, ensure_ascii=False, default=str))
    else:
        print(_chronology_text(found, a, b, markdown=args.format == "md"))
    return 0


def _summary(event: dict[str, Any]) -> str:
    src, tgt = event["source"], event["target"]
    who = f"{src['name']} ({src['code']})"
    whom = f"{tgt['name']} ({tgt['code']})"
    mode = f"/{event['mode']}" if event["mode"] else ""
    planned = " [planned]" if event["status"] == "planned" else ""
    return f"{event['type']}{mode}{planned}: {who} -> {whom}"


def _chronology_text(found: list[dict[str, Any]], a: str, b: str, markdown: bool) -> str:
    if not found:
        return f"no dated events between {a} and {b}"
    lines = [f"## Chronology {a}-{b}", "", "| date | event | sources |", "|---|---|---|"] \
        if markdown else [f"Chronology {a}-{b} ({len(found)} events)"]
    for e in found:
        docs = ", ".join(sorted({m["document"] for m in e["mentions"]}))
        if markdown:
            lines.append(f"| {e['date']} | {_summary(e)} | {docs} |")
        else:
            lines.append(f"{e['date']:<10}  {_summary(e)}  [{docs}]")
            lines.append(f"{'':<10}    \"{_clip(e['mentions'][0]['sentence'])}\"")
    return "\n".join(lines)


def _clip(text: str, width: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _events(args: argparse.Namespace) -> int:
    kb = knowledge.load(tuple(args.actors))
    parties = tuple(query.resolve_party(kb, p) for p in args.party)
    found = query.events(_reader(args), parties=parties, type_=args.type,
                         date_from=args.date_from, date_to=args.date_to)
    if args.format == "jsonl":
        for e in found:
            print(json.dumps(e, ensure_ascii=False, default=str))
    elif args.format == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(["event_id", "date", "date_precision", "type", "mode", "status",
                         "source", "target", "intensity", "n_mentions", "documents"])
        for e in found:
            writer.writerow([e["event_id"], e["date"], e["date_precision"], e["type"], e["mode"],
                             e["status"], e["source"]["code"], e["target"]["code"], e["intensity"],
                             e["n_mentions"], ";".join(sorted({m["document"] for m in e["mentions"]}))])
    else:
        for e in found:
            print(f"{e['date'] or 'undated':<10}  {_summary(e)}")
    return 0


def _export(args: argparse.Namespace) -> int:
    found = query.events(_reader(args))
    lines = "".join(json.dumps(e, ensure_ascii=False, default=str) + "\n" for e in found)
    if args.out == "-":
        sys.stdout.write(lines)
    else:
        Path(args.out).write_text(lines, encoding="utf-8")
    print(f"exported {len(found)} events", file=sys.stderr)
    return 0


def _eval(args: argparse.Namespace) -> int:
    con = _reader(args)
    overall, per_doc, _ = workflow.evaluate(con, args.gold)
    if args.explain:
        findings = explain(con, overall)
        for f in findings:
            print(f"{f.kind:<8} {f.doc[:32]:<32} {f.stage:<28} {f.detail}")
            print(f"{'':<8} \"{_clip(f.sentence, 150)}\"")
        stages = Counter(f"{f.kind}: {f.stage}" for f in findings)
        print("; ".join(f"{n} {stage}" for stage, n in stages.most_common()))
    if args.json:
        print(json.dumps({"overall": overall.as_dict(),
                          "documents": {d: s.as_dict() for d, s in per_doc.items()}}, indent=2))
        return 0
    print(_score_line("overall", overall.as_dict()))
    for doc, result in per_doc.items():
        print(_score_line(doc, result.as_dict()))
    return 0


def _score_line(name: str, s: dict[str, float | int]) -> str:
    return (f"{name:<40} P={s['precision']:.3f} R={s['recall']:.3f} F1={s['f1']:.3f} "
            f"(matched {s['matched']}/{s['predictions']} predictions, "
            f"{s['matched_required']}/{s['required']} required gold)")


def _demo(args: argparse.Namespace) -> int:
    status = _ingest(args, [str(workflow.sample_corpus())])
    args.a, args.b, args.date_from, args.date_to, args.format = "USA", "AZE", None, None, "table"
    _chronology(args)
    if args.eval:
        args.gold, args.json = str(workflow.sample_gold()), False
        _eval(args)
    return status


def _status(args: argparse.Namespace) -> int:
    con = _reader(args)
    for table, n in query.counts(con).items():
        print(f"{table:<12} {n}")
    for r in query.rejections(con):
        print(f"rejected     {r['input']}: {r['reason']}")
    return 0


HANDLERS = {"ingest": _ingest, "chronology": _chronology, "events": _events, "export": _export,
            "eval": _eval, "demo": _demo, "status": _status}

if __name__ == "__main__":
    sys.exit(main())
