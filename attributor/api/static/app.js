// attributor page: paste or drop an article, score it with POST v1/score?html=true, show and download the result.
// Served by the app itself; no other assets. The HTML shown comes from the server's renderer, which escapes text.
"use strict";

(function () {
  const $ = (id) => document.getElementById(id);
  const body = document.body;
  const maxChars = parseInt(body.dataset.maxChars, 10) || Infinity;
  const maxBody = parseInt(body.dataset.maxBody, 10) || Infinity;
  const form = $("score-form"), text = $("article"), docId = $("doc-id"), apiKey = $("api-key");
  const status = $("status"), button = $("score-btn"), results = $("results"), rendered = $("rendered");
  const count = $("count"), drop = $("drop"), file = $("file"), keyBox = $("key-box");
  // the statement row's columns, as the server defines them (attributor.model.results.STATEMENT_FIELDS)
  const FIELDS = JSON.parse(body.dataset.fields);
  let last = null;

  if (body.dataset.keys === "1") keyBox.open = true;

  function say(message, isError) {
    status.textContent = message;
    status.classList.toggle("error", !!isError);
  }

  // characters as the server counts them: code points (an emoji is one, not two UTF-16 units)
  function chars(s) {
    let n = 0;
    for (const _ of s) n++;  // eslint-disable-line no-unused-vars
    return n;
  }

  function updateCount() {
    const n = chars(text.value);
    count.textContent = n.toLocaleString();
    count.classList.toggle("over", n > maxChars);
  }

  function loadFile(f) {
    if (!f) return;
    const okType = !f.type || f.type.startsWith("text/") || /\.(txt|text|md)$/i.test(f.name);
    if (!okType) { say(`${f.name} is not a text file; drop a .txt file.`, true); return; }
    if (f.size > maxBody) { say(`${f.name} is ${f.size.toLocaleString()} bytes, over this server's limit.`, true); return; }
    const reader = new FileReader();
    reader.onload = () => {
      text.value = String(reader.result).replace(/^\uFEFF/, "");
      if (!docId.value) docId.value = f.name.replace(/\.[^.]*$/, "");
      updateCount();
      say(`Loaded ${f.name} (${chars(text.value).toLocaleString()} characters). Press Score.`);
      text.focus();
    };
    reader.onerror = () => say(`Could not read ${f.name}.`, true);
    reader.readAsText(f, "utf-8");
  }

  async function score(event) {
    event.preventDefault();
    const article = text.value;
    if (!article.trim()) { say("Paste or drop an article first.", true); text.focus(); return; }
    const n = chars(article);
    if (n > maxChars) {
      say(`The article has ${n.toLocaleString()} characters; the limit is ${maxChars.toLocaleString()}.`, true);
      return;
    }
    const headers = { "Content-Type": "application/json", "Accept": "application/json" };
    if (apiKey.value.trim()) headers["Authorization"] = "Bearer " + apiKey.value.trim();
    const payload = { text: article };
    if (docId.value.trim()) payload.doc_id = docId.value.trim();
    button.disabled = true;
    form.setAttribute("aria-busy", "true");
    say("Scoring…");
    const t0 = performance.now();
    try {
      const resp = await fetch("v1/score?html=true", { method: "POST", headers, body: JSON.stringify(payload) });
      let data = null;
      try { data = await resp.json(); } catch (e) { data = null; }
      if (!resp.ok) {
        const reason = data && data.reason ? data.reason : resp.statusText;
        say(`Not scored (${resp.status}): ${reason}`, true);
        if (resp.status === 401) { keyBox.open = true; apiKey.focus(); }
        return;
      }
      const html = data.html;
      delete data.html;
      last = data;
      rendered.innerHTML = html;
      results.hidden = false;
      const n = data.statements.length, ms = Math.round(performance.now() - t0);
      say(`Scored ${n} statement${n === 1 ? "" : "s"} in ${ms} ms.`);
      results.focus();
    } catch (err) {
      say("The server could not be reached: " + err.message, true);
    } finally {
      button.disabled = false;
      form.removeAttribute("aria-busy");
    }
  }

  function baseName() {
    const id = (last && last.doc_id) || "article";
    return "attributor-" + id.replace(/[^A-Za-z0-9_.-]+/g, "_").slice(0, 60);
  }

  function download(name, type, content) {
    const url = URL.createObjectURL(new Blob([content], { type }));
    const a = document.createElement("a");
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  function csvCell(value) {
    let s = value === null || value === undefined ? "" : String(value);
    // keep spreadsheets from running a cell as a formula
    if (/^[=+@\t\r]/.test(s) || /^-[^\s\d]/.test(s)) s = "'" + s;
    return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }

  function toCsv(result) {
    const labels = result.statements.length ? Object.keys(result.statements[0].probabilities) : [];
    const cols = [];
    for (const f of FIELDS) {
      if (f === "probabilities") labels.forEach((l) => cols.push("p_" + l));
      else cols.push(f);
    }
    const rows = [cols.join(",")];
    for (const st of result.statements) {
      const row = [];
      for (const f of FIELDS) {
        if (f === "probabilities") labels.forEach((l) => row.push(csvCell(st.probabilities[l])));
        else if (f === "reasons") row.push(csvCell(st.reasons.join("; ")));
        else row.push(csvCell(st[f]));
      }
      rows.push(row.join(","));
    }
    return rows.join("\r\n") + "\r\n";
  }

  form.addEventListener("submit", score);
  text.addEventListener("input", updateCount);
  text.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) form.requestSubmit();
  });
  $("clear-btn").addEventListener("click", () => {
    text.value = ""; docId.value = ""; updateCount(); say(""); text.focus();
  });
  file.addEventListener("change", () => loadFile(file.files[0]));
  ["dragenter", "dragover"].forEach((t) => drop.addEventListener(t, (e) => {
    e.preventDefault(); drop.classList.add("over");
  }));
  ["dragleave", "drop"].forEach((t) => drop.addEventListener(t, () => drop.classList.remove("over")));
  drop.addEventListener("drop", (e) => {
    e.preventDefault();
    if (e.dataTransfer && e.dataTransfer.files.length) loadFile(e.dataTransfer.files[0]);
  });
  $("dl-json").addEventListener("click", () => {
    if (last) download(baseName() + ".json", "application/json", JSON.stringify(last, null, 2) + "\n");
  });
  $("dl-csv").addEventListener("click", () => {
    if (last) download(baseName() + ".csv", "text/csv", toCsv(last));
  });
  // check-first links: move keyboard focus to the statement, which opens its details
  rendered.addEventListener("click", (e) => {
    const a = e.target.closest("a[href^='#']");
    if (!a) return;
    const target = document.getElementById(a.getAttribute("href").slice(1));
    if (!target) return;
    e.preventDefault();
    target.focus();
    target.scrollIntoView({ block: "center" });
  });
  updateCount();
})();
