// The card browser: search and filters over the cards embedded in the page,
// a page of results at a time, and the chosen card rendered as Anki shows it
// inside a sandboxed frame (no script of a card ever runs). Text from the
// notes reaches the page only through textContent.
(function () {
  "use strict";
  var PAGE = 50;
  var data = JSON.parse(document.getElementById("pack-data").textContent);
  var cards = data.cards;
  var el = function (id) { return document.getElementById(id); };
  var query = el("q"), domain = el("domain"), section = el("section"), kind = el("kind");
  var list = el("results"), count = el("count"), more = el("more"), viewer = el("viewer");
  var frame = el("card"), flip = el("flip"), night = el("night"), ordBox = el("ord-box"), ord = el("ord");
  var matches = [], shown = 0, current = -1, back = false, timer = 0;

  // ---- search: every word of the query in the card's lowercased text ----
  function filter() {
    var words = query.value.toLowerCase().split(/\s+/).filter(Boolean);
    var d = domain ? domain.value : "", s = section.value, k = kind.value;
    var found = [];
    for (var i = 0; i < cards.length; i++) {
      var c = cards[i];
      if ((d && c.d !== d) || (s && c.s !== s) || (k && c.k !== k)) continue;
      var text = c.x, ok = true;
      for (var w = 0; w < words.length; w++) {
        if (text.indexOf(words[w]) < 0) { ok = false; break; }
      }
      if (ok) found.push(i);
    }
    return found;
  }

  function update() {
    matches = filter();
    shown = 0;
    list.replaceChildren();
    count.textContent = matches.length + (matches.length === 1 ? " card" : " cards") +
      (matches.length === cards.length ? "" : " of " + cards.length);
    showMore();
  }

  function item(index) {
    var c = cards[index];
    var li = document.createElement("li");
    var button = document.createElement("button");
    button.type = "button";
    button.dataset.index = String(index);
    var ctx = document.createElement("span");
    ctx.className = "ctx";
    ctx.textContent = c.c;
    var kindTag = document.createElement("span");
    kindTag.className = "tag";
    kindTag.textContent = c.r ? c.k + " · retired " + c.r : c.k;
    ctx.appendChild(kindTag);
    var prompt = document.createElement("span");
    prompt.textContent = c.p;
    button.append(ctx, prompt);
    button.addEventListener("click", function () { open(index); });
    li.appendChild(button);
    return li;
  }

  function showMore() {
    var end = Math.min(matches.length, shown + PAGE);
    var fragment = document.createDocumentFragment();
    for (; shown < end; shown++) fragment.appendChild(item(matches[shown]));
    list.appendChild(fragment);
    more.hidden = shown >= matches.length;
  }

  // ---- a card as Anki renders it: the pack's templates and CSS ----
  function escapeHtml(text) {
    return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  }

  var CLOZE = /\{\{c(\d+)::([\s\S]*?)(?:::([\s\S]*?))?\}\}/g;

  function clozeNumbers(text) {
    var seen = {}, out = [];
    text.replace(CLOZE, function (_m, n) { if (!seen[n]) { seen[n] = true; out.push(n); } return ""; });
    return out.sort(function (a, b) { return a - b; });
  }

  function cloze(text, number, answer) {
    return text.replace(CLOZE, function (_m, n, body, hint) {
      if (n !== number) return body;
      if (answer) return '<span class="cloze">' + body + "</span>";
      return '<span class="cloze">[' + (hint ? hint : "...") + "]</span>";
    });
  }

  function fill(template, fields, number, answer) {
    var sections = /\{\{([#^])([^}]+)\}\}([\s\S]*?)\{\{\/\2\}\}/g;
    template = template.replace(sections, function (_m, sign, name, inner) {
      var present = Boolean((fields[name] || "").trim());
      return (sign === "#") === present ? inner : "";
    });
    return template.replace(/\{\{([^}]+)\}\}/g, function (_m, name) {
      if (name.indexOf("cloze:") === 0) return cloze(fields[name.slice(6)] || "", number, answer);
      return Object.prototype.hasOwnProperty.call(fields, name) ? fields[name] : "";
    });
  }

  function render() {
    var c = cards[current];
    var fields = c.n === "cloze"
      ? { "Text": c.f, "Back Extra": c.b, "Context": escapeHtml(c.c), "Source": escapeHtml(c.src) }
      : { "Front": c.f, "Back": c.b, "Context": escapeHtml(c.c), "Source": escapeHtml(c.src) };
    var template = data.templates[c.n][back ? "back" : "front"];
    var body = fill(template, fields, ord.value || "1", back);
    var nightClass = night.checked ? " nightMode night_mode" : "";
    frame.srcdoc = '<!doctype html><html><head><meta charset="utf-8">' +
      '<meta name="viewport" content="width=device-width, initial-scale=1">' +
      "<style>" + data.css.replace(/<\//g, "<\\/") + "</style></head>" +
      '<body class="card' + nightClass + '">' + body + "</body></html>";
    flip.textContent = back ? "Show question" : "Show answer";
  }

  function open(index) {
    current = index;
    back = false;
    var c = cards[index];
    var numbers = c.n === "cloze" ? clozeNumbers(c.f) : [];
    ord.replaceChildren();
    numbers.forEach(function (n) {
      var option = document.createElement("option");
      option.value = n;
      option.textContent = "c" + n;
      ord.appendChild(option);
    });
    ordBox.hidden = numbers.length < 2;
    var link = el("source-link"), text = el("source-text");
    var at = c.src.lastIndexOf(":");
    if (data.source_base && at > 0) {
      var path = c.src.slice(0, at).split("/").map(encodeURIComponent).join("/");
      link.href = data.source_base + path + "#L" + encodeURIComponent(c.src.slice(at + 1));
      link.textContent = c.src;
      link.hidden = false;
      text.textContent = "";
    } else {
      link.hidden = true;
      link.removeAttribute("href");
      text.textContent = c.src;
    }
    el("card-kind").textContent = c.k;
    el("card-guid").textContent = c.g;
    Array.prototype.forEach.call(list.querySelectorAll("button[aria-current]"), function (b) { b.removeAttribute("aria-current"); });
    var chosen = list.querySelector('button[data-index="' + index + '"]');
    if (chosen) chosen.setAttribute("aria-current", "true");
    viewer.hidden = false;
    render();
    viewer.scrollIntoView({ block: "nearest" });
  }

  function later() {
    clearTimeout(timer);
    timer = setTimeout(update, 50);  // a search takes a few ms even at 10,000 cards: answer within 100 ms
  }

  query.addEventListener("input", later);
  query.form.addEventListener("submit", function (event) { event.preventDefault(); update(); });
  [domain, section, kind].forEach(function (select) { if (select) select.addEventListener("change", update); });
  more.addEventListener("click", showMore);
  flip.addEventListener("click", function () { back = !back; render(); });
  night.addEventListener("change", render);
  ord.addEventListener("change", function () { back = false; render(); });
  el("close").addEventListener("click", function () { viewer.hidden = true; current = -1; });
  window.studyPack = { search: function (text) { query.value = text; update(); return matches.length; } };
  update();
})();
