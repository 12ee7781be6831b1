"""Sanity checks for a gold set (format, documents, verbatim evidence).

The folder holding docs/ and gold.jsonl is the first argument (default: this script's own
folder, devset/), so the held-out set is checked by the same code: `python3 devset/validate_gold.py heldout`.
"""
import html, json, re, sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else Path(__file__).resolve().parent
TYPES = {"CONSULT", "AGREE", "SUPPORT", "REQUEST", "ACCUSE", "REJECT", "AID", "SANCTION",
         "THREATEN", "ASSAULT", "FIGHT", "COERCE", "MOBILIZE", "RETREAT", "CONCEDE", "PROTEST"}
MODES = {"phone", "visit", "meet", "message"}


class Visible(HTMLParser):
    """Collects text nodes of <body>, skipping script/style."""
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.nodes, self.skip, self.in_body = [], 0, False

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag == "body":
            self.in_body = True

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1

    def handle_data(self, data):
        if self.in_body and not self.skip and data.strip():
            self.nodes.append(data)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def texts(path):
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        p = Visible()
        p.feed(raw)
        nodes = [norm(n) for n in p.nodes]
        return nodes, " ".join(nodes)
    return [raw], raw


def main():
    docs = HERE / "docs"
    errors, n, req = [], 0, 0
    cache = {}
    for i, line in enumerate((HERE / "gold.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            g = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {i}: bad JSON ({e})")
            continue
        n += 1
        req += not g.get("optional")
        doc = docs / g.get("doc", "")
        if not doc.is_file():
            errors.append(f"line {i}: missing doc {g.get('doc')}")
            continue
        if doc.name not in cache:
            cache[doc.name] = texts(doc)
        nodes, full = cache[doc.name]
        ev = g.get("evidence", "")
        ok = any(ev in t for t in nodes) if doc.suffix == ".html" else ev in full
        if not ev or not ok:
            errors.append(f"line {i}: evidence not verbatim in {doc.name}: {ev[:60]!r}")
        if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", g.get("date", "")):
            errors.append(f"line {i}: bad date {g.get('date')}")
        if g.get("directed") is True:
            pair = (g.get("source"), g.get("target"))
        elif g.get("directed") is False:
            pair = tuple(g.get("actors") or ())
        else:
            errors.append(f"line {i}: 'directed' must be true/false")
            continue
        if len(pair) != 2 or not all(isinstance(x, str) and x.isupper() for x in pair) or pair[0] == pair[1]:
            errors.append(f"line {i}: bad parties {pair}")
        if not g.get("types") or set(g["types"]) - TYPES:
            errors.append(f"line {i}: bad types {g.get('types')}")
        if "mode" in g and g["mode"] not in MODES:
            errors.append(f"line {i}: bad mode {g['mode']}")
        if not isinstance(g.get("optional"), bool):
            errors.append(f"line {i}: 'optional' must be a boolean")
    used = {json.loads(l)["doc"] for l in (HERE / "gold.jsonl").read_text().splitlines() if l.strip()}
    all_docs = sorted(p.name for p in docs.iterdir())
    print(f"{len(all_docs)} docs, {n} gold events ({req} required, {n - req} optional)")
    print("docs without gold:", [d for d in all_docs if d not in used])
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
