"""A live server under parallel uploads and readers: the single writer holds.

Uploads arrive at once from several threads (one document twice, from two of
them) while other threads keep reading events and series. No request may fail
or answer 500, a page and its total must come from one snapshot, every document
must be stored exactly once, and all events must be visible afterwards.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import uvicorn
from fastapi import FastAPI

from dyadwatch.web import create_app

UPLOADERS = 6
PER_UPLOAD = 2
READ_PATHS = ("/api/events?a=USA&b=AZE&limit=500", "/api/events?party=USA&sort=-date&limit=5",
              "/api/series?a=USA&b=AZE&by=week", "/api/status")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def serving(app: FastAPI) -> Iterator[str]:
    """Run app under uvicorn on 127.0.0.1 in a thread; yields its base URL."""
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "server did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)


def article(day: int) -> bytes:
    """A call on a day of its own, so each document codes exactly one distinct event."""
    return (f"Readout\nMarch {day + 1}, 2023\n\nSecretary of State Antony Blinken called Azerbaijani "
            f"President Ilham Aliyev on March {day}.\n").encode()


def test_parallel_uploads_and_readers(tmp_path: Path) -> None:
    batches = [[(f"call_{u}_{k}.txt", article(1 + u * PER_UPLOAD + k)) for k in range(PER_UPLOAD)]
               for u in range(UPLOADERS)]
    twice = ("twice.txt", article(27))
    batches[0].append(twice)
    batches[1].append(twice)
    names = {name for batch in batches for name, _ in batch}
    replies: list[dict[str, Any]] = []
    problems: list[str] = []
    reads: list[int] = []
    done = threading.Event()
    start = threading.Barrier(UPLOADERS)
    lock = threading.Lock()

    with serving(create_app(tmp_path / "busy.duckdb")) as base, httpx.Client(base_url=base,
                                                                             timeout=300) as client:
        def upload(batch: list[tuple[str, bytes]]) -> None:
            start.wait()
            try:
                response = client.post("/api/ingest", files=[("files", (n, t, "text/plain"))
                                                             for n, t in batch])
            except httpx.HTTPError as exc:
                problems.append(f"upload: {type(exc).__name__}: {exc}")
                return
            if response.status_code != 200:
                problems.append(f"upload HTTP {response.status_code}: {response.text}")
            with lock:
                replies.append(response.json())

        def read(offset: int) -> None:
            n = during = 0
            while not done.is_set() or n < len(READ_PATHS):
                during += not done.is_set()
                path = READ_PATHS[(offset + n) % len(READ_PATHS)]
                try:
                    response = client.get(path)
                    if response.status_code != 200:
                        problems.append(f"GET {path}: HTTP {response.status_code}: {response.text}")
                    elif "limit=500" in path and response.json()["total"] != response.json()["count"]:
                        problems.append(f"GET {path}: page and total from different snapshots")
                except httpx.HTTPError as exc:
                    problems.append(f"GET {path}: {type(exc).__name__}: {exc}")
                n += 1
            with lock:
                reads.append(during)

        readers = [threading.Thread(target=read, args=(i,)) for i in range(3)]
        writers = [threading.Thread(target=upload, args=(b,)) for b in batches]
        for t in readers + writers:
            t.start()
        for t in writers:
            t.join(600)
        done.set()
        for t in readers:
            t.join(60)

        assert not problems, problems[:5]
        assert len(replies) == UPLOADERS and min(reads) >= len(READ_PATHS)  # reads while writing
        assert sum(r["summary"]["ingested"] for r in replies) == len(names)
        assert sum(r["summary"]["unchanged"] for r in replies) == 1  # twice.txt, the second time
        listing = client.get("/api/documents", params={"limit": 500}).json()
        stored = [d["doc_id"] for d in listing["documents"]]
        assert sorted(stored) == sorted(names) and listing["total"] == len(names)
        assert client.get("/api/status").json()["counts"]["documents"] == len(names)
        for name in names:
            found = client.get("/api/events", params={"document": name}).json()
            assert found["total"] == 1, (name, found)
        dyad = client.get("/api/events", params={"a": "USA", "b": "AZE", "limit": 500}).json()
        assert dyad["total"] == dyad["count"] == len(names)
        series = client.get("/api/series", params={"a": "USA", "b": "AZE"}).json()
        assert [(p["period"], p["events"]) for p in series["periods"]] == [("2023-03", len(names))]
