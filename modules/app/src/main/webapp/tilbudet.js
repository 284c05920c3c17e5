// One offering, for the people it is for: what, when, where, for whom, by whom, what it costs, whom to ask.
"use strict";

const article = document.getElementById("offering");
const problem = document.getElementById("problem");
const time = new Intl.DateTimeFormat(LOCALE, {hour: "2-digit", minute: "2-digit", timeZone: "Europe/Oslo"});
const date = new Intl.DateTimeFormat(LOCALE, {weekday: "long", day: "numeric", month: "long", year: "numeric",
  timeZone: "Europe/Oslo"});

function span(session) {
  const start = new Date(session.start);
  const end = new Date(session.end);
  const sameDay = date.format(start) === date.format(end);
  const at = " " + t("at") + " ";
  return sameDay
    ? date.format(start) + at + time.format(start) + "–" + time.format(end)
    : date.format(start) + at + time.format(start) + " – " + date.format(end) + at + time.format(end);
}

async function json(path) {
  const response = await fetch(path, {headers: {"Accept": "application/json", "Accept-Language": LANG}});
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.detail || body.title || t("fetchFailed", response.status));
  return body;
}

async function show() {
  const id = new URLSearchParams(location.search).get("id");
  if (document.referrer.includes("tilbud.html")) document.getElementById("back").href = document.referrer;
  try {
    if (!id) throw new Error(t("noId"));
    const [offering, counties] = await Promise.all([json("api/offerings/" + encodeURIComponent(id)),
      json("api/counties")]);
    const municipality = offering.venue && offering.venue.municipality
      ? await json("api/municipalities/" + offering.venue.municipality).catch(() => null) : null;
    render(offering, new Map(counties.map(c => [c.number, c.name])), municipality);
  } catch (failure) {
    document.getElementById("title").textContent = t("notFound");
    problem.textContent = failure.message;
    problem.hidden = false;
  } finally {
    article.removeAttribute("aria-busy");
  }
}

function render(o, countyNames, municipality) {
  document.title = o.title + " – Samkurs";
  const parts = [element("h1", o.title)];
  parts.push(element("p", o.kind.label + " · " + o.delivery.label, "meta"));
  if (o.status.code === "cancelled") {
    const cancelled = element("p", null, "cancelled");
    cancelled.append(element("strong", t("cancelled")), o.cancelReason ? ": " + o.cancelReason : "");
    parts.push(cancelled);
  }
  parts.push(element("p", o.summary, "lead"));
  for (const paragraph of (o.description || "").split(/\n\s*\n/).filter(p => p.trim())) {
    parts.push(element("p", paragraph.trim()));
  }
  if (o.sessions.length) {
    parts.push(element("h2", o.sessions.length === 1 ? t("time") : t("gatherings")));
    const list = element("ul", null, "sessions");
    for (const session of o.sessions) {
      const li = element("li");
      const when = element("time", span(session));
      when.dateTime = session.start;
      li.append(when);
      if (session.title) li.append(" – " + session.title);
      if (session.location) li.append(" – " + session.location);
      list.append(li);
    }
    parts.push(list);
  }
  parts.push(element("h2", t("practical")));
  const practical = facts();
  const add = practical.add;
  add(t("hosts", o.hosts.length), o.hosts.map(h => h.name).join(", "));
  add(t("audience"), o.national ? t("national") : o.counties.map(c => countyNames.get(c) || c).join(", "));
  add(t("targetGroups"), o.targetGroups.map(g => g.label).join(", "));
  add(t("topic"), o.topics.map(topic => topic.label).join(", "));
  if (o.venue) {
    add(t("venue"), [o.venue.name, o.venue.address, municipality ? municipality.name : o.venue.municipality]
      .filter(x => x).join(", "));
  }
  add(t("price"), o.priceNok ? "kr " + o.priceNok.toLocaleString(LOCALE) : t("free"));
  if (o.capacity !== undefined) add(t("places"), o.capacity + (o.seatsLeft !== undefined ? " (" +
    (o.seatsLeft === 0 ? t("full") : t("vacant", o.seatsLeft)) + ")" : ""));
  if (o.enrollmentOpens) add(t("opens"), date.format(new Date(o.enrollmentOpens)));
  if (o.enrollmentCloses) add(t("deadline"), date.format(new Date(o.enrollmentCloses)));
  add(t("language"), t("spoken")[o.language] || o.language);
  if (o.contact) {
    const contact = element("span");
    contact.append(o.contact.name || "");
    if (o.contact.email) contact.append(contact.textContent ? ", " : "", link("mailto:" + o.contact.email, o.contact.email));
    if (o.contact.phone) contact.append(", ", link("tel:" + o.contact.phone.replace(/\s/g, ""), o.contact.phone));
    add(t("contact"), contact);
  }
  parts.push(practical);
  if (o.links.length) {
    parts.push(element("h2", t("links")));
    const list = element("ul");
    for (const l of o.links) {
      const li = element("li");
      li.append(link(l.url, l.title));
      list.append(li);
    }
    parts.push(list);
  }
  article.replaceChildren(...parts);
}

show();
