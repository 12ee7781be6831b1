/* Small inline-SVG charts: a dyad's events per period and an actor network. */
"use strict";
const PALETTE = ["#3366cc", "#dc3912", "#ff9900", "#109618", "#990099", "#0099c6", "#dd4477",
  "#66aa00", "#b82e2e", "#316395", "#994499", "#22aa99"];

function typeColour(type) {
  let h = 0;
  for (const ch of type || "") h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return PALETTE[h % PALETTE.length];
}

/* A dyad's series (GET /api/series): one stacked bar per period, split by event type, and
   below it the period's mean intensity (PLOVER, -10 conflict to +10 cooperation) as a point.
   Drawn from counts, so a dyad of any size costs one small request. Bars and points call
   onPick(period) with the period's row. */
function periodChart(series, onPick) {
  const periods = series.periods;
  if (!periods.length) return el("p", { class: "muted" }, "No dated events.");
  const n = periods.length, pad = 44, top = 12, barsH = 170, stripH = 64;
  const width = Math.max(600, Math.min(1150, n * 30 + 2 * pad));
  const axisY = top + barsH, stripTop = axisY + 26, mid = stripTop + stripH / 2, height = stripTop + stripH + 8;
  const step = (width - 2 * pad) / n, barW = Math.max(1, step * 0.8);
  const most = Math.max(1, ...periods.map((p) => p.events));
  const types = [...new Set(periods.flatMap((p) => Object.keys(p.by_type)))].sort();
  const colour = Object.fromEntries(types.map((t, i) => [t, i < PALETTE.length ? PALETTE[i] : typeColour(t)]));
  const chart = svg("svg", { width, height, viewBox: `0 0 ${width} ${height}`, role: "img",
    "aria-label": `events by ${series.by}, by type, and mean intensity` });
  const text = (x, y, label, anchor = "end") => svg("text", { x, y, "font-size": 10, "text-anchor": anchor }, label);
  chart.append(svg("line", { x1: pad, y1: axisY, x2: width - pad, y2: axisY, stroke: "#889" }),
    text(pad - 4, top + 8, most), text(pad - 4, axisY, 0),
    svg("line", { x1: pad, y1: mid, x2: width - pad, y2: mid, stroke: "#ccd", "stroke-dasharray": "3 3" }),
    text(pad - 4, stripTop + 8, "+10"), text(pad - 4, mid + 3, "0"), text(pad - 4, stripTop + stripH, "-10"));
  const every = Math.max(1, Math.ceil(n / 12));
  periods.forEach((p, i) => {
    const x = pad + i * step, centre = x + step / 2, pick = () => onPick(p);
    const kinds = Object.entries(p.by_type).map(([t, c]) => `${t} ${c}`).join(", ");
    const about = `${p.period}: ${p.events} events` + (p.events ? ` (${kinds}), mean intensity ${p.intensity_mean}` : "");
    if (i % every === 0) chart.append(text(centre, axisY + 14, p.period, "middle"));
    if (!p.events) return;
    const bar = svg("g", { class: "bar", "data-period": p.period, onclick: pick }, svg("title", {}, about));
    let y = axisY;
    for (const t of types) {
      const h = ((p.by_type[t] || 0) / most) * barsH;
      if (!h) continue;
      y -= h;
      bar.append(svg("rect", { x: x + (step - barW) / 2, y, width: barW, height: h, fill: colour[t] }));
    }
    chart.append(bar, svg("circle", { class: "point", "data-period": p.period, cx: centre,
      cy: mid - (Math.max(-10, Math.min(10, p.intensity_mean)) / 10) * (stripH / 2),
      r: Math.max(2.5, Math.min(6, barW / 2)), fill: p.intensity_mean >= 0 ? "#109618" : "#dc3912",
      onclick: pick }, svg("title", {}, about)));
  });
  const note = series.imprecise ? ` ${series.imprecise} events dated less precisely than a ${series.by} are not shown.` : "";
  return el("div", {}, chart, el("div", { class: "legend" },
    types.map((t) => el("span", {}, el("i", { style: `background:${colour[t]}` }), t)),
    el("span", { class: "muted" }, `Points: mean intensity per ${series.by}.${note} Click a bar or point for its events.`)));
}

/* The date range (from, to) of a series period label: 2022, 2022-05, 2022-Q2 or 2022-W05. */
function periodRange(label) {
  const two = (m) => String(m).padStart(2, "0");
  let m = /^(\d{4})-Q([1-4])$/.exec(label);
  if (m) return { from: `${m[1]}-${two(3 * m[2] - 2)}`, to: `${m[1]}-${two(3 * m[2])}` };
  m = /^(\d{4})-W(\d{2})$/.exec(label);
  if (m) {
    const jan4 = Date.UTC(Number(m[1]), 0, 4), day = 864e5;
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * day + (Number(m[2]) - 1) * 7 * day;
    const iso = (t) => new Date(t).toISOString().slice(0, 10);
    return { from: iso(monday), to: iso(monday + 6 * day) };
  }
  return { from: label, to: label };
}

/* Nodes on a circle, edges as lines as thick as their event count. */
function network(result) {
  const size = 460, r = 170, c = size / 2, pos = {};
  const key = (n) => `${n.code}|${n.name}`;
  result.nodes.forEach((n, i) => {
    const a = (2 * Math.PI * i) / Math.max(1, result.nodes.length);
    pos[key(n)] = [c + r * Math.cos(a), c + r * Math.sin(a)];
  });
  const chart = svg("svg", { width: size, height: size, viewBox: `0 0 ${size} ${size}`, role: "img",
    "aria-label": "actor network" });
  for (const e of result.edges) {
    const [x1, y1] = pos[key(e.a)] || [c, c], [x2, y2] = pos[key(e.b)] || [c, c];
    chart.append(svg("line", { x1, y1, x2, y2, stroke: "#7a8aa8", "stroke-width": Math.min(8, 1 + e.events) },
      svg("title", {}, `${e.a.name} – ${e.b.name}: ${e.events} events`)));
  }
  for (const n of result.nodes) {
    const [x, y] = pos[key(n)];
    chart.append(svg("circle", { cx: x, cy: y, r: 5 + Math.min(10, n.events), fill: typeColour(n.code) }));
    chart.append(svg("text", { x, y: y - 12, "font-size": 11, "text-anchor": "middle" }, n.name || n.code));
  }
  return chart;
}
