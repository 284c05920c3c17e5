// The catalog search page: reads the search from the address, asks /api/offerings, shows hits, facets and pages.
// The address always holds the search, so it can be shared, bookmarked and gone back to.
"use strict";

const DIMENSIONS = ["topic", "targetGroup", "kind", "delivery", "county", "provider"];
const PAGE_SIZE = 20;
const form = document.getElementById("sok");
const filters = document.getElementById("filters");
const statusLine = document.getElementById("status");
const problem = document.getElementById("problem");
const hits = document.getElementById("hits");
const pages = document.getElementById("pages");
const when = new Intl.DateTimeFormat(LOCALE, {
  weekday: "long", day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit",
  timeZone: "Europe/Oslo"});
const day = new Intl.DateTimeFormat(LOCALE, {day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Oslo"});

function currentParams() {
  return new URLSearchParams(location.search);
}

function fillForm(params) {
  for (const name of ["q", "from", "to", "sort"]) form.elements[name].value = params.get(name) || "";
  for (const name of ["open", "hasSeats"]) form.elements[name].checked = params.get(name) === "true";
}

function paramsFromForm(page) {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    if (value !== "") params.append(name, value);
  }
  if (page > 1) params.set("page", page);
  return params;
}

async function search(params) {
  const api = new URLSearchParams(params);
  api.set("size", PAGE_SIZE);
  statusLine.textContent = t("searching");
  let response;
  try {
    response = await fetch("api/offerings?" + api, {headers: {"Accept": "application/json", "Accept-Language": LANG}});
  } catch (offline) {
    showProblem(t("offline"));
    return;
  }
  if (response.status === 503) {
    const seconds = Number(response.headers.get("Retry-After")) || 5;
    statusLine.textContent = t("warming", seconds);
    setTimeout(() => search(params), seconds * 1000);
    return;
  }
  if (!response.ok) {
    const body = await response.json().catch(() => ({}));
    showProblem(body.detail || body.title || t("failed", response.status));
    return;
  }
  problem.hidden = true;
  render(await response.json(), params);
}

function showProblem(text) {
  problem.textContent = text;
  problem.hidden = false;
  statusLine.textContent = "";
  hits.replaceChildren();
  pages.replaceChildren();
}

function render(answer, params) {
  const labels = renderFilters(answer.facets, params);
  statusLine.textContent = answer.total === 0 ? t("none") : t("found", answer.total) + (answer.total > PAGE_SIZE
    ? t("showing", (answer.page - 1) * PAGE_SIZE + 1, Math.min(answer.total, answer.page * PAGE_SIZE)) : "") + ".";
  hits.replaceChildren(...answer.items.map(item => hit(item, labels)));
  renderPages(answer, params);
}

// One group of check boxes per filter, with the count each choice would give; focus stays where it was.
function renderFilters(facets, params) {
  const focused = document.activeElement && document.activeElement.dataset.facet;
  const open = new Set([...filters.querySelectorAll("details[open]")].map(d => d.dataset.dimension));
  const labels = {};
  const groups = [];
  for (const dimension of DIMENSIONS) {
    const title = t(dimension);
    labels[dimension] = {};
    const values = facets[dimension] || [];
    const chosen = new Set(params.getAll(dimension).flatMap(v => v.split(",")));
    const details = element("details");
    details.dataset.dimension = dimension;
    details.open = open.has(dimension) || chosen.size > 0 || (open.size === 0 && window.innerWidth >= 48 * 16
      && ["topic", "kind"].includes(dimension));
    details.append(element("summary", title + (chosen.size ? " (" + t("chosen", chosen.size) + ")" : "")));
    const fieldset = element("fieldset");
    fieldset.append(element("legend", title, "visually-hidden"));
    for (const facet of values) {
      labels[dimension][facet.value] = facet.label;
      const id = "f-" + dimension + "-" + facet.value;
      const box = element("input");
      Object.assign(box, {type: "checkbox", name: dimension, value: facet.value, id: id, checked: chosen.has(facet.value)});
      box.dataset.facet = id;
      const label = element("label", facet.label + " ");
      label.htmlFor = id;
      label.append(element("span", "(" + facet.count + ")", "count"));
      const row = element("div", null, facet.count === 0 && !box.checked ? "choice empty" : "choice");
      row.append(box, label);
      fieldset.append(row);
    }
    details.append(fieldset);
    groups.push(details);
  }
  filters.replaceChildren(...groups);
  if (focused) document.getElementById(focused)?.focus();
  return labels;
}

function hit(item, labels) {
  const article = element("article", null, "hit");
  const title = element("h3");
  const open = link("tilbudet.html?id=" + encodeURIComponent(item.id) + (LANG === "nb" ? "" : "&lang=" + LANG),
    item.title);
  title.append(open);
  article.append(title);
  const kindAndDelivery = [labels.kind[item.kind] || item.kind, labels.delivery[item.delivery] || item.delivery];
  const meta = element("p", kindAndDelivery.join(" · "), "meta");
  if (item.firstStart) {
    const time = element("time", when.format(new Date(item.firstStart)));
    time.dateTime = item.firstStart;
    meta.append(" · ", time);
    if (item.sessionCount > 1) meta.append(" (" + t("sessions", item.sessionCount) + ")");
  }
  article.append(meta);
  if (item.status === "cancelled") {
    const cancelled = element("p", null, "cancelled");
    cancelled.append(element("strong", t("cancelled")), item.cancelReason ? ": " + item.cancelReason : "");
    article.append(cancelled);
  }
  article.append(element("p", item.summary));
  const details = facts();
  const add = details.add;
  add(t("hosts", item.hosts.length), item.hosts.map(h => h.name).join(", "));
  add(t("audience"), item.national ? t("national") : item.counties.map(c => labels.county[c] || c).join(", "));
  if (item.venue) add(t("venue"), item.venue.name + ", " + item.venue.municipality.name);
  add(t("price"), item.priceNok ? "kr " + item.priceNok.toLocaleString(LOCALE) : t("free"));
  if (item.seatsLeft !== undefined) add(t("seatsLeft"), item.seatsLeft === 0 ? t("full") : String(item.seatsLeft));
  if (item.enrollmentCloses) add(t("deadline"), day.format(new Date(item.enrollmentCloses)));
  article.append(details);
  const li = element("li");
  li.append(article);
  return li;
}

function renderPages(answer, params) {
  const last = Math.ceil(answer.total / PAGE_SIZE);
  pages.replaceChildren();
  if (last <= 1) return;
  const pageLink = (page, text, rel) => {
    const p = new URLSearchParams(params);
    page > 1 ? p.set("page", page) : p.delete("page");
    const a = link("?" + p, text);
    a.rel = rel;
    a.addEventListener("click", event => { event.preventDefault(); go(p, true); });
    return a;
  };
  if (answer.page > 1) pages.append(pageLink(answer.page - 1, t("previous"), "prev"));
  pages.append(element("span", t("page", answer.page, last)));
  if (answer.page < last) pages.append(pageLink(answer.page + 1, t("next"), "next"));
}

function go(params, toHits) {
  history.pushState(null, "", "?" + params);
  translatePage();
  search(params).then(() => { if (toHits) document.getElementById("treff").focus(); });
}

form.addEventListener("submit", event => { event.preventDefault(); go(paramsFromForm(1), false); });
form.addEventListener("change", event => {
  if (event.target.type === "checkbox" || event.target.tagName === "SELECT") go(paramsFromForm(1), false);
});
window.addEventListener("popstate", () => { fillForm(currentParams()); search(currentParams()); });
document.title = t("searchTitle") + " – Samkurs";
fillForm(currentParams());
search(currentParams());
