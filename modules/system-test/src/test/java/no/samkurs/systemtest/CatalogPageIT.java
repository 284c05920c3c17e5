package no.samkurs.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public catalog pages (front page, search, one offering) in a real browser against the shared site with the
 * demo season. What a municipal employee does: search, narrow with filters, page and open an offering, with a
 * mouse, with the keyboard only and with JavaScript turned off; and what they must never meet: counts that differ
 * from the API, dates in the browser's locale, an untranslated error, a layout wider than their phone, a WCAG 2.1
 * AA violation.
 */
class CatalogPageIT {

    static final int PAGE_SIZE = 20;
    static final String PASSWORD = "samkurs-demo";
    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    static final DateTimeFormatter NORWEGIAN = DateTimeFormatter.ofPattern("EEEE d. MMMM yyyy 'kl.' HH.mm",
            Locale.forLanguageTag("nb"));
    static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH.mm");

    static Client api;
    final List<ChromeDriver> browsers = new ArrayList<>();

    @BeforeAll
    static void site() throws Exception {
        api = new Client(Site.uri());
        CatalogIT.awaitSearch(api);
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(ChromeDriver::quit);
    }

    ChromeDriver browser(int width, int height, String... flags) throws Exception {
        ChromeDriver browser = flags.length == 0 ? Browser.open(width, height) : Browser.open(width, height, flags);
        browsers.add(browser);
        return browser;
    }

    ChromeDriver desktop() throws Exception {
        return browser(1280, 1000);
    }

    static WebDriverWait await(ChromeDriver browser) {
        return Browser.await(browser);
    }

    static JsonObject search(String query) {
        return Client.object(api.get("api/offerings?" + query));
    }

    static long apiTotal(String query) {
        return search(query).getJsonNumber("total").longValue();
    }

    /** What the page's status line says for this many hits on this page, in bokmål. */
    static String found(long total, int page) {
        if (total == 0) {
            return "Fant ingen tilbud.";
        }
        String shown = total > PAGE_SIZE ? ", viser " + ((page - 1) * PAGE_SIZE + 1) + "–"
                + Math.min(total, (long) page * PAGE_SIZE) : "";
        return "Fant " + total + " tilbud" + shown + ".";
    }

    static String status(ChromeDriver browser) {
        return browser.findElement(By.id("status")).getText();
    }

    static void awaitStatus(ChromeDriver browser, String expected) {
        await(browser).until(ExpectedConditions.textToBe(By.id("status"), expected));
    }

    static String active(ChromeDriver browser) {
        return browser.switchTo().activeElement().getAttribute("id");
    }

    /** Tab until the focused element is the one wanted, as a keyboard user would; fails after 60 presses. */
    static WebElement tabTo(ChromeDriver browser, Predicate<WebElement> wanted) {
        for (int i = 0; i < 60; i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            WebElement focused = browser.switchTo().activeElement();
            if (wanted.test(focused)) {
                return focused;
            }
        }
        throw new AssertionError("never reached by Tab");
    }

    static void press(ChromeDriver browser, CharSequence key) {
        new Actions(browser).sendKeys(key).perform();
    }

    /** A date and time as the pages write them in bokmål: "onsdag 23. desember 2026 kl. 13.00–14.30". */
    static String norwegian(String start, String end) {
        var from = OffsetDateTime.parse(start).atZoneSameInstant(OSLO);
        var to = OffsetDateTime.parse(end).atZoneSameInstant(OSLO);
        return from.toLocalDate().equals(to.toLocalDate()) ? NORWEGIAN.format(from) + "–" + HOURS.format(to)
                : NORWEGIAN.format(from) + " – " + NORWEGIAN.format(to);
    }

    /** The first item of the API's search that passes the test, in full. */
    static JsonObject offering(String query, Predicate<JsonObject> test) {
        JsonObject item = search(query + "&size=100").getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(test).findFirst().orElseThrow();
        return Client.object(api.get("api/offerings/" + item.getString("id")));
    }

    @Test
    void aVisitorSearchesFiltersPagesAndOpensAnOffering() throws Exception {
        ChromeDriver browser = desktop();
        browser.get(Site.url("/tilbud"));
        assertEquals(found(apiTotal(""), 1), status(browser));
        assertEquals(PAGE_SIZE, browser.findElements(By.cssSelector(".hits > li")).size(), "a page holds 20");

        browser.findElement(By.id("q")).sendKeys("traum", Keys.ENTER);
        await(browser).until(ExpectedConditions.urlContains("q=traum"));
        long traum = apiTotal("q=traum");
        assertTrue(traum > 0 && traum < PAGE_SIZE, "the demo season has a handful about trauma: " + traum);
        assertEquals(found(traum, 1), status(browser));

        browser.findElement(By.cssSelector("#filter-kind summary")).click();
        browser.findElement(By.cssSelector("label[for='f-kind-webinar']")).click();
        await(browser).until(ExpectedConditions.urlContains("kind=webinar"));
        awaitStatus(browser, found(apiTotal("q=traum&kind=webinar"), 1));
        assertEquals("f-kind-webinar", active(browser), "focus stays on the box just ticked");
        assertTrue(browser.findElement(By.id("f-kind-webinar")).isSelected());
        browser.findElements(By.cssSelector(".hit .meta")).forEach(meta ->
                assertTrue(meta.getText().startsWith("Webinar"), "only webinars: " + meta.getText()));

        browser.navigate().back();
        awaitStatus(browser, found(traum, 1));
        assertFalse(browser.findElement(By.id("f-kind-webinar")).isSelected(), "back undoes the filter");

        browser.get(Site.url("/tilbud?sort=date"));
        assertEquals(found(apiTotal(""), 1), status(browser));
        browser.findElement(By.linkText("Neste side")).click();
        await(browser).until(ExpectedConditions.urlContains("page=2"));
        assertEquals(found(apiTotal(""), 2), status(browser));
        assertEquals("treff", active(browser), "a new page starts at the hits");

        WebElement first = browser.findElement(By.cssSelector(".hit h3 a"));
        String title = first.getText();
        first.click();
        await(browser).until(ExpectedConditions.textToBe(By.tagName("h1"), title));
        assertEquals(title + " – Samkurs", browser.getTitle());
        browser.findElement(By.linkText("Tilbake til søket")).click();
        await(browser).until(ExpectedConditions.urlContains("page=2"));
    }

    @Test
    void theWholeSearchWorksWithJavaScriptTurnedOff() throws Exception {
        ChromeDriver browser = browser(1280, 1000, "--lang=nb-NO", "--blink-settings=scriptEnabled=false");
        browser.get(Site.url("/tilbud"));
        assertEquals(found(apiTotal(""), 1), status(browser), "the hits are in the page itself");

        browser.findElement(By.id("q")).sendKeys("traum", Keys.ENTER);
        await(browser).until(ExpectedConditions.urlContains("q=traum"));
        assertEquals(found(apiTotal("q=traum"), 1), status(browser));

        browser.findElement(By.cssSelector("#filter-kind summary")).click();
        browser.findElement(By.cssSelector("label[for='f-kind-webinar']")).click();
        Thread.sleep(1000);
        assertFalse(browser.getCurrentUrl().contains("kind="), "no script applied the filter: JavaScript is off");
        browser.findElement(By.xpath("//button[normalize-space()='Bruk filtrene']")).click();
        await(browser).until(ExpectedConditions.urlContains("kind=webinar"));
        assertEquals(found(apiTotal("q=traum&kind=webinar"), 1), status(browser));

        browser.findElement(By.cssSelector(".chosen a.tag")).click();
        await(browser).until(ExpectedConditions.not(ExpectedConditions.urlContains("kind=")));
        assertEquals(found(apiTotal("q=traum"), 1), status(browser), "a chosen filter is removed by its link");

        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("sort"))).selectByValue("date");
        browser.findElement(By.xpath("//button[normalize-space()='Sorter']")).click();
        await(browser).until(ExpectedConditions.urlContains("sort=date"));

        browser.get(Site.url("/tilbud?sort=date"));
        await(browser).withMessage(() -> "no next page on " + browser.getCurrentUrl() + ": "
                        + browser.findElement(By.tagName("main")).getText().lines().limit(12).toList())
                .until(ExpectedConditions.elementToBeClickable(By.linkText("Neste side"))).click();
        await(browser).until(ExpectedConditions.urlContains("page=2"));
        assertEquals(found(apiTotal(""), 2), status(browser));

        WebElement first = browser.findElement(By.cssSelector(".hit h3 a"));
        String title = first.getText();
        first.click();
        await(browser).until(ExpectedConditions.textToBe(By.tagName("h1"), title));
        assertFalse(browser.findElements(By.cssSelector(".sessions li, .offering section")).isEmpty());
    }

    @Test
    void aKeyboardAloneSearchesFiltersAndOpensAnOffering() throws Exception {
        ChromeDriver browser = desktop();
        browser.get(Site.url("/"));
        tabTo(browser, e -> "q".equals(e.getAttribute("id")));
        new Actions(browser).sendKeys("traume").sendKeys(Keys.ENTER).perform();
        await(browser).until(ExpectedConditions.urlContains("/tilbud?q=traume"));

        tabTo(browser, e -> e.getTagName().equals("summary")
                && e.findElement(By.xpath("..")).getAttribute("id").equals("filter-kind"));
        press(browser, Keys.ENTER);
        WebElement box = tabTo(browser, e -> "checkbox".equals(e.getAttribute("type")));
        String id = box.getAttribute("id");
        assertTrue(id.startsWith("f-kind-"), id);
        press(browser, Keys.SPACE);
        await(browser).until(ExpectedConditions.urlContains(id.replaceFirst("f-kind-", "kind=")));
        await(browser).until(d -> id.equals(active(browser)));
        assertEquals(found(apiTotal("q=traume&" + id.replaceFirst("f-kind-", "kind=")), 1), status(browser));

        WebElement hit = tabTo(browser, e -> e.getTagName().equals("a")
                && e.findElement(By.xpath("..")).getTagName().equals("h3"));
        String title = hit.getText();
        press(browser, Keys.ENTER);
        await(browser).until(ExpectedConditions.textToBe(By.tagName("h1"), title));
    }

    @Test
    void theCountsOnThePageAreTheApisTotals() throws Exception {
        ChromeDriver browser = desktop();
        for (String query : List.of("", "q=traum", "kind=webinar&county=56", "topic=trauma&targetGroup=school",
                "open=true&hasSeats=true", "q=barn&delivery=digital&sort=date")) {
            JsonObject answer = search(query);
            browser.get(Site.url("/tilbud?" + query));
            assertEquals(found(answer.getJsonNumber("total").longValue(), 1), status(browser), query);
            @SuppressWarnings("unchecked")
            List<List<String>> shown = (List<List<String>>) browser.executeScript("return [...document"
                    + ".querySelectorAll('.filters input[type=checkbox][id^=f-]')].map(box => [box.name, box.value, "
                    + "document.querySelector(\"label[for='\" + box.id + \"'] .count\").textContent])");
            Map<String, String> onPage = new HashMap<>();
            shown.forEach(s -> onPage.put(s.get(0) + "=" + s.get(1), s.get(2)));
            JsonObject facets = answer.getJsonObject("facets");
            for (String dimension : facets.keySet()) {
                for (JsonObject facet : facets.getJsonArray(dimension).getValuesAs(JsonObject.class)) {
                    String key = dimension + "=" + facet.getString("value");
                    int count = facet.getInt("count");
                    if (count > 0 || facet.getBoolean("selected")) {
                        assertEquals("(" + count + ")", onPage.remove(key), query + ": " + key);
                    }
                }
            }
            assertEquals(Map.of(), onPage, query + ": the page offers only what the API counts");
        }
    }

    @Test
    void datesAreWrittenTheNorwegianWayInABrowserSetToEnglish() throws Exception {
        ChromeDriver browser = browser(1280, 1000, "--lang=en-US");
        browser.get(Site.url("/tilbud?kind=webinar&sort=date"));
        assertEquals("en-US", browser.executeScript("return navigator.language"));
        assertEquals("nb", browser.findElement(By.tagName("html")).getAttribute("lang"));
        JsonObject first = search("kind=webinar&sort=date").getJsonArray("items").getJsonObject(0);
        assertEquals(norwegian(first.getString("firstStart"), first.getString("lastEnd")),
                browser.findElement(By.cssSelector(".hit time")).getText());

        browser.findElement(By.cssSelector(".hit h3 a")).click();
        await(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".sessions time")));
        assertTrue(browser.findElement(By.cssSelector(".sessions time")).getText()
                .matches("(mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag) \\d{1,2}\\. [a-zæøå]+ \\d{4} "
                        + "kl\\. \\d{2}\\.\\d{2}–\\d{2}\\.\\d{2}"));
    }

    @Test
    void nynorskAndEnglishOnRequestAndTheChoiceIsRemembered() throws Exception {
        ChromeDriver browser = desktop();
        long total = apiTotal("");
        browser.get(Site.url("/tilbud?lang=nn"));
        assertEquals("nn", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("Finn kurs, webinar og læringsnettverk", browser.findElement(By.tagName("h1")).getText());
        assertEquals("Fann " + total + " tilbod, viser 1–20.", status(browser));
        assertTrue(browser.findElement(By.cssSelector("label[for='f-kind-network']")).getAttribute("textContent")
                .startsWith("Læringsnettverk"));
        browser.get(Site.url("/tilbud"));
        assertEquals("nn", browser.findElement(By.tagName("html")).getAttribute("lang"), "the choice is kept");

        browser.get(Site.url("/tilbud?lang=en&kind=network"));
        assertEquals("Find courses, webinars and learning networks", browser.findElement(By.tagName("h1")).getText());
        assertEquals("Found " + apiTotal("kind=network") + " offerings.", status(browser));
        assertTrue(browser.findElement(By.cssSelector("label[for='f-kind-network']")).getText()
                .startsWith("Learning network"));
        browser.findElement(By.cssSelector(".hit h3 a")).click();
        await(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("praktisk")));
        assertEquals("Practical information", browser.findElement(By.id("praktisk")).getText());
        assertTrue(browser.findElement(By.cssSelector(".sessions time")).getText()
                .matches("[A-Z][a-z]+day \\d{1,2} [A-Z][a-z]+ \\d{4} at \\d{2}:\\d{2}–\\d{2}:\\d{2}"));
        assertEquals("nb", browser.findElement(By.tagName("h1")).getAttribute("lang"),
                "the offering's own text is marked as Norwegian on an English page");
    }

    @Test
    void theOfferingPageShowsItsHostsSessionsAndSeats() throws Exception {
        JsonObject course = offering("kind=course", o -> o.getJsonArray("hosts").size() > 1
                && o.getInt("sessionCount") > 1 && o.containsKey("capacity") && o.getInt("capacity") < 1000
                && o.containsKey("venue"));
        ChromeDriver browser = desktop();
        browser.get(Site.url("/tilbudet?id=" + course.getString("id")));
        assertEquals(course.getString("title"), browser.findElement(By.tagName("h1")).getText());
        assertEquals(course.getString("summary"), browser.findElement(By.cssSelector(".offering .lead")).getText());
        String practical = browser.findElement(By.cssSelector(".facts")).getText();
        for (JsonObject host : course.getJsonArray("hosts").getValuesAs(JsonObject.class)) {
            assertTrue(practical.contains(host.getString("name")), "every host: " + host.getString("name"));
        }
        assertTrue(practical.contains(course.getJsonObject("lead").getString("name") + " (hovedarrangør)"));
        JsonArray sessions = course.getJsonArray("sessions");
        List<WebElement> shown = browser.findElements(By.cssSelector(".sessions li time"));
        assertEquals(sessions.size(), shown.size(), "every session");
        for (int i = 0; i < shown.size(); i++) {
            JsonObject session = sessions.getJsonObject(i);
            assertEquals(norwegian(session.getString("start"), session.getString("end")), shown.get(i).getText());
        }
        assertTrue(practical.contains(course.getInt("capacity") + " plasser, " + course.getInt("seatsLeft")
                + " ledige"), practical);
        if (course.containsKey("contact")) {
            assertTrue(practical.contains(course.getJsonObject("contact").getString("email")));
        }
        assertTrue(practical.contains(course.getJsonObject("venue").getString("name")), "the venue");
        assertTrue(browser.findElements(By.cssSelector("a.join")).isEmpty(), "no join links for a visitor");
        assertTrue(browser.findElement(By.id("main")).getText().contains("Påmeldingsfrist"));
    }

    @Test
    void theOfferingPageCarriesItsSchemaOrgDescription() throws Exception {
        JsonObject webinar = offering("kind=webinar", o -> o.getJsonArray("hosts").size() > 1);
        String page = api.get("tilbudet?id=" + webinar.getString("id")).body();
        Matcher script = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL)
                .matcher(page);
        assertTrue(script.find(), "JSON-LD in the page");
        JsonObject ld = Json.createReader(new StringReader(script.group(1))).readObject();
        assertEquals("https://schema.org", ld.getString("@context"));
        assertEquals("Event", ld.getString("@type"));
        assertEquals(webinar.getString("id"), ld.getString("identifier"));
        assertEquals(webinar.getString("title"), ld.getString("name"));
        assertTrue(ld.getString("url").endsWith("/tilbudet?id=" + webinar.getString("id")));
        assertEquals(webinar.getJsonArray("hosts").size(), ld.getJsonArray("organizer").size(), "every host");
        assertEquals(webinar.getJsonArray("sessions").getJsonObject(0).getString("start"), ld.getString("startDate"));
    }

    @Test
    void aCancelledOfferingSaysSoWithItsReason() throws Exception {
        Client admin = new Client(Site.uri()).as(Site.DEMO.get("administrator"), PASSWORD);
        String id = created(admin, "Avlyst webinar om skjermtid for Rogaland", "skjermtid");
        assertEquals(200, admin.postJson("api/offerings/" + id + "/publish", "{}").statusCode());
        assertEquals(200, admin.postJson("api/offerings/" + id + "/cancel",
                "{\"reason\": \"Foreleseren er syk.\"}").statusCode());

        ChromeDriver browser = desktop();
        browser.get(Site.url("/tilbudet?id=" + id));
        assertEquals("Avlyst: Foreleseren er syk.", browser.findElement(By.cssSelector(".notice-cancelled")).getText());
        browser.get(Site.url("/tilbud?q=skjermtid+rogaland"));
        WebElement hit = browser.findElement(By.cssSelector(".hit"));
        assertTrue(hit.findElement(By.cssSelector(".meta")).getText().contains("Avlyst"), "the hit says so too");
        assertEquals("Avlyst: Foreleseren er syk.", hit.findElement(By.cssSelector(".cancel-reason")).getText());
        assertTrue(api.get("tilbudet?id=" + id).body().contains("\"eventStatus\":\"https://schema.org/EventCancelled\""),
                "cancelled for search engines too");
    }

    @Test
    void aDraftIsShownToItsInsidersOnly() throws Exception {
        Client admin = new Client(Site.uri()).as(Site.DEMO.get("administrator"), PASSWORD);
        String id = created(admin, "Utkast om nettvett for Rogaland", "nettvett");
        String path = "tilbudet?id=" + id;

        HttpResponse<String> visitor = new Client(Site.uri()).get(path);
        assertEquals(404, visitor.statusCode(), "a visitor cannot tell a draft from nothing");
        assertFalse(visitor.body().contains("nettvett"));
        HttpResponse<String> participant = new Client(Site.uri()).as(Site.DEMO.get("participant"), PASSWORD).get(path);
        assertEquals(403, participant.statusCode());
        assertFalse(participant.body().contains("nettvett"));

        HttpResponse<String> insider = admin.get(path);
        assertEquals(200, insider.statusCode());
        assertTrue(insider.body().contains("class=\"notice notice-draft\""), "marked as a draft");
        assertTrue(insider.body().contains("href=\"https://video.example.no/nettvett\""), "insiders get join links");
        assertTrue(admin.get("tilbud?q=nettvett+rogaland").body().contains("badge-draft"),
                "the insider finds it in the search");
        assertFalse(new Client(Site.uri()).get("tilbud?q=nettvett+rogaland").body().contains(id),
                "a visitor does not");
    }

    @Test
    void anUnknownOfferingIsOurNotFoundPage() throws Exception {
        for (String path : List.of("tilbudet?id=finnes-ikke", "tilbudet", "tilbudet?id=")) {
            HttpResponse<String> answer = api.get(path);
            assertEquals(404, answer.statusCode(), path);
            assertTrue(answer.body().contains("class=\"site\""), "in the site's layout: " + path);
        }
    }

    @Test
    void badSearchInputIsExplainedInThePagesLanguageAndTheRestIsSearched() throws Exception {
        Client visitor = new Client(Site.uri());
        HttpResponse<String> english = visitor.get("tilbud?lang=en&q=traum&county=99");
        assertEquals(200, english.statusCode());
        assertTrue(english.body().contains("Unknown county in the search."), "in English");
        assertTrue(english.body().contains("Found " + apiTotal("q=traum") + " offerings"),
                "the search is still done, without the county");
        HttpResponse<String> nynorsk = visitor.get("tilbud?lang=nn&kind=seminar");
        assertTrue(nynorsk.body().contains("Ukjend type tilbod i søket."), "in nynorsk");

        ChromeDriver browser = desktop();
        browser.get(Site.url("/tilbud?from=2027-03-01&to=2027-01-01"));
        WebElement summary = browser.findElement(By.cssSelector(".error-summary"));
        assertEquals("alert", summary.getAttribute("role"));
        assertEquals("#to", summary.findElement(By.tagName("a")).getDomAttribute("href"), "links to the field");
        assertTrue(browser.findElement(By.id("to-feil")).getText().startsWith("Skriv til-datoen som ÅÅÅÅ-MM-DD"));
        assertTrue(browser.findElement(By.id("to")).getAttribute("aria-describedby").contains("to-feil"));
        assertEquals("2027-01-01", browser.findElement(By.id("to")).getAttribute("value"), "what they wrote stays");
    }

    @Test
    void theOldAddressesLeadToTheNewPages() throws Exception {
        HttpResponse<String> search = api.get("tilbud.html?q=traume&county=56");
        assertEquals(301, search.statusCode());
        assertEquals("/tilbud?q=traume&county=56", search.headers().firstValue("Location").orElseThrow());
        assertEquals("/tilbudet?id=abc", api.get("tilbudet.html?id=abc").headers().firstValue("Location")
                .orElseThrow());
        for (String gone : List.of("tilbud.js", "tilbudet.js")) {
            assertEquals(404, api.get(gone).statusCode(), gone);
        }
    }

    @Test
    void theFrontPageShowsTheNextWebinarsAndWaysIntoTheCatalog() throws Exception {
        ChromeDriver browser = desktop();
        browser.get(Site.url("/"));
        List<WebElement> webinars = browser.findElements(By.cssSelector(".next-webinars .card"));
        assertEquals(5, webinars.size(), "the next five");
        JsonArray next = search("kind=webinar&sort=date&status=published&from=" + java.time.LocalDate.now(OSLO))
                .getJsonArray("items");
        assertEquals(next.getJsonObject(0).getString("title"),
                webinars.get(0).findElement(By.tagName("h3")).getText(), "the soonest first");
        assertEquals(norwegian(next.getJsonObject(0).getString("firstStart"),
                next.getJsonObject(0).getString("lastEnd")), webinars.get(0).findElement(By.tagName("time")).getText());
        browser.findElement(By.cssSelector(".ways a[href$='topic=trauma']")).click();
        await(browser).until(ExpectedConditions.urlContains("/tilbud?topic=trauma"));
        assertEquals(found(apiTotal("topic=trauma"), 1), status(browser));
    }

    @Test
    void everyCatalogPagePassesAxeInEveryLanguageOnADesktopAndAPhone() throws Exception {
        String offering = search("kind=course&size=1").getJsonArray("items").getJsonObject(0).getString("id");
        for (int[] size : new int[][]{{1280, 1000}, {390, 844}}) {
            ChromeDriver browser = browser(size[0], size[1]);
            for (String language : List.of("nb", "nn", "en")) {
                for (String page : List.of("/", "/tilbud?q=traume&kind=course&kind=webinar&county=56&open=true",
                        "/tilbud?q=finnesikkeiherrens", "/tilbudet?id=" + offering)) {
                    browser.get(Site.url(page + (page.contains("?") ? "&" : "?") + "lang=" + language));
                    Site.assertAccessible(browser, page + " " + language + " " + size[0] + " px");
                }
            }
        }
    }

    @Test
    void theCatalogPagesPassAxeForEveryRoleSignedIn() throws Exception {
        var rvts = offering("provider=rvts-nord", o -> o.getInt("sessionCount") > 0);
        for (String email : Site.DEMO.values()) {
            ChromeDriver browser = desktop();
            Site.signIn(browser, email);
            for (String page : List.of("/", "/tilbud?q=traume&kind=webinar", "/tilbudet?id=" + rvts.getString("id"))) {
                browser.get(Site.url(page));
                Site.assertAccessible(browser, page + " as " + email);
            }
            // Signed in, the person has a session: the page must still show the offering's own sessions.
            assertEquals(rvts.getString("title"), browser.findElement(By.tagName("h1")).getText(), email);
            assertEquals(rvts.getJsonArray("sessions").size(), browser.findElements(By.cssSelector(".sessions > li")).size(),
                    email);
            browser.quit();
            browsers.remove(browser);
        }
    }

    @Test
    void nothingScrollsSidewaysOnA320PixelPhone() throws Exception {
        String offering = search("kind=network&size=1").getJsonArray("items").getJsonObject(0).getString("id");
        ChromeDriver browser = browser(320, 800);
        for (String page : List.of("/", "/tilbud?q=traume&kind=course", "/tilbudet?id=" + offering)) {
            browser.get(Site.url(page));
            Object overflow = browser.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertEquals(0L, ((Number) overflow).longValue(), "no sideways scrolling on " + page);
        }
    }

    @Test
    void screenshotsOfTheMainPagesAtBothWidths() throws Exception {
        String offering = offering("kind=course", o -> o.getJsonArray("hosts").size() > 1).getString("id");
        for (int[] size : new int[][]{{1280, 1000}, {390, 844}}) {
            ChromeDriver browser = browser(size[0], size[1]);
            String width = size[0] == 1280 ? "desktop" : "phone";
            for (String[] page : new String[][]{{"front", "/"}, {"search", "/tilbud?q=traume&kind=course&kind=webinar"},
                    {"offering", "/tilbudet?id=" + offering}}) {
                browser.get(Site.url(page[1]));
                long height = ((Number) browser.executeScript("return document.documentElement.scrollHeight"))
                        .longValue();
                browser.manage().window().setSize(new org.openqa.selenium.Dimension(size[0],
                        (int) Math.min(height + 100, 6000)));
                Site.screenshot(browser, "catalog-" + page[0] + "-" + width);
                browser.manage().window().setSize(new org.openqa.selenium.Dimension(size[0], size[1]));
            }
            assertNotNull(browser.getTitle());
        }
    }

    /** A draft by the administrator for a centre in Rogaland, with a join link named after a word of its title. */
    static String created(Client admin, String title, String word) {
        HttpResponse<String> created = admin.postJson("api/offerings", """
                {"lead": "korus-vest-stavanger", "kind": "webinar", "delivery": "digital", "title": "%s",
                 "summary": "Et webinar laget av testen.", "topics": ["mental-health"], "targetGroups": ["school"],
                 "counties": ["11"], "capacity": 50, "sessions": [{"start": "2027-02-03T09:00",
                 "end": "2027-02-03T10:30", "joinUrl": "https://video.example.no/%s"}]}""".formatted(title, word));
        assertEquals(201, created.statusCode(), created.body());
        return Client.object(created).getString("id");
    }
}
