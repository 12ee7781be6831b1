"""Requests per second of the events and series endpoints on a large store.

Builds (or reuses) a database with bench/query.py's filler, serves it with
uvicorn on 127.0.0.1 in this process, and drives each endpoint from several
client threads for a few seconds. Prints requests/s and median latency. The
filler drops draws whose two parties coincide (about 1 in 60), so the default
of 1,020,000 draws stores just over one million events; the count is printed.
Every events request also counts its total (a second query), as clients page.

Run: python bench/api.py [--events 1020000] [--seconds 10] [--clients 4] [--db PATH]
"""

from __future__ import annotations

import argparse
import json
import socket
import statistics
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

import uvicorn

sys.path.insert(0, str(Path(__file__).parent))
from dyadwatch.web import create_app
from query import fill

ENDPOINTS = {
    "events USA-AZE 2022 (limit 100)": "/api/events?a=USA&b=AZE&from=2022&to=2022&limit=100",
    "events USA-AZE, page 3 of 100": "/api/events?a=USA&b=AZE&limit=100&offset=200",
    "events party RUS, newest 50": "/api/events?party=RUS&sort=-date&limit=50",
    "series USA-AZE by month": "/api/series?a=USA&b=AZE&by=month",
    "series USA-AZE by week": "/api/series?a=USA&b=AZE&by=week",
    "documents, page 1 (limit 100)": "/api/documents?limit=100",
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def drive(url: str, seconds: float, clients: int) -> tuple[float, float]:
    latencies: list[float] = []
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def client() -> None:
        mine = []
        while time.monotonic() < stop:
            start = time.perf_counter()
            with urllib.request.urlopen(url, timeout=60) as response:
                response.read()
            mine.append(time.perf_counter() - start)
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return len(latencies) / seconds, statistics.median(latencies) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_020_000, help="draws (events stored: ~98%%)")
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "api.duckdb"
        if not db.exists():
            start = time.perf_counter()
            fill(db, args.events)
            print(f"filled {db} in {time.perf_counter() - start:.0f} s")
        port = free_port()
        server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port,
                                               log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        base = f"http://127.0.0.1:{port}"
        with urllib.request.urlopen(base + "/api/status") as response:
            counts = json.load(response)["counts"]
        print(f"serving {db}: {counts['events']:,} events, {counts['documents']:,} documents")
        for name, path in ENDPOINTS.items():
            urllib.request.urlopen(base + path, timeout=60).read()  # warm-up
            rate, median = drive(base + path, args.seconds, args.clients)
            print(f"{name:<34} {rate:7.1f} requests/s  median {median:6.1f} ms  "
                  f"({args.clients} clients, {args.seconds:.0f} s)")
        server.should_exit = True
        thread.join(10)


if __name__ == "__main__":
    main()
