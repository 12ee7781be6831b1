/* Balance, actors, search, documents and upload pages, and the router that picks a page. */
"use strict";

async function balancePage(main) {
  const party = params().get("party"), others = params().getAll("with");
  main.append(el("h1", {}, "Balance"), await partyOptions(),
    el("form", { method: "get", action: "/balance" },
      el("label", {}, "Party", el("input", { name: "party", value: party || "", list: "parties", required: true })),
      el("label", {}, "With (comma separated)", el("input", { name: "with", value: others.join(","), required: true })),
      el("button", { type: "submit" }, "Compare")));
  if (!party || !others.length) return;
  const result = await api("/api/balance?" + qs({ party, with: others.join(",").split(/\s*,\s*/) }));
  const fmt = (o) => Object.entries(o).map(([k, v]) => `${k} ${v}`).join(", ");
  main.append(table(["With", "Events", "Contacts", "Cooperation", "Conflict", "By level", "By mode",
    "Initiative", "First", "Last", "Median gap (days)"], result.with.map((w) => ({ w, cells: [w.party,
    w.events, w.contacts, w.cooperation, w.conflict, fmt(w.by_level), fmt(w.by_mode), fmt(w.initiative),
    w.first_contact || "", w.last_contact || "", w.median_gap_days ?? ""] })),
  (r) => go("/dyad?" + qs({ a: result.party, b: r.w.party }))));
}

async function actorsPage(main) {
  const a = params().get("a"), b = params().get("b");
  main.append(el("h1", {}, "Actors"), await partyOptions(), pairForm("/actors", a, b));
  if (!a || !b) return;
  const result = await api("/api/actors?" + qs({ a, b }));
  main.append(network(result), el("h2", {}, "Who meets whom"),
    table(["One", "Other", "Events", "Contacts", "First", "Last"], result.edges.map((e) => ({
      cells: [actorText(e.a), actorText(e.b), e.events, e.contacts, e.first || "", e.last || ""] }))));
}

async function searchPage(main) {
  const p = params(), fields = ["q", "party", "type", "from", "to", "document"];
  const size = Math.min(500, Number(p.get("size")) || 100);
  const value = Object.fromEntries(fields.map((f) => [f, p.get(f) || ""]));
  const input = (label, name) => el("label", {}, label, el("input", { name, value: value[name] }));
  main.append(el("h1", {}, "Search"), el("form", { method: "get", action: "/search" },
    input("Text", "q"), input("Party", "party"), input("Type", "type"), input("From", "from"),
    input("To", "to"), input("Document", "document"), el("button", { type: "submit" }, "Search")));
  if (!p.toString()) return;
  const results = el("div", { id: "results" });
  main.append(results);
  await pagedEvents(results, value, size);
}

async function documentsPage(main) {
  const flag = params().get("flag") || "", size = 100;
  const box = el("div", { id: "documents" }), flags = el("p", { class: "flags" });
  main.append(el("h1", {}, flag ? `Documents flagged ${flag}` : "Documents"), flags, box);
  async function show(offset) {
    const found = await api("/api/documents?" + qs({ flag, limit: size, offset }));
    flags.replaceChildren(flag ? el("a", { href: "/documents" }, "all documents") : "",
      Object.entries(found.flags).map(([f, n]) =>
        el("a", { class: "flag", href: "/documents?" + qs({ flag: f }) }, `${f} ${n}`)));
    box.replaceChildren(pager(found, size, "documents", show, box), documentTable(found.documents));
  }
  await show(0);
}

/* What an ingest did, as one line, then one error line per kind of rejection. */
function ingestSummary(s) {
  const extra = [["duplicates", s.duplicates], ["not coded", Object.values(s.not_coded || {}).reduce((x, y) => x + y, 0)]]
    .filter(([, n]) => n).map(([label, n]) => `, ${label} ${n}`).join("");
  return [el("p", { class: "card" }, `ingested ${s.ingested} (replaced ${s.replaced}), unchanged ${s.unchanged}` +
    `${extra}, rejected ${s.rejected_total}, ${s.mentions} mentions`),
  Object.entries(s.rejected).map(([reason, n]) => el("p", { class: "error" }, `${n} × ${reason}`))];
}

function uploadPage(main) {
  const files = el("input", { type: "file", name: "files", multiple: true, accept: ".txt,.text,.html,.htm,.json,.jsonl,.ndjson,.xml,.rss,.atom,.warc,.arc,.gz" });
  const urls = el("textarea", { name: "urls", rows: 3, cols: 70, placeholder: "https://example.org/news/article.html" });
  const token = el("input", { type: "password", name: "token", autocomplete: "off" });
  const out = el("div", { id: "upload-result" });
  const headers = () => (token.value ? { Authorization: "Bearer " + token.value } : {});
  const submit = (work) => async (event) => {
    event.preventDefault();
    out.replaceChildren(el("p", {}, "Ingesting…"));
    try {
      await work();
    } catch (err) {
      out.replaceChildren(errorBox(err));
    }
  };
  async function sendFiles() {
    const body = new FormData();
    for (const f of files.files) body.append("files", f, f.name);
    const result = await api("/api/ingest", { method: "POST", body, headers: headers() });
    out.replaceChildren(...ingestSummary(result.summary).flat());
    for (const name of result.files) {
      const box = el("div");
      const found = await pagedEvents(box, { document: name }, 100);
      out.append(el("h2", {}, `${name}: ${found.total} events`), box);
    }
  }
  async function sendUrls() {
    const list = urls.value.split(/\s+/).filter(Boolean);
    const result = await api("/api/ingest/urls", { method: "POST", body: JSON.stringify(list),
      headers: { "Content-Type": "application/json", ...headers() } });
    out.replaceChildren(...ingestSummary(result.summary).flat(),
      el("p", {}, el("a", { href: "/documents" }, "Stored documents")));
  }
  main.append(el("h1", {}, "Add articles"),
    el("label", {}, "Token (if the server has one)", token),
    el("form", { id: "upload", onsubmit: submit(sendFiles) },
      el("label", {}, "Files (.txt, .html, .jsonl; 5 MB each)", files), el("button", { type: "submit" }, "Ingest files")),
    el("form", { id: "fetch", onsubmit: submit(sendUrls) },
      el("label", {}, "Article or feed URLs (http, https; one a line, at most 50)", urls),
      el("button", { type: "submit" }, "Fetch and ingest")), out);
}

const ROUTES = { "/": overviewPage, "/dyad": dyadPage, "/event": eventPage, "/balance": balancePage,
  "/actors": actorsPage, "/search": searchPage, "/documents": documentsPage, "/upload": uploadPage };

async function route() {
  const main = document.getElementById("main");
  main.replaceChildren();
  const page = ROUTES[location.pathname.replace(/\/+$/, "") || "/"] || overviewPage;
  try {
    await page(main);
  } catch (err) {
    main.append(errorBox(err));
  }
  document.body.dataset.ready = "1";
}

route();
