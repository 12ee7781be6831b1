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

from dyadwatch import analytics, cli_ingest, cli_views, exports, knowledge, query, store, workflow
from dyadwatch.errors import DyadwatchError, InputError, QueryError
from dyadwatch.explain import Finding, explain, type_counts

DEFAULT_DB = "dyadwatch.duckdb"
EXIT_REJECTED = cli_ingest.EXIT_REJECTED  # re-exported: tests and scripts import it from here


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

    p = command("ingest", "read articles into the database: files (.txt .html .json .jsonl, gzip), "
                "folders, URLs, RSS/Atom feeds, WARC archives",
                "dyadwatch ingest news/ extra.jsonl https://example.org/feed.xml crawl.warc.gz\n"
                "  dyadwatch ingest --server http://127.0.0.1:8000 news/")
    p.add_argument("paths", nargs="+", metavar="INPUT", help="file, folder, http(s) URL or feed")
    p.add_argument("--skip-flag", action="append", metavar="FLAG",
                   help="store but do not code documents with this quality flag (spam, "
                        "machine_translated, truncated); repeatable")
    p.add_argument("--server", metavar="URL", default=os.environ.get("DYADWATCH_SERVER"),
                   help="hand the files to a running 'dyadwatch serve' (the database's single "
                        "writer) instead of opening the database; also $DYADWATCH_SERVER")
    p.add_argument("--token", default=os.environ.get("DYADWATCH_TOKEN"),
                   help="bearer token of that server (or $DYADWATCH_TOKEN)")
    p = command("chronology", "dated events between two parties, oldest first",
                "dyadwatch chronology USA AZE --from 2022-03 --to 2022-06 --format md")
    _pair(p)
    _range(p)
    p.add_argument("--format", choices=["table", "md", "json"], default="table")
    p = command("events", "list events, filtered", "dyadwatch events --party AZE --type CONSULT")
    p.add_argument("--party", action="append", default=[], help="repeat for events among several")
    p.add_argument("--type", help="PLOVER type, e.g. CONSULT")
    _range(p)
    p.add_argument("--format", choices=["table", "jsonl", "csv"], default="table")
    p = command("export", "write every event: our JSONL record, CSV, Parquet or PLOVER JSON lines",
                "dyadwatch export --format parquet events.parquet")
    p.add_argument("--format", choices=list(exports.FORMATS), default="jsonl")
    p.add_argument("out", metavar="OUT", help="output file, or - for standard output")
    p = command("series", "events of a dyad per period: types, modes, intensity, balance",
                "dyadwatch series USA AZE --by quarter --format csv")
    _pair(p)
    p.add_argument("--by", choices=list(analytics.PERIODS), default="month")
    _range(p)
    _formats(p)
    p = command("balance", "how one party engages several others: level, mode, initiative, gaps",
                "dyadwatch balance USA --with AZE ARM --from 2021")
    p.add_argument("a", metavar="A")
    p.add_argument("--with", dest="others", nargs="+", required=True, metavar="B")
    _range(p)
    _formats(p)
    p = command("themes", "themes of a dyad's events over time (energy, security, peace, ...)",
                "dyadwatch themes USA AZE --by year")
    _pair(p)
    p.add_argument("--by", choices=list(analytics.PERIODS), default="year")
    _range(p)
    _formats(p)
    p = command("actors", "who meets whom between two parties, with counts",
                "dyadwatch actors USA AZE --format json")
    _pair(p)
    _range(p)
    _formats(p)
    p = command("digest", "what is new since a date (happened or first reported), by dyad",
                "dyadwatch digest --since 2024-05-01")
    p.add_argument("--since", required=True, metavar="DATE")
    _formats(p)
    p = command("eval", "score the database against a gold file (shared eval rules)",
                "dyadwatch --db seeds.duckdb eval ../shared/eval/seeds.gold.jsonl")
    p.add_argument("gold", metavar="GOLD")
    p.add_argument("--json", action="store_true", help="print the scores as JSON")
    p.add_argument("--explain", action="store_true",
                   help="list each missed and spurious event with its sentence and failing stage")
    p.add_argument("--blind", action="store_true",
                   help="print only the overall line and how many events failed at each stage: "
                        "for a held-out set whose documents must stay unread")
    p = command("demo", "ingest the embedded sample corpus and print its USA-AZE chronology",
                "dyadwatch --db demo.duckdb demo")
    p.add_argument("--eval", action="store_true", help="also score it against its gold file")
    command("status", "counts of documents, rejections, mentions and events", "dyadwatch status")
    command("compact", "sort the store by pair and date so queries on large stores stay fast",
            "dyadwatch compact")
    cli_ingest.add_commands(command)
    p = command("serve", "web dashboard and JSON API over the database (docs at /docs)",
                "dyadwatch serve --port 8000")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--token", default=os.environ.get("DYADWATCH_TOKEN"),
                   help="bearer token required for uploads (or $DYADWATCH_TOKEN); "
                        "needed to listen beyond localhost")
    return parser


def _pair(p: argparse.ArgumentParser) -> None:
    p.add_argument("a", metavar="A", help="a party: code (USA) or name (United States, Washington)")
    p.add_argument("b", metavar="B")


def _formats(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", choices=["table", "json", "csv"], default="table")


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


def _reader(args: argparse.Namespace) -> Any:
    return store.connect(args.db, read_only=True)


def _chronology(args: argparse.Namespace) -> int:
    kb = knowledge.load(tuple(args.actors))
    a, b = query.resolve_party(kb, args.a), query.resolve_party(kb, args.b)
    found = query.chronology(_reader(args), a, b, args.date_from, args.date_to)
    if args.format == "json":
        print(json.dumps(found, indent=2, ensure_ascii=False, default=str))
    else:
        print(cli_views.chronology(found, a, b, markdown=args.format == "md"))
    return 0


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
            print(f"{e['date'] or 'undated':<10}  {cli_views.summary(e)}")
    return 0


def _export(args: argparse.Namespace) -> int:
    con = _reader(args)
    if args.format == "parquet":
        count = exports.write(con, "parquet", Path(args.out))
    elif args.out == "-":
        count = exports.write(con, args.format, sys.stdout)
    else:
        try:
            out = open(args.out, "w", encoding="utf-8", newline="")  # noqa: SIM115
        except OSError as exc:
            raise InputError(f"cannot write {args.out}: {exc.strerror}",
                             hint="create the folder or pick another OUT") from exc
        with out:
            count = exports.write(con, args.format, out)
    print(f"exported {count} events as {args.format}", file=sys.stderr)
    return 0


def _show(args: argparse.Namespace, result: dict[str, Any], rows_key: str,
          text: Any) -> int:
    if args.format == "json":
        print(json.dumps(result, indent=2, ensure_ascii=False, default=str))
    elif args.format == "csv":
        print(cli_views.table_csv(result[rows_key]))
    else:
        print(text(result))
    return 0


def _dyad(args: argparse.Namespace) -> tuple[str, str]:
    kb = knowledge.load(tuple(args.actors))
    return query.resolve_party(kb, args.a), query.resolve_party(kb, args.b)


def _series(args: argparse.Namespace) -> int:
    a, b = _dyad(args)
    result = analytics.series(_reader(args), a, b, args.by, args.date_from, args.date_to)
    return _show(args, result, "periods", cli_views.series)


def _balance(args: argparse.Namespace) -> int:
    kb = knowledge.load(tuple(args.actors))
    a = query.resolve_party(kb, args.a)
    others = [query.resolve_party(kb, o) for o in args.others]
    result = analytics.balance(_reader(args), a, others, args.date_from, args.date_to)
    return _show(args, result, "with", cli_views.balance)


def _themes(args: argparse.Namespace) -> int:
    a, b = _dyad(args)
    result = analytics.themes(_reader(args), a, b, args.by, args.date_from, args.date_to)
    return _show(args, result, "periods", cli_views.themes)


def _actors(args: argparse.Namespace) -> int:
    a, b = _dyad(args)
    result = analytics.actors(_reader(args), a, b, args.date_from, args.date_to)
    return _show(args, result, "edges", cli_views.actors)


def _digest(args: argparse.Namespace) -> int:
    result = analytics.digest(_reader(args), args.since)
    flat = {"events": [dict(e, dyad="-".join(d["dyad"])) for d in result["dyads"]
                       for e in d["events"]]}
    return _show(args, result | flat, "events", cli_views.digest)


def _eval(args: argparse.Namespace) -> int:
    con = _reader(args)
    overall, per_doc, gold = workflow.evaluate(con, args.gold)
    findings = explain(con, overall, gold, workflow.stage_reader(con, tuple(args.actors))) \
        if args.blind or args.explain else []
    if args.blind:  # no document, sentence or event is named: the set stays unread
        print(_score_line("overall", overall.as_dict()))
        print(_stage_counts(findings))
        for name, counts in type_counts(findings).items():
            print(f"{name} by type: " + "; ".join(f"{n} {k}" for k, n in counts.most_common()))
        print("\n".join(workflow.feature_lines(con, overall, tuple(args.actors))))
        return 0
    if args.explain:
        for f in findings:
            print(f"{f.kind:<8} {f.doc[:32]:<32} {f.stage:<28} {f.detail}")
            print(f"{'':<8} \"{cli_views.clip(f.sentence, 150)}\"")
        print(_stage_counts(findings))
        print("\n".join(workflow.feature_lines(con, overall, tuple(args.actors))))
    if args.json:
        print(json.dumps({"overall": overall.as_dict(),
                          "documents": {d: s.as_dict() for d, s in per_doc.items()}}, indent=2))
        return 0
    print(_score_line("overall", overall.as_dict()))
    for doc, result in per_doc.items():
        print(_score_line(doc, result.as_dict()))
    return 0


def _stage_counts(findings: list[Finding]) -> str:
    stages = Counter(f"{f.kind}: {f.stage.split(':')[0]}" for f in findings)
    return "; ".join(f"{n} {stage}" for stage, n in stages.most_common())


def _score_line(name: str, s: dict[str, float | int]) -> str:
    return (f"{name:<40} P={s['precision']:.3f} R={s['recall']:.3f} F1={s['f1']:.3f} "
            f"(matched {s['matched']}/{s['predictions']} predictions, "
            f"{s['matched_required']}/{s['required']} required gold)")


def _demo(args: argparse.Namespace) -> int:
    status: int = cli_ingest.ingest(args, [str(workflow.sample_corpus())])
    args.a, args.b, args.date_from, args.date_to, args.format = "USA", "AZE", None, None, "table"
    _chronology(args)
    if args.eval:
        args.gold, args.json, args.explain, args.blind = str(workflow.sample_gold()), False, False, False
        _eval(args)
    return status


def _status(args: argparse.Namespace) -> int:
    con = _reader(args)
    for table, n in query.counts(con).items():
        print(f"{table:<12} {n}")
    for r in query.rejections(con):
        print(f"rejected     {r['input']}: {r['reason']}")
    return 0


def _compact(args: argparse.Namespace) -> int:
    con = store.connect(args.db)
    store.compact(con)
    con.close()
    print("compacted", file=sys.stderr)
    return 0


LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")


def _serve(args: argparse.Namespace) -> int:
    """Run the dashboard; this process then holds the database's one read-write connection."""
    if args.host not in LOCAL_HOSTS and not args.token:
        raise QueryError(f"refusing to listen on {args.host} without a token",
                         hint="pass --token T (clients send 'Authorization: Bearer T') or use 127.0.0.1")
    import uvicorn

    from dyadwatch.web import create_app

    app = create_app(args.db, token=args.token, actors=tuple(args.actors),
                     public_urls_only=args.host not in LOCAL_HOSTS)
    print(f"dyadwatch: serving {args.db} on http://{args.host}:{args.port}/", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0


HANDLERS = {"serve": _serve, "compact": _compact, "watch": cli_ingest.watch,
            "documents": cli_ingest.documents, "ingest": cli_ingest.ingest,
            "chronology": _chronology, "events": _events,
            "export": _export, "eval": _eval, "demo": _demo, "status": _status, "series": _series,
            "balance": _balance, "themes": _themes, "actors": _actors, "digest": _digest}

if __name__ == "__main__":
    sys.exit(main())
