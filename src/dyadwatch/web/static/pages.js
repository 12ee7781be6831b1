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

async function overviewPage(main) {
  const [status, dyads, recent, docs] = await Promise.all([api("/api/status"), api("/api/dyads?limit=15"),
    api("/api/events?sort=-date&limit=10"), api("/api/documents")]);
  const c = status.counts;
  main.append(el("h1", {}, "Overview"),
    el("div", { class: "cards" }, [["documents", c.documents], ["events", c.events],
      ["mentions", c.mentions], ["rejected inputs", c.rejections]].map(([label, n]) =>
      el("div", { class: "card", "data-count": label }, el("b", {}, n), label))),
    el("h2", {}, "Most active dyads"),
    table(["Pair", "Events", "Mentions", "First", "Last"], dyads.dyads.map((d) => ({ d,
      cells: [`${d.a} – ${d.b}`, d.events, d.mentions, d.first || "", d.last || ""] })),
    (r) => go("/dyad?" + qs({ a: r.d.a, b: r.d.b }))),
    el("h2", {}, "Recent events"), eventTable(recent.events));
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

function pairForm(path, a, b) {
  return el("form", { method: "get", action: path },
    el("label", {}, "Party A", el("input", { name: "a", value: a || "", list: "parties", required: true })),
    el("label", {}, "Party B", el("input", { name: "b", value: b || "", list: "parties", required: true })),
    el("button", { type: "submit" }, "Show"));
}

async function dyadPage(main) {
  const a = params().get("a"), b = params().get("b");
  main.append(el("h1", {}, a && b ? `${a} – ${b}` : "Dyad"), await partyOptions(), pairForm("/dyad", a, b));
  if (!a || !b) return;
  const [found, themes] = await Promise.all([api("/api/events?" + qs({ a, b, limit: 500 })),
    api("/api/themes?" + qs({ a, b }))]);
  main.append(el("h2", {}, "Timeline"), el("div", { id: "timeline" },
    timeline(found.events, (e) => go(eventLink(e)))),
    el("h2", {}, `Chronology (${found.count} events)`), el("div", { id: "chronology" }, eventTable(found.events)),
    el("h2", {}, "Themes"), Object.keys(themes.totals).length
      ? table(["Theme", "Events"], Object.entries(themes.totals).map(([t, n]) => ({ cells: [t, n] })))
      : el("p", { class: "muted" }, "No themes."));
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
