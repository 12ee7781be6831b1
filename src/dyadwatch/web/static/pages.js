/* Overview, dyad and event pages. */
"use strict";

function eventRows(events) {
  return events.map((e) => ({ event: e, cells: [e.date || "undated", e.level || "",
    `${e.type}${e.mode ? " / " + e.mode : ""}`, `${actorText(e.source)} → ${actorText(e.target)}`,
    e.mentions.length ? e.mentions[0].sentence : "", sources(e)] }));
}

function eventTable(events) {
  if (!events.length) return el("p", { class: "muted" }, "No events.");
  return table(["Date", "Level", "Type / mode", "Actors", "Sentence", "Sources"], eventRows(events),
    (r) => go(eventLink(r.event)));
}

/* "N things · a–b" with previous/next buttons that call show(offset); errors land in box. */
function pager(found, size, noun, show, box) {
  const last = found.offset + found.count;
  const move = (offset) => () => show(offset).catch((err) => box.replaceChildren(errorBox(err)));
  return el("div", { class: "pager" },
    el("span", {}, found.total ? `${found.total} ${noun} · ${found.offset + 1}–${last}` : `0 ${noun}`),
    found.offset > 0 ? el("button", { type: "button", onclick: move(Math.max(0, found.offset - size)) }, "Previous") : null,
    last < found.total ? el("button", { type: "button", onclick: move(found.offset + size) }, "Next") : null);
}

/* Events matching filters (GET /api/events), a page at a time, into box; resolves to page one. */
function pagedEvents(box, filters, size = 50) {
  async function show(offset) {
    const found = await api("/api/events?" + qs({ ...filters, limit: size, offset }));
    box.replaceChildren(pager(found, size, "events", show, box), eventTable(found.events));
    return found;
  }
  return show(0);
}

function flagChips(flags) {
  return (flags || []).map((f) => el("a", { class: "flag", href: "/documents?" + qs({ flag: f }),
    onclick: (e) => e.stopPropagation() }, f));
}

function documentTable(docs) {
  if (!docs.length) return el("p", { class: "muted" }, "No documents.");
  const where = (s) => s.site || s.url || s.input.split(/[\\/]/).pop();
  const sites = (d) => [...new Set((d.sources || []).map(where))].join(", ");
  return table(["Document", "Title", "Published", "Language", "Quality", "Flags", "Events", "Sources"],
    docs.map((d) => ({ d, cells: [d.doc_id, d.title || "", d.published || "", d.language || "",
      d.quality ?? "", el("span", {}, flagChips(d.flags)), d.events, sites(d) || d.site || ""] })),
    (r) => go("/search?" + qs({ document: r.d.doc_id })));
}

async function overviewPage(main) {
  const [status, dyads, recent, docs] = await Promise.all([api("/api/status"), api("/api/dyads?limit=15"),
    api("/api/events?sort=-date&limit=10"), api("/api/documents?limit=10")]);
  const c = status.counts;
  main.append(el("h1", {}, "Overview"),
    el("div", { class: "cards" }, [["documents", c.documents], ["events", c.events],
      ["mentions", c.mentions], ["rejected inputs", c.rejections]].map(([label, n]) =>
      el("div", { class: "card", "data-count": label }, el("b", {}, n), label))),
    el("h2", {}, "Most active dyads"),
    table(["Pair", "Events", "Mentions", "First", "Last"], dyads.dyads.map((d) => ({ d,
      cells: [`${d.a} – ${d.b}`, d.events, d.mentions, d.first || "", d.last || ""] })),
    (r) => go("/dyad?" + qs({ a: r.d.a, b: r.d.b }))),
    el("h2", {}, "Recent events"), eventTable(recent.events),
    el("h2", {}, "Documents"), el("p", { class: "flags" }, Object.entries(docs.flags).map(([f, n]) =>
      el("a", { class: "flag", href: "/documents?" + qs({ flag: f }) }, `${f} ${n}`)),
    el("a", { href: "/documents" }, `all ${docs.total} documents`)),
    el("div", { id: "documents" }, documentTable(docs.documents)));
  if (docs.rejections.length) {
    main.append(el("h2", {}, "Rejected inputs"), table(["Input", "Stage", "Reason"],
      docs.rejections.map((r) => ({ cells: [r.input, r.stage, r.reason] }))));
  }
}

async function partyOptions() {
  const found = await api("/api/dyads?limit=500");
  const codes = [...new Set(found.dyads.flatMap((d) => [d.a, d.b]))].sort();
  return el("datalist", { id: "parties" }, codes.map((c) => el("option", { value: c })));
}

function pairForm(path, a, b, by) {
  return el("form", { method: "get", action: path },
    el("label", {}, "Party A", el("input", { name: "a", value: a || "", list: "parties", required: true })),
    el("label", {}, "Party B", el("input", { name: "b", value: b || "", list: "parties", required: true })),
    by ? el("label", {}, "Per", el("select", { name: "by" }, ["week", "month", "quarter", "year"].map((p) =>
      el("option", { value: p, selected: p === by }, p)))) : null,
    el("button", { type: "submit" }, "Show"));
}

async function dyadPage(main) {
  const a = params().get("a"), b = params().get("b"), by = params().get("by") || "month";
  main.append(el("h1", {}, a && b ? `${a} – ${b}` : "Dyad"), await partyOptions(), pairForm("/dyad", a, b, by));
  if (!a || !b) return;
  const [series, themes] = await Promise.all([api("/api/series?" + qs({ a, b, by })),
    api("/api/themes?" + qs({ a, b }))]);
  const period = el("div", { id: "period" }), chronology = el("div", { id: "chronology" });
  async function pick(p) {
    const box = el("div", {}, el("p", {}, "Loading…"));
    period.replaceChildren(el("h2", {}, `Events of ${p.period}`), box);
    try {
      await pagedEvents(box, { a, b, ...periodRange(p.period) });
    } catch (err) {
      box.replaceChildren(errorBox(err));
    }
    period.scrollIntoView({ block: "nearest" });
  }
  main.append(el("h2", {}, "Timeline"), el("div", { id: "timeline" }, periodChart(series, pick)), period,
    el("h2", {}, "Chronology"), chronology,
    el("h2", {}, "Themes"), Object.keys(themes.totals).length
      ? table(["Theme", "Events"], Object.entries(themes.totals).map(([t, n]) => ({ cells: [t, n] })))
      : el("p", { class: "muted" }, "No themes."));
  await pagedEvents(chronology, { a, b }, 100);
}

/* The document text cut at mention and boilerplate boundaries; the mention is a <mark>. */
function documentText(doc, mentions) {
  const cuts = new Set([0, doc.text.length]);
  for (const m of mentions) { cuts.add(m.start); cuts.add(m.end); }
  for (const [s, e] of doc.boilerplate) { cuts.add(s); cuts.add(e); }
  const points = [...cuts].filter((x) => x >= 0 && x <= doc.text.length).sort((x, y) => x - y);
  const box = el("div", { class: "doc" });
  for (let i = 0; i + 1 < points.length; i++) {
    const [s, e] = [points[i], points[i + 1]], piece = doc.text.slice(s, e);
    const inMention = mentions.some((m) => m.start <= s && e <= m.end);
    const inBoiler = doc.boilerplate.some(([bs, be]) => bs <= s && e <= be);
    const node = inMention ? el("mark", {}, piece) : inBoiler ? el("span", { class: "boiler" }, piece) : piece;
    box.append(node);
  }
  return box;
}

async function eventPage(main) {
  const id = params().get("id");
  if (!id) { main.append(el("h1", {}, "Event"), el("p", {}, "Pick an event from a dyad or search.")); return; }
  const e = await api("/api/events/" + encodeURIComponent(id));
  main.append(el("h1", {}, `${e.date || "undated"} · ${e.type}${e.mode ? " / " + e.mode : ""}`),
    el("p", {}, `${actorText(e.source)} → ${actorText(e.target)} · ${e.status} · level ${e.level || "?"}` +
      ` · intensity ${e.intensity} · ${e.n_mentions} mentions in ${e.n_documents} documents`),
    el("p", {}, el("a", { href: "/dyad?" + qs({ a: e.source.code, b: e.target.code }) }, "Dyad view")));
  if (e.date_alternatives.length) {
    main.append(el("p", { class: "muted" }, "Other reported dates: " +
      e.date_alternatives.map((d) => `${d.date} (${d.documents})`).join(", ")));
  }
  const byDoc = {};
  for (const m of e.mentions) (byDoc[m.document] = byDoc[m.document] || []).push(m);
  for (const [docId, mentions] of Object.entries(byDoc)) {
    const doc = await api("/api/documents/" + encodeURIComponent(docId));
    main.append(el("h2", {}, doc.title || docId),
      el("p", { class: "muted" }, [docId, doc.url, doc.published].filter(Boolean).join(" · ")),
      el("ul", {}, mentions.map((m) => el("li", {}, el("q", {}, m.sentence)))),
      documentText(doc, mentions));
  }
  const first = main.querySelector("mark");
  if (first) first.scrollIntoView({ block: "center" });
}
