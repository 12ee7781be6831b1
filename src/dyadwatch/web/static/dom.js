/* DOM and fetch helpers. Data is only ever inserted as text (textContent or
   text nodes), never as HTML, so article text cannot inject markup or script. */
"use strict";
const SVGNS = "http://www.w3.org/2000/svg";

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  return fill(node, attrs, children);
}

function svg(tag, attrs, ...children) {
  return fill(document.createElementNS(SVGNS, tag), attrs, children);
}

function fill(node, attrs, children) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

async function api(path, options) {
  const response = await fetch(path, options);
  const body = await response.json();
  if (!response.ok) {
    const err = body.error || { code: "DW000", message: response.statusText };
    throw new Error(`[${err.code}] ${err.message}${err.hint ? " (" + err.hint + ")" : ""}`);
  }
  return body;
}

function params() { return new URLSearchParams(location.search); }

function qs(obj) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(obj)) {
    for (const item of [].concat(v)) if (item) p.append(k, item);
  }
  return p.toString();
}

function table(headers, rows, onRow) {
  return el("table", {},
    el("thead", {}, el("tr", {}, headers.map((h) => el("th", {}, h)))),
    el("tbody", {}, rows.map((r) => el("tr", onRow ? { class: "link", onclick: () => onRow(r) } : {},
      r.cells.map((c) => el("td", {}, c))))));
}

function errorBox(err) { return el("p", { class: "error", role: "alert" }, String(err.message || err)); }

function go(path) { location.href = path; }

function eventLink(e) { return "/event?" + qs({ id: e.event_id }); }

function actorText(a) { return a.name && a.name !== a.code ? `${a.name} (${a.code})` : a.code; }

function sources(e) { return [...new Set(e.mentions.map((m) => m.document))].join(", "); }
