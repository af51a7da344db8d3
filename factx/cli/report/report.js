"use strict";
// The fact table and the documents of a factx report. Facts and texts arrive as gzip-compressed JSON
// in the page; rows are drawn a page at a time and a document's text only when it is opened.
(async () => {
  const PAGE = 200;
  const unpack = async (id) => {
    const bytes = Uint8Array.from(atob(document.getElementById(id).textContent), (c) => c.charCodeAt(0));
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return JSON.parse(await new Response(stream).text());
  };
  const [docs, facts] = await Promise.all([unpack("texts-data"), unpack("facts-data")]);
  const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
  const surface = (f) => docs[f[0]][5].slice(f[2] - docs[f[0]][4], f[3] - docs[f[0]][4]);
  const byDoc = docs.map(() => []);
  facts.forEach((f, i) => byDoc[f[0]].push(i));

  // Filters: each select lists the values of its column, most frequent first.
  const selects = [...document.querySelectorAll("select[data-filter]")];
  for (const select of selects) {
    const column = +select.dataset.filter;
    const counts = new Map();
    for (const f of facts) if (f[column]) counts.set(f[column], (counts.get(f[column]) || 0) + 1);
    const options = [...counts].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(b[0]));
    select.insertAdjacentHTML("beforeend", options.map(([v, n]) => `<option value="${esc(v)}">${esc(v)} (${n})</option>`).join(""));
    select.addEventListener("change", () => draw(true));
  }
  const search = document.getElementById("fact-search");
  search.addEventListener("input", () => draw(true));

  let sort = null;
  let shown = PAGE;
  for (const th of document.querySelectorAll("#fact-table th[data-sort]")) {
    th.addEventListener("click", () => {
      const key = th.dataset.sort;
      sort = sort && sort.key === key && sort.dir === 1 ? { key, dir: -1 } : { key, dir: 1 };
      for (const other of th.parentNode.children) other.classList.remove("asc", "desc");
      th.classList.add(sort.dir === 1 ? "asc" : "desc");
      draw(true);
    });
  }
  const sortValue = (i, key) => {
    if (key === "text") return surface(facts[i]).toLowerCase();
    const v = facts[i][+key];
    return +key === 0 ? docs[v][0] : v;
  };
  const compare = (a, b) => {
    const x = sortValue(a, sort.key), y = sortValue(b, sort.key);
    if (x === y) return a - b;
    if (x === null || x === "") return 1;
    if (y === null || y === "") return -1;
    return (x < y ? -1 : 1) * sort.dir;
  };

  const body = document.querySelector("#fact-table tbody");
  const more = document.getElementById("fact-more");
  more.addEventListener("click", () => { shown += PAGE; draw(false); });
  function draw(reset) {
    if (reset) shown = PAGE;
    const wanted = selects.map((s) => [+s.dataset.filter, s.value]).filter(([, v]) => v);
    const words = search.value.trim().toLowerCase();
    let rows = [];
    facts.forEach((f, i) => {
      if (wanted.every(([c, v]) => String(f[c]) === v) && (!words || (surface(f) + " " + f[5]).toLowerCase().includes(words))) rows.push(i);
    });
    if (sort) rows.sort(compare);
    document.getElementById("fact-count").textContent = `${rows.length} of ${facts.length} facts`;
    body.innerHTML = rows.slice(0, shown).map((i) => {
      const f = facts[i];
      return `<tr><td><a href="#f-${i}">${esc(surface(f))}</a></td><td><mark class="k-${esc(f[1])}">${esc(f[1])}</mark></td>` +
        `<td class="value">${esc(f[4])}</td><td>${esc(f[5])}</td><td>${esc(f[6])}</td><td>${esc(f[7])}</td><td>${esc(f[8])}</td>` +
        `<td><a href="#doc-${f[0]}">${esc(docs[f[0]][0])}</a></td></tr>`;
    }).join("");
    more.hidden = rows.length <= shown;
    more.textContent = `show ${Math.min(PAGE, rows.length - shown)} more`;
  }

  // Documents: collapsed; the highlighted text is built when a document is first opened.
  const list = document.getElementById("doc-list");
  list.innerHTML = docs.map((d, k) => {
    const part = d[3] ? `, part ${d[3] + 1}` : "";
    const about = [d[1], d[2]].filter(Boolean).join(" · ");
    return `<details class="doc" id="doc-${k}"><summary><b>${esc(d[0])}${part}</b> ${esc(about)} ` +
      `<span class="note">(${byDoc[k].length} facts)</span></summary><div class="text"></div></details>`;
  }).join("");
  list.addEventListener("toggle", (e) => { if (e.target.open) render(e.target); }, true);
  function render(details) {
    const text = details.querySelector(".text");
    if (text.dataset.done) return;
    const k = +details.id.slice(4), [, , , , offset, raw, chrome] = docs[k];
    const mine = byDoc[k];
    const bounds = new Set([0, raw.length]);
    for (const i of mine) { bounds.add(facts[i][2] - offset); bounds.add(facts[i][3] - offset); }
    for (const [s, e] of chrome) { bounds.add(s - offset); bounds.add(e - offset); }
    const cuts = [...bounds].filter((x) => x >= 0 && x <= raw.length).sort((a, b) => a - b);
    const named = new Set();
    let html = "";
    for (let j = 0; j + 1 < cuts.length; j++) {
      const a = cuts[j], b = cuts[j + 1];
      let piece = esc(raw.slice(a, b));
      let inner = -1;
      for (const i of mine) {
        const s = facts[i][2] - offset, e = facts[i][3] - offset;
        if (s <= a && e >= b && (inner < 0 || e - s < facts[inner][3] - facts[inner][2])) inner = i;
      }
      if (inner >= 0) {
        const f = facts[inner];
        const id = named.has(inner) ? "" : ` id="f-${inner}"`;
        named.add(inner);
        piece = `<mark class="k-${esc(f[1])}"${id} title="${esc(f[1] + ": " + f[4])}">${piece}</mark>`;
      }
      if (chrome.some(([s, e]) => s - offset <= a && e - offset >= b)) piece = `<span class="chrome">${piece}</span>`;
      html += piece;
    }
    text.innerHTML = html;
    text.dataset.done = "1";
  }

  // #f-N opens the fact's document and shows the fact; #doc-N opens a document.
  function follow() {
    const m = /^#(f|doc)-(\d+)$/.exec(location.hash);
    if (!m) return;
    const k = m[1] === "f" ? facts[+m[2]][0] : +m[2];
    const details = document.getElementById(`doc-${k}`);
    if (!details) return;
    details.open = true;
    render(details);
    const target = (m[1] === "f" && document.getElementById(`f-${m[2]}`)) || details;
    document.querySelectorAll("mark.flash").forEach((x) => x.classList.remove("flash"));
    if (target.tagName === "MARK") target.classList.add("flash");
    target.scrollIntoView({ block: "center" });
  }
  window.addEventListener("hashchange", follow);
  body.addEventListener("click", (e) => { if (e.target.hash === location.hash) follow(); });
  draw(true);
  follow();
  document.body.dataset.ready = String(Math.round(performance.now()));  // ms from opening to ready
})();
