/* Small inline-SVG charts: an event timeline by month and an actor network. */
"use strict";
const PALETTE = ["#3366cc", "#dc3912", "#ff9900", "#109618", "#990099", "#0099c6", "#dd4477",
  "#66aa00", "#b82e2e", "#316395", "#994499", "#22aa99"];

function typeColour(type) {
  let h = 0;
  for (const ch of type || "") h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return PALETTE[h % PALETTE.length];
}

function monthIndex(iso) { return Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7) || 1) - 1; }

function monthLabel(i) { return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`; }

/* One column per month from first to last event, one stacked point per event. */
function timeline(events, onPick) {
  const dated = events.filter((e) => e.date);
  if (!dated.length) return el("p", { class: "muted" }, "No dated events.");
  const months = dated.map((e) => monthIndex(e.date));
  const first = Math.min(...months), last = Math.max(...months);
  const span = last - first + 1, stacks = {};
  const width = Math.max(600, Math.min(1150, span * 40)), height = 220, pad = 40;
  const step = (width - 2 * pad) / Math.max(1, span - 1 || 1);
  const chart = svg("svg", { width, height, viewBox: `0 0 ${width} ${height}`, role: "img",
    "aria-label": "events by month" });
  chart.append(svg("line", { x1: pad, y1: height - 30, x2: width - pad, y2: height - 30, stroke: "#889" }));
  const every = Math.max(1, Math.ceil(span / 12));
  for (let i = 0; i < span; i += every) {
    chart.append(svg("text", { x: pad + i * step, y: height - 10, "font-size": 10, "text-anchor": "middle" },
      monthLabel(first + i)));
  }
  for (const e of dated) {
    const m = monthIndex(e.date) - first;
    stacks[m] = (stacks[m] || 0) + 1;
    const point = svg("circle", { class: "point", cx: pad + m * step, cy: height - 30 - stacks[m] * 13,
      r: 6, fill: typeColour(e.type), "data-event": e.event_id, onclick: () => onPick(e) },
      svg("title", {}, `${e.date} ${e.type} ${e.source.code}→${e.target.code}`));
    chart.append(point);
  }
  const types = [...new Set(dated.map((e) => e.type))].sort();
  return el("div", {}, chart, el("div", { class: "legend" },
    types.map((t) => el("span", {}, el("i", { style: `background:${typeColour(t)}` }), t))));
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
