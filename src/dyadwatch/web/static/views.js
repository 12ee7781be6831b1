/* Balance, actors, search and upload pages, and the router that picks a page. */
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
  const p = params(), q = p.get("q") || "", type = p.get("type") || "", party = p.get("party") || "";
  const from = p.get("from") || "", to = p.get("to") || "";
  const input = (label, name, value) => el("label", {}, label, el("input", { name, value }));
  main.append(el("h1", {}, "Search"), el("form", { method: "get", action: "/search" },
    input("Text", "q", q), input("Party", "party", party), input("Type", "type", type),
    input("From", "from", from), input("To", "to", to), el("button", { type: "submit" }, "Search")));
  if (!p.toString()) return;
  const found = await api("/api/events?" + qs({ q, type, party, from, to, limit: 200 }));
  main.append(el("p", {}, `${found.count} events`), el("div", { id: "results" }, eventTable(found.events)));
}

function uploadPage(main) {
  const files = el("input", { type: "file", name: "files", multiple: true, accept: ".txt,.html,.htm,.jsonl" });
  const token = el("input", { type: "password", name: "token", autocomplete: "off" });
  const out = el("div", { id: "upload-result" });
  async function send(event) {
    event.preventDefault();
    out.replaceChildren(el("p", {}, "Ingesting…"));
    const body = new FormData();
    for (const f of files.files) body.append("files", f, f.name);
    const headers = token.value ? { Authorization: "Bearer " + token.value } : {};
    try {
      const result = await api("/api/ingest", { method: "POST", body, headers });
      const s = result.summary;
      out.replaceChildren(el("p", { class: "card" }, `ingested ${s.ingested} (replaced ${s.replaced}), ` +
        `unchanged ${s.unchanged}, rejected ${s.rejected_total}, ${s.mentions} mentions`));
      for (const [reason, n] of Object.entries(s.rejected)) out.append(el("p", { class: "error" }, `${n} × ${reason}`));
      for (const name of result.files) {
        const found = await api("/api/events?" + qs({ document: name, limit: 500 }));
        out.append(el("h2", {}, `${name}: ${found.count} events`), eventTable(found.events));
      }
    } catch (err) {
      out.replaceChildren(errorBox(err));
    }
  }
  main.append(el("h1", {}, "Upload articles"),
    el("form", { id: "upload", onsubmit: send }, el("label", {}, "Files (.txt, .html, .jsonl; 5 MB each)", files),
      el("label", {}, "Token (if the server has one)", token), el("button", { type: "submit" }, "Ingest")), out);
}

const ROUTES = { "/": overviewPage, "/dyad": dyadPage, "/event": eventPage, "/balance": balancePage,
  "/actors": actorsPage, "/search": searchPage, "/upload": uploadPage };

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
