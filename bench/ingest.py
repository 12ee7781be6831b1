"""Ingestion throughput on a synthetic corpus: HTML extraction, and WARC reading.

Writes N synthetic news pages (default 5,000) to a temporary folder and to one
.warc.gz, then prints documents/s for (a) the clean stage (trafilatura main
text + metadata, via `dyadwatch.clean.clean`) over the HTML files, and (b)
streaming the WARC through `dyadwatch.ingest`. Figures only, no assertions:
the machine is shared, so speeds are for comparison between runs.

    python bench/ingest.py [--pages 5000] [--clean-sample 5000]
"""

from __future__ import annotations

import argparse
import io
import random
import tempfile
import time
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from dyadwatch import knowledge
from dyadwatch.clean import clean
from dyadwatch.ingest import iter_inputs
from dyadwatch.records import Document, Rejection, Skipped

CAPITALS = ["Baku", "Yerevan", "Tbilisi", "Ankara", "Brussels", "Washington", "Moscow", "Paris", "Berlin"]
LEADERS = ["the foreign minister of Azerbaijan", "the Armenian prime minister", "the U.S. secretary of state",
           "the Turkish president", "the European Council president", "the French foreign minister"]
ACTIONS = ["met", "spoke by phone with", "hosted", "signed a memorandum with", "criticised",
           "agreed to resume talks with"]
TOPICS = ["border delimitation", "transport links", "gas supplies", "prisoner releases", "a peace treaty"]


def synthetic_page(number: int, rng: random.Random) -> str:
    """A news page with furniture around a few paragraphs of template prose."""
    day = 1 + number % 28
    paragraphs = []
    for _ in range(rng.randint(4, 9)):
        a, b = rng.sample(LEADERS, 2)
        paragraphs.append(f"<p>In {rng.choice(CAPITALS)} on {day} May 2023, {a} {rng.choice(ACTIONS)} "
                          f"{b}; officials said the discussion covered {rng.choice(TOPICS)} and "
                          f"{rng.choice(TOPICS)}, and that a further round was expected.</p>")
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Report {number}</title>"
            f"<meta property='article:published_time' content='2023-05-{day:02d}'></head><body>"
            "<nav><a href='/'>Home</a> | <a href='/world'>World</a> | <a href='/europe'>Europe</a></nav>"
            f"<article><h1>Diplomatic report {number}</h1>{''.join(paragraphs)}</article>"
            "<aside>Related: more stories from the region</aside><footer>Subscribe to our newsletter"
            "</footer></body></html>")


def write_corpus(folder: Path, pages: int) -> tuple[list[Path], Path]:
    rng = random.Random(7)
    paths, warc = [], folder / "crawl.warc.gz"
    with warc.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for number in range(pages):
            html = synthetic_page(number, rng)
            path = folder / "pages" / f"{number:05d}.html"
            path.parent.mkdir(exist_ok=True)
            path.write_text(html, encoding="utf-8")
            paths.append(path)
            uri = f"http://news.example/{number}"
            request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "news.example")], is_http_request=True)
            writer.write_record(writer.create_warc_record(uri, "request", http_headers=request))
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, "response", http_headers=headers,
                                                          payload=io.BytesIO(html.encode())))
    return paths, warc


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=5000)
    parser.add_argument("--clean-sample", type=int, default=5000, help="pages put through the clean stage")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="dyadwatch-bench-") as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        paths, warc = write_corpus(folder, args.pages)
        print(f"corpus: {len(paths):,} HTML pages and a {warc.stat().st_size / 2**20:.1f} MB .warc.gz "
              f"written in {time.perf_counter() - started:.1f} s")

        started = time.perf_counter()
        files = [d for d in iter_inputs([folder / "pages"]) if isinstance(d, Document)]
        read_s = time.perf_counter() - started
        print(f"read HTML files:       {len(files) / read_s:10,.0f} documents/s "
              f"({len(files):,} in {read_s:.1f} s)")

        kb = knowledge.load()
        sample = files[: args.clean_sample]
        started = time.perf_counter()
        cleaned = sum(not isinstance(clean(kb, d), Rejection) for d in sample)
        clean_s = time.perf_counter() - started
        print(f"(a) HTML clean stage:  {len(sample) / clean_s:10,.0f} documents/s "
              f"({cleaned:,} of {len(sample):,} cleaned in {clean_s:.1f} s)")

        started = time.perf_counter()
        found = list(iter_inputs([warc]))
        warc_s = time.perf_counter() - started
        documents = sum(isinstance(x, Document) for x in found)
        skipped = sum(isinstance(x, Skipped) for x in found)
        print(f"(b) WARC reading:      {documents / warc_s:10,.0f} documents/s "
              f"({documents:,} pages, {skipped:,} records skipped, in {warc_s:.1f} s)")


if __name__ == "__main__":
    main()
