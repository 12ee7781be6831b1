"""Throughput of a whole ingest beside spaCy's own nlp.pipe on the same texts.

Builds a corpus from the embedded sample repeated to at least 2 MB (each copy a
distinct document), ingests it into a fresh database, and prints articles/s and
words/s for both. Run: python bench/throughput.py [--mb 2]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from dyadwatch import knowledge, nlp, store, workflow
from dyadwatch.ingest import iter_inputs
from dyadwatch.records import Document


def build_corpus(folder: Path, megabytes: float) -> list[str]:
    sources = [d for d in iter_inputs([workflow.sample_corpus()]) if isinstance(d, Document)]
    texts, size, copy = [], 0, 0
    while size < megabytes * 1_000_000:
        for doc in sources:
            suffix = ".html" if doc.media_type == "html" else ".txt"
            body = doc.content + f"\n\n(copy {copy})\n"
            (folder / f"c{copy:04d}_{Path(doc.doc_id).stem}{suffix}").write_text(body, encoding="utf-8")
            texts.append(body)
            size += len(body.encode("utf-8"))
        copy += 1
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=2.0)
    args = parser.parse_args()
    knowledge.load()
    model = nlp.load()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        texts = build_corpus(folder, args.mb)
        words = sum(len(t.split()) for t in texts)
        mb = sum(len(t.encode()) for t in texts) / 1e6
        start = time.perf_counter()
        for _ in model.pipe(texts):
            pass
        spacy_s = time.perf_counter() - start
        con = store.connect(Path(tmp) / "bench.duckdb")
        start = time.perf_counter()
        summary = workflow.ingest(con, [str(folder)])
        ingest_s = time.perf_counter() - start
        con.close()
    print(f"corpus: {len(texts)} articles, {words:,} words, {mb:.2f} MB")
    print(f"spaCy nlp.pipe : {len(texts) / spacy_s:8.1f} articles/s {words / spacy_s:10,.0f} words/s")
    print(f"dyadwatch ingest: {len(texts) / ingest_s:8.1f} articles/s {words / ingest_s:10,.0f} "
          f"words/s ({summary.ingested} stored, {summary.mentions} mentions)")


if __name__ == "__main__":
    main()
