// What the pages share: their words in bokmål, nynorsk and English, and the small DOM helpers that build answers
// without HTML strings (data goes in as text, never as markup).
//
// The words in bokmål, nynorsk and English. The language is chosen by ?lang=, then remembered; before any
// choice it is bokmål, or nynorsk for a browser that puts nynorsk first. The HTML holds the bokmål text, so a page
// reads right before and without this script.
"use strict";

const WORDS = {
  nb: {
    frontPageTitle: "Samkurs – kompetansetilbud for tjenestene til barn og unge",
    frontTitle: "Kompetansetilbud for alle som jobber med barn og unge – samlet på ett sted",
    frontLead: 'Samkurs er én felles regional kalender for kurs, webinarer, læringsnettverk og e-læring fra de regionale '
      + 'kompetansesentrene – <abbr title="Regionale kompetansesentre for rusfeltet">KoRUS</abbr>, '
      + '<abbr title="Regionale ressurssentre om vold, traumatisk stress og selvmordsforebygging">RVTS</abbr> og '
      + '<abbr title="Regionale kunnskapssentre for barn og unge">RKBU/RBUP</abbr> – og statsforvalterne. '
      + 'Tilbudene publiseres én gang, gjerne i samarbeid, og du melder deg på samme sted.',
    forWhom: "For hvem?",
    forWhomList: '<li><strong>Ansatte i kommunen</strong> – lærere, barnevernsarbeidere, helsesykepleiere, NAV-veiledere '
      + 'og andre – finner, abonnerer på og melder seg på tilbud, også digitale, uansett hvor langt unna de bor.</li>'
      + '<li><strong>Kompetansesentrene</strong> publiserer tilbud sammen og ser hvem som har meldt seg på.</li>'
      + '<li><strong>Statsforvalteren</strong> samordner den regionale kalenderen, ser overlapp og behov, og ser '
      + 'hvilke kommuner som ikke nås.</li>',
    forDevelopers: "For utviklere og intranett",
    forDevelopersText: 'Alt i Samkurs er tilgjengelig gjennom et åpent API. Beskrivelsen finner du i '
      + '<a href="/openapi">API-beskrivelsen (OpenAPI)</a>. Eksempler: <a href="api/counties">alle fylker</a>, '
      + '<a href="api/municipalities?county=56">kommunene i Finnmark</a> og '
      + '<a href="api/organisations?type=rvts">RVTS-sentrene</a>.',
    attribution: "Referansedata: kommuner og fylker © Kartverket (CC BY 4.0), folketall fra Statistisk sentralbyrå "
      + "(1.1.2024), koordinater fra GeoNames (CC BY 4.0).",
    skip: "Hopp til hovedinnhold", skipHits: "Hopp til søkeresultatene", menu: "Hovedmeny", find: "Finn tilbud",
    login: "Logg inn", languages: "Språk", searchTitle: "Finn kurs, webinarer og læringsnettverk",
    searchLabel: "Søk etter tema, tittel, sted eller arrangør", searchButton: "Søk", from: "Fra dato", to: "Til dato",
    sort: "Sorter etter", best: "Beste treff", byDate: "Dato", open: "Åpen for påmelding nå",
    seats: "Har ledige plasser", searching: "Søker …", hitsHeading: "Treff", pagesLabel: "Sider med treff",
    footer: "Tilbudene publiseres av de regionale kompetansesentrene og statsforvalterne.",
    forPortals: "Data for intranett og portaler:", feed: "åpen strøm (schema.org)", apiDocs: "API-beskrivelsen",
    topic: "Tema", targetGroup: "Målgruppe", kind: "Type", delivery: "Gjennomføring", county: "Fylke",
    provider: "Arrangør", chosen: n => n + " valgt", none: "Ingen tilbud passer søket. Prøv andre ord eller færre filtre.",
    found: n => "Fant " + n + " tilbud", showing: (a, b) => ", viser " + a + "–" + b, sessions: n => n + " samlinger",
    cancelled: "Avlyst", hosts: n => n > 1 ? "Arrangører" : "Arrangør", audience: "For", national: "Hele landet",
    venue: "Sted", price: "Pris", free: "Gratis", seatsLeft: "Ledige plasser", full: "Fullt",
    deadline: "Påmeldingsfrist", previous: "Forrige side", next: "Neste side", page: (p, n) => "Side " + p + " av " + n,
    offline: "Fikk ikke kontakt med Samkurs. Sjekk nettforbindelsen og prøv igjen.",
    warming: s => "Søket gjøres klart. Vi prøver igjen om " + s + " sekunder.",
    failed: s => "Søket kunne ikke gjøres (" + s + ").", back: "← Tilbake til søket", loading: "Henter tilbudet …",
    notFound: "Fant ikke tilbudet", noId: "Adressen sier ikke hvilket tilbud du vil se.",
    fetchFailed: s => "Tilbudet kunne ikke hentes (" + s + ").", time: "Tid", gatherings: "Samlinger",
    practical: "Praktisk", targetGroups: "Målgrupper", places: "Plasser", vacant: n => n + " ledige",
    opens: "Påmelding åpner", language: "Språk", contact: "Kontakt", links: "Lenker", at: "kl.",
    spoken: {nb: "Norsk (bokmål)", nn: "Norsk (nynorsk)", se: "Samisk", en: "Engelsk"}
  },
  nn: {
    frontPageTitle: "Samkurs – kompetansetilbod for tenestene til born og unge",
    frontTitle: "Kompetansetilbod for alle som arbeider med born og unge – samla på éin stad",
    frontLead: 'Samkurs er éin felles regional kalender for kurs, webinar, læringsnettverk og e-læring frå dei regionale '
      + 'kompetansesentra – <abbr title="Regionale kompetansesenter for rusfeltet">KoRUS</abbr>, '
      + '<abbr title="Regionale ressurssenter om vald, traumatisk stress og sjølvmordsførebygging">RVTS</abbr> og '
      + '<abbr title="Regionale kunnskapssenter for born og unge">RKBU/RBUP</abbr> – og statsforvaltarane. '
      + 'Tilboda blir publiserte éin gong, gjerne i samarbeid, og du melder deg på same staden.',
    forWhom: "For kven?",
    forWhomList: '<li><strong>Tilsette i kommunen</strong> – lærarar, barnevernsarbeidarar, helsesjukepleiarar, '
      + 'NAV-rettleiarar og andre – finn, abonnerer på og melder seg på tilbod, også digitale, uansett kor langt unna '
      + 'dei bur.</li>'
      + '<li><strong>Kompetansesentra</strong> publiserer tilbod saman og ser kven som har meldt seg på.</li>'
      + '<li><strong>Statsforvaltaren</strong> samordnar den regionale kalenderen, ser overlapp og behov, og ser '
      + 'kva kommunar som ikkje blir nådde.</li>',
    forDevelopers: "For utviklarar og intranett",
    forDevelopersText: 'Alt i Samkurs er tilgjengeleg gjennom eit ope API. Skildringa finn du i '
      + '<a href="/openapi">API-skildringa (OpenAPI)</a>. Døme: <a href="api/counties">alle fylke</a>, '
      + '<a href="api/municipalities?county=56">kommunane i Finnmark</a> og '
      + '<a href="api/organisations?type=rvts">RVTS-sentra</a>.',
    attribution: "Referansedata: kommunar og fylke © Kartverket (CC BY 4.0), folketal frå Statistisk sentralbyrå "
      + "(1.1.2024), koordinatar frå GeoNames (CC BY 4.0).",
    skip: "Hopp til hovudinnhaldet", skipHits: "Hopp til søkjeresultata", menu: "Hovudmeny", find: "Finn tilbod",
    login: "Logg inn", languages: "Språk", searchTitle: "Finn kurs, webinar og læringsnettverk",
    searchLabel: "Søk etter tema, tittel, stad eller arrangør", searchButton: "Søk", from: "Frå dato",
    to: "Til dato", sort: "Sorter etter", best: "Beste treff", byDate: "Dato", open: "Open for påmelding no",
    seats: "Har ledige plassar", searching: "Søkjer …", hitsHeading: "Treff", pagesLabel: "Sider med treff",
    footer: "Tilboda blir publiserte av dei regionale kompetansesentra og statsforvaltarane.",
    forPortals: "Data for intranett og portalar:", feed: "open straum (schema.org)", apiDocs: "API-skildringa",
    topic: "Tema", targetGroup: "Målgruppe", kind: "Type", delivery: "Gjennomføring", county: "Fylke",
    provider: "Arrangør", chosen: n => n + " valt", none: "Ingen tilbod passar søket. Prøv andre ord eller færre filter.",
    found: n => "Fann " + n + " tilbod", showing: (a, b) => ", viser " + a + "–" + b, sessions: n => n + " samlingar",
    cancelled: "Avlyst", hosts: n => n > 1 ? "Arrangørar" : "Arrangør", audience: "For", national: "Heile landet",
    venue: "Stad", price: "Pris", free: "Gratis", seatsLeft: "Ledige plassar", full: "Fullt",
    deadline: "Påmeldingsfrist", previous: "Førre side", next: "Neste side", page: (p, n) => "Side " + p + " av " + n,
    offline: "Fekk ikkje kontakt med Samkurs. Sjekk nettsambandet og prøv igjen.",
    warming: s => "Søket blir gjort klart. Vi prøver igjen om " + s + " sekund.",
    failed: s => "Søket kunne ikkje gjerast (" + s + ").", back: "← Tilbake til søket", loading: "Hentar tilbodet …",
    notFound: "Fann ikkje tilbodet", noId: "Adressa seier ikkje kva tilbod du vil sjå.",
    fetchFailed: s => "Tilbodet kunne ikkje hentast (" + s + ").", time: "Tid", gatherings: "Samlingar",
    practical: "Praktisk", targetGroups: "Målgrupper", places: "Plassar", vacant: n => n + " ledige",
    opens: "Påmelding opnar", language: "Språk", contact: "Kontakt", links: "Lenkjer", at: "kl.",
    spoken: {nb: "Norsk (bokmål)", nn: "Norsk (nynorsk)", se: "Samisk", en: "Engelsk"}
  },
  en: {
    frontPageTitle: "Samkurs – professional development for services for children and young people",
    frontTitle: "Professional development for everyone who works with children and young people – in one place",
    frontLead: 'Samkurs is one shared regional calendar of courses, webinars, learning networks and e-learning from the '
      + 'regional competence centres – <abbr title="Regional competence centres on substance use">KoRUS</abbr>, '
      + '<abbr title="Regional resource centres on violence, traumatic stress and suicide prevention">RVTS</abbr> and '
      + '<abbr title="Regional knowledge centres for children and young people">RKBU/RBUP</abbr> – and the county '
      + 'governors. Offerings are published once, often jointly, and you enrol in the same place.',
    forWhom: "Who is it for?",
    forWhomList: '<li><strong>Municipal staff</strong> – teachers, child welfare workers, public health nurses, NAV '
      + 'advisers and others – find, subscribe to and enrol in offerings, digital ones too, however far away they '
      + 'live.</li>'
      + '<li><strong>The competence centres</strong> publish offerings together and see who has enrolled.</li>'
      + '<li><strong>The county governor</strong> coordinates the regional calendar, sees overlaps and needs, and '
      + 'sees which municipalities are not reached.</li>',
    forDevelopers: "For developers and intranets",
    forDevelopersText: 'Everything in Samkurs is available through an open API, described in the '
      + '<a href="/openapi">API description (OpenAPI)</a>. Examples: <a href="api/counties">all counties</a>, '
      + '<a href="api/municipalities?county=56">the municipalities of Finnmark</a> and '
      + '<a href="api/organisations?type=rvts">the RVTS centres</a>.',
    attribution: "Reference data: municipalities and counties © Kartverket (CC BY 4.0), population from Statistics "
      + "Norway (1 Jan 2024), coordinates from GeoNames (CC BY 4.0).",
    skip: "Skip to main content", skipHits: "Skip to the results", menu: "Main menu", find: "Find offerings",
    login: "Sign in", languages: "Language", searchTitle: "Find courses, webinars and learning networks",
    searchLabel: "Search by topic, title, place or organiser", searchButton: "Search", from: "From date",
    to: "To date", sort: "Sort by", best: "Best match", byDate: "Date", open: "Open for enrollment now",
    seats: "Has free seats", searching: "Searching …", hitsHeading: "Results", pagesLabel: "Result pages",
    footer: "The offerings are published by the regional competence centres and the county governors.",
    forPortals: "Data for intranets and portals:", feed: "open feed (schema.org)", apiDocs: "API description",
    topic: "Topic", targetGroup: "Target group", kind: "Kind", delivery: "Delivery", county: "County",
    provider: "Organiser", chosen: n => n + " chosen", none: "No offering matches. Try other words or fewer filters.",
    found: n => "Found " + n + (n === 1 ? " offering" : " offerings"), showing: (a, b) => ", showing " + a + "–" + b,
    sessions: n => n + " sessions", cancelled: "Cancelled", hosts: n => n > 1 ? "Organisers" : "Organiser",
    audience: "For", national: "All of Norway", venue: "Venue", price: "Price", free: "Free",
    seatsLeft: "Free seats", full: "Full", deadline: "Enrollment closes", previous: "Previous page",
    next: "Next page", page: (p, n) => "Page " + p + " of " + n,
    offline: "Could not reach Samkurs. Check your connection and try again.",
    warming: s => "The search is getting ready. Trying again in " + s + " seconds.",
    failed: s => "The search failed (" + s + ").", back: "← Back to the search", loading: "Loading the offering …",
    notFound: "Offering not found", noId: "The address does not say which offering to show.",
    fetchFailed: s => "The offering could not be loaded (" + s + ").", time: "Time", gatherings: "Sessions",
    practical: "Practical details", targetGroups: "Target groups", places: "Seats", vacant: n => n + " free",
    opens: "Enrollment opens", language: "Language", contact: "Contact", links: "Links", at: "at",
    spoken: {nb: "Norwegian (Bokmål)", nn: "Norwegian (Nynorsk)", se: "Sami", en: "English"}
  }
};
const LOCALES = {nb: "nb-NO", nn: "nn-NO", en: "en-GB"};

const LANG = (() => {
  const asked = new URLSearchParams(location.search).get("lang");
  if (asked in WORDS) {
    try { localStorage.setItem("samkurs.lang", asked); } catch (ignored) { /* private mode */ }
    return asked;
  }
  let kept = null;
  try { kept = localStorage.getItem("samkurs.lang"); } catch (ignored) { /* private mode */ }
  if (kept in WORDS) return kept;
  // Bokmål first: only a browser that puts nynorsk first gets nynorsk unasked; English is always a choice.
  const first = (navigator.languages || [navigator.language || ""])[0] || "";
  return first.toLowerCase().startsWith("nn") ? "nn" : "nb";
})();
const LOCALE = LOCALES[LANG];

function t(key, ...args) {
  const word = WORDS[LANG][key];
  return typeof word === "function" ? word(...args) : word;
}

// Words in the HTML: data-i18n for text, data-i18n-html for a sentence with markup, data-i18n-label for
// aria-label; and the language menu.
function translatePage() {
  document.documentElement.lang = LANG;
  for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = t(node.dataset.i18n);
  // Our own fixed sentences with links or abbreviations in them; never data.
  for (const node of document.querySelectorAll("[data-i18n-html]")) node.innerHTML = t(node.dataset.i18nHtml);
  for (const node of document.querySelectorAll("[data-i18n-label]")) node.setAttribute("aria-label", t(node.dataset.i18nLabel));
  for (const link of document.querySelectorAll("[data-lang]")) {
    const params = new URLSearchParams(location.search);
    params.set("lang", link.dataset.lang);
    link.href = "?" + params;
    if (link.dataset.lang === LANG) link.setAttribute("aria-current", "true");
  }
}

translatePage();

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function link(href, text) {
  const a = element("a", text);
  a.href = href;
  return a;
}

/** A description list of facts; a fact without a value is left out. */
function facts() {
  const list = element("dl", null, "details");
  list.add = (term, value) => {
    if (value === null || value === undefined || value === "") return;
    const dd = element("dd");
    dd.append(value);
    list.append(element("dt", term), dd);
  };
  return list;
}
