package no.samkurs.systemtest;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The calendar page ({@code /kalender}) in a real browser against the shared site with the demo season: a county's
 * sessions on their days in the month, week and list views, browsing to the next month, the catalog's filters, the
 * subscribe panel whose addresses are feeds that answer, a cancelled meeting of a series, the page without
 * JavaScript and on a phone, and axe-core on every view in bokmål and English.
 */
class CalendarPageIT {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    static final String VESTLAND = "46";
    static final String PASSWORD = "samkurs-demo";

    static Client api;
    /** A published webinar for Vestland still ahead, with one session: its title, start, end and lead host. */
    static JsonObject webinar;
    static LocalDate webinarDay;

    final List<ChromeDriver> browsers = new ArrayList<>();

    @BeforeAll
    static void site() throws Exception {
        api = new Client(Site.uri());
        CatalogIT.awaitSearch(api);
        Instant now = Instant.now();
        String id = Client.object(api.get("api/offerings?county=" + VESTLAND + "&kind=webinar&sort=date&size=100"))
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(o -> !o.getBoolean("national", false) && o.getInt("sessionCount") == 1
                        && OffsetDateTime.parse(o.getString("firstStart")).toInstant().isAfter(now))
                .findFirst().orElseThrow().getString("id");
        webinar = Client.object(api.get("api/offerings/" + id));
        webinarDay = start(webinar).toLocalDate();
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

    static ZonedDateTime start(JsonObject offering) {
        return OffsetDateTime.parse(offering.getJsonArray("sessions").getJsonObject(0).getString("start"))
                .atZoneSameInstant(OSLO);
    }

    static ZonedDateTime end(JsonObject offering) {
        return OffsetDateTime.parse(offering.getJsonArray("sessions").getJsonObject(0).getString("end"))
                .atZoneSameInstant(OSLO);
    }

    /** "13.00–14.30" in bokmål, "13:00–14:30" in English: the session's times in Oslo. */
    static String hours(JsonObject offering, String separator) {
        DateTimeFormatter hours = DateTimeFormatter.ofPattern("HH" + separator + "mm");
        return hours.format(start(offering)) + "–" + hours.format(end(offering));
    }

    static String calendar(String query) throws Exception {
        return Site.url("/kalender?" + query);
    }

    /** The month grid's cell of a day. */
    static WebElement cell(ChromeDriver browser, LocalDate day) {
        return browser.findElement(By.xpath("//table[@class='cal-month']//td[.//time[@datetime='" + day + "']]"));
    }

    /** A day of the week or list view (or the phone's month). */
    static WebElement listedDay(ChromeDriver browser, LocalDate day) {
        return browser.findElement(By.xpath("//li[contains(@class,'cal-day')][h3/time[@datetime='" + day + "']]"));
    }

    static String heading(ChromeDriver browser) {
        return browser.findElement(By.id("periode")).getText();
    }

    static String monthTitle(LocalDate day, Locale language) {
        String month = DateTimeFormatter.ofPattern("LLLL yyyy", language).format(day);
        return month.substring(0, 1).toUpperCase(Locale.ROOT) + month.substring(1);
    }

    @Test
    void theMonthShowsACountysSessionOnItsDay() throws Exception {
        ChromeDriver browser = desktop();
        browser.get(calendar("fylke=" + VESTLAND + "&dato=" + webinarDay));
        assertEquals("Kalender for Vestland", browser.findElement(By.tagName("h1")).getText());
        assertEquals(monthTitle(webinarDay, Locale.forLanguageTag("nb")), heading(browser));
        WebElement day = cell(browser, webinarDay);
        String text = day.getText();
        assertTrue(text.contains(webinar.getString("title")), text);
        assertTrue(text.contains(hours(webinar, ".")), "Oslo time, Norwegian form: " + text);
        assertTrue(text.contains(webinar.getJsonObject("lead").getString("name")), "the host is named: " + text);
        assertEquals(Site.url("/tilbudet?id=" + webinar.getString("id")),
                day.findElement(By.linkText(webinar.getString("title"))).getAttribute("href"));

        List<WebElement> headers = browser.findElements(By.cssSelector(".cal-month thead th"));
        assertEquals(8, headers.size(), "week number and seven days");
        assertEquals("mandag", headers.get(1).findElement(By.cssSelector(".visually-hidden"))
                .getAttribute("textContent"), "Monday first");
        int week = webinarDay.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        assertTrue(day.findElement(By.xpath("ancestor::tr/th")).getText().endsWith(String.valueOf(week)),
                "the row is numbered with the ISO week");
    }

    @Test
    void todayIsMarkedInWords() throws Exception {
        ChromeDriver browser = desktop();
        browser.get(calendar("fylke=" + VESTLAND));
        LocalDate today = LocalDate.now(OSLO);
        WebElement cell = cell(browser, today);
        assertEquals("date", cell.getAttribute("aria-current"));
        assertEquals("I dag", cell.findElement(By.cssSelector(".cal-today-mark")).getText());
        assertTrue(browser.findElements(By.linkText("Gå til i dag")).isEmpty(), "today is already shown");
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", cell);
        Site.screenshot(browser, "calendar-today-desktop");
    }

    @Test
    void theWeekAndTheListShowTheSessionInTimeOrder() throws Exception {
        ChromeDriver browser = desktop();
        browser.get(calendar("visning=uke&fylke=" + VESTLAND + "&dato=" + webinarDay));
        assertEquals(7, browser.findElements(By.cssSelector(".cal-week > li")).size(), "the seven days");
        assertTrue(heading(browser).startsWith("Uke " + webinarDay.get(java.time.temporal.IsoFields
                .WEEK_OF_WEEK_BASED_YEAR) + ": "), heading(browser));
        WebElement day = listedDay(browser, webinarDay);
        assertTrue(day.getText().contains(webinar.getString("title")), day.getText());
        assertTrue(day.getText().contains(hours(webinar, ".")), day.getText());
        assertInTimeOrder(browser);

        browser.get(calendar("visning=liste&fylke=" + VESTLAND + "&dato=" + webinarDay.minusDays(3)));
        day = listedDay(browser, webinarDay);
        assertTrue(day.getText().contains(webinar.getString("title")), day.getText());
        assertTrue(day.findElement(By.tagName("h3")).getText().matches(
                "(Mandag|Tirsdag|Onsdag|Torsdag|Fredag|Lørdag|Søndag) \\d{1,2}\\. [a-zæøå]+ \\d{4}.*"));
        for (WebElement listed : browser.findElements(By.cssSelector(".cal-days > li"))) {
            assertFalse(listed.findElements(By.cssSelector(".cal-entry")).isEmpty(), "the list shows busy days only");
        }
        assertInTimeOrder(browser);
    }

    static void assertInTimeOrder(ChromeDriver browser) {
        List<String> starts = browser.findElements(By.cssSelector(".cal-entry .cal-when time")).stream()
                .map(t -> t.getAttribute("datetime")).toList();
        assertFalse(starts.isEmpty());
        assertEquals(starts.stream().sorted().toList(), starts, "in time order");
    }

    @Test
    void theNextMonthLinkBrowsesOnAndBack() throws Exception {
        ChromeDriver browser = desktop();
        browser.get(calendar("fylke=" + VESTLAND + "&dato=" + webinarDay + "&type=webinar"));
        browser.findElement(By.linkText("Neste måned")).click();
        LocalDate next = webinarDay.withDayOfMonth(1).plusMonths(1);
        await(browser).until(ExpectedConditions.urlContains("dato=" + next));
        assertTrue(browser.getCurrentUrl().contains("fylke=" + VESTLAND) && browser.getCurrentUrl()
                .contains("type=webinar"), "the county and the filter stay: " + browser.getCurrentUrl());
        assertEquals(monthTitle(next, Locale.forLanguageTag("nb")), heading(browser));
        browser.findElement(By.linkText("Forrige måned")).click();
        await(browser).until(ExpectedConditions.urlContains("dato=" + webinarDay.withDayOfMonth(1)));
        assertTrue(cell(browser, webinarDay).getText().contains(webinar.getString("title")));
        browser.findElement(By.linkText("Uke")).click();
        await(browser).until(ExpectedConditions.urlContains("visning=uke"));
        assertEquals("page", browser.findElement(By.linkText("Uke")).getAttribute("aria-current"));
    }

    @Test
    void aFilterNarrowsTheCalendar() throws Exception {
        ChromeDriver browser = desktop();
        // The list from the county's first session ahead holds sessions of several kinds in the demo season.
        browser.get(calendar("visning=liste&fylke=" + VESTLAND + "&dato=" + webinarDay.minusDays(20)));
        List<String> kinds = kinds(browser);
        assertTrue(kinds.contains("Webinar") && kinds.stream().anyMatch(k -> !k.equals("Webinar")),
                "the demo season has webinars and other kinds here: " + kinds);

        browser.findElement(By.cssSelector("#filter-type summary")).click();
        browser.findElement(By.cssSelector("label[for='k-type-webinar']")).click();
        browser.findElement(By.xpath("//button[normalize-space()='Vis kalenderen']")).click();
        await(browser).until(ExpectedConditions.urlContains("type=webinar"));
        assertTrue(browser.getCurrentUrl().contains("fylke=" + VESTLAND), "the form is said the usual way: "
                + browser.getCurrentUrl());
        List<String> webinars = kinds(browser);
        assertEquals(kinds.stream().filter("Webinar"::equals).count(), webinars.size(), "only the webinars");
        assertTrue(webinars.stream().allMatch("Webinar"::equals), webinars.toString());
        assertTrue(browser.findElement(By.id("k-type-webinar")).isSelected(), "the filter shows as chosen");
        assertEquals(webinars.size() == 1 ? "1 samling" : webinars.size() + " samlinger",
                browser.findElement(By.id("antall")).getText());

        browser.findElement(By.linkText("Fjern filtrene")).click();
        await(browser).until(ExpectedConditions.not(ExpectedConditions.urlContains("type=")));
        assertEquals(kinds, kinds(browser));
    }

    static List<String> kinds(ChromeDriver browser) {
        return browser.findElements(By.cssSelector(".cal-entry .cal-meta")).stream()
                .map(m -> m.getText().split(" · ")[0]).toList();
    }

    @Test
    void theSubscribePanelGivesTheCountysFeedInBothForms() throws Exception {
        ChromeDriver browser = desktop();
        browser.get(calendar("fylke=" + VESTLAND + "&type=webinar"));
        WebElement field = browser.findElement(By.id("abonnement"));
        assertEquals("Adressen til kalenderen", browser.findElement(By.cssSelector("label[for='abonnement']")).getText());
        assertEquals("true", field.getAttribute("readonly"));
        String web = field.getAttribute("value");
        String webcal = browser.findElement(By.id("webcal")).getAttribute("href");
        URI site = Site.uri();
        String feed = site.getRawAuthority() + "/calendar/county/" + VESTLAND + ".ics?kind=webinar";
        assertEquals(site.getScheme() + "://" + feed, web, "the web form, as this site is reached");
        assertEquals("webcal://" + feed, webcal);
        for (String address : List.of(web, "http://" + webcal.substring("webcal://".length()))) {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(address))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), address);
            assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"), address);
            assertTrue(answer.body().startsWith("BEGIN:VCALENDAR"), address);
        }
        String panel = browser.findElement(By.id("abonner")).getText();
        for (String words : List.of("Legg til kalender → Fra Internett", "Andre kalendere", "Fra URL",
                "én gang i døgnet", "Arkiv → Ny kalenderabonnement")) {
            assertTrue(panel.contains(words), words);
        }
    }

    @Test
    void behindTheTlsProxyTheAddressIsHttps() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(calendar("fylke=" + VESTLAND))).header("X-Forwarded-Proto", "https").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        // The proxy in front answers on the default port: the site's own port is not in the address.
        String feed = Site.uri().getHost() + "/calendar/county/" + VESTLAND + ".ics";
        assertTrue(page.body().contains("value=\"https://" + feed + "\""), "https:// in the field");
        assertTrue(page.body().contains("href=\"webcal://" + feed + "\""), "and the webcal link");
    }

    @Test
    void withoutAScopeThePanelOffersTheChoice() throws Exception {
        ChromeDriver browser = desktop();
        browser.get(calendar("type=course"));
        assertEquals("Kalender for hele landet", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElements(By.id("abonnement")).isEmpty(), "no feed for the whole country");
        assertTrue(browser.findElement(By.id("abonner")).getText().contains("ett fylke, én region eller én tilbyder"));
        new Select(browser.findElement(By.id("abonner-kalender"))).selectByVisibleText("Rogaland");
        browser.findElement(By.xpath("//button[normalize-space()='Vis adressen']")).click();
        await(browser).until(ExpectedConditions.urlContains("fylke=11"));
        assertTrue(browser.getCurrentUrl().contains("type=course"), "the filter stays");
        assertTrue(browser.findElement(By.id("abonnement")).getAttribute("value")
                .endsWith("/calendar/county/11.ics?kind=course"));
    }

    @Test
    void aCancelledMeetingOfASeriesIsShownAsCancelled() throws Exception {
        Client admin = new Client(Site.uri()).as(Site.DEMO.get("administrator"), PASSWORD);
        LocalDate first = LocalDate.now(OSLO).plusDays(150).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        HttpResponse<String> created = admin.postJson("api/offerings", """
                {"lead": "korus-vest-stavanger", "kind": "network", "delivery": "digital",
                 "title": "Nettverk for kalendertesten i Rogaland", "summary": "Et nettverk laget av testen.",
                 "topics": ["mental-health"], "targetGroups": ["school"], "counties": ["11"],
                 "sessions": [{"start": "%sT09:00", "end": "%sT10:00"}]}""".formatted(first.minusDays(7),
                first.minusDays(7)));
        assertEquals(201, created.statusCode(), created.body());
        String id = Client.object(created).getString("id");
        assertEquals(200, admin.postJson("api/offerings/" + id + "/publish", "{}").statusCode());
        HttpResponse<String> series = admin.postJson("api/offerings/" + id + "/series", """
                {"title": "Nettverksmøte", "firstDate": "%s", "start": "13:00", "end": "15:00",
                 "rule": "FREQ=WEEKLY;COUNT=3"}""".formatted(first));
        assertEquals(201, series.statusCode(), series.body());
        String seriesId = Client.object(series).getString("id");
        HttpResponse<String> cancelled = admin.send("PUT", "api/series/" + seriesId + "/occurrences/"
                + first.plusWeeks(1), "application/json", "{\"cancelled\": true}");
        assertEquals(200, cancelled.statusCode(), cancelled.body());

        ChromeDriver browser = desktop();
        browser.get(calendar("visning=liste&fylke=11&dato=" + first.minusDays(7)));
        List<WebElement> meetings = browser.findElements(By.xpath("//li[contains(@class,'cal-entry')]"
                + "[.//a[normalize-space()='Nettverk for kalendertesten i Rogaland']]"));
        assertEquals(4, meetings.size(), "the session and the three meetings");
        assertFalse(meetings.get(0).getText().contains("Del av en serie"), "a session is not a series");
        for (WebElement meeting : meetings.subList(1, 4)) {
            assertTrue(meeting.getText().contains("Del av en serie"), meeting.getText());
            assertTrue(meeting.getText().contains("13.00–15.00"), meeting.getText());
        }
        assertTrue(meetings.get(2).getText().startsWith("13.00–15.00\nAvlyst: "), meetings.get(2).getText());
        assertFalse(meetings.get(1).getText().contains("Avlyst"));
        assertEquals("line-through", meetings.get(2).findElement(By.cssSelector(".cal-what a"))
                .getCssValue("text-decoration-line"), "struck through as well as said");
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", meetings.get(2));
        Site.screenshot(browser, "calendar-series-desktop");

        browser.get(calendar("fylke=11&dato=" + first.plusWeeks(1)));
        assertTrue(cell(browser, first.plusWeeks(1)).getText().contains("Avlyst:"), "in the month grid too");
    }

    @Test
    void thePageWorksWithoutJavaScript() throws Exception {
        ChromeDriver browser = browser(1280, 1000, "--lang=nb-NO", "--blink-settings=scriptEnabled=false");
        browser.get(calendar("dato=" + webinarDay));
        new Select(browser.findElement(By.id("kalender"))).selectByVisibleText("Vestland");
        browser.findElement(By.cssSelector("#filter-type summary")).click();
        browser.findElement(By.cssSelector("label[for='k-type-webinar']")).click();
        browser.findElement(By.xpath("//button[normalize-space()='Vis kalenderen']")).click();
        await(browser).until(ExpectedConditions.urlContains("fylke=" + VESTLAND));
        assertTrue(browser.getCurrentUrl().contains("type=webinar"));
        assertEquals("Kalender for Vestland", browser.findElement(By.tagName("h1")).getText());
        assertTrue(cell(browser, webinarDay).getText().contains(webinar.getString("title")));
        browser.findElement(By.linkText("Liste")).click();
        await(browser).until(ExpectedConditions.urlContains("visning=liste"));
        assertTrue(listedDay(browser, webinarDay).getText().contains(webinar.getString("title")));
        browser.findElement(By.linkText("Fire uker senere")).click();
        await(browser).until(ExpectedConditions.urlContains("dato=" + webinarDay.plusDays(28)));
        assertTrue(browser.findElement(By.id("abonnement")).getAttribute("value").contains("/calendar/county/46.ics"),
                "the address is in the page itself");
    }

    @Test
    void aKeyboardAloneChoosesACountyAndBrowses() throws Exception {
        ChromeDriver browser = desktop();
        browser.get(calendar("dato=" + webinarDay));
        CatalogPageIT.tabTo(browser, e -> "kalender".equals(e.getAttribute("id")));
        new Actions(browser).sendKeys("Vestland").perform();
        CatalogPageIT.tabTo(browser, e -> "Vis kalenderen".equals(e.getText()));
        CatalogPageIT.press(browser, Keys.ENTER);
        await(browser).until(ExpectedConditions.urlContains("fylke=" + VESTLAND));
        CatalogPageIT.tabTo(browser, e -> "Neste måned".equals(e.getText().replace("\u00a0", " ").replace("→", "")
                .strip()));
        CatalogPageIT.press(browser, Keys.ENTER);
        await(browser).until(ExpectedConditions.urlContains("dato=" + webinarDay.withDayOfMonth(1).plusMonths(1)));
        WebElement link = CatalogPageIT.tabTo(browser, e -> e.getTagName().equals("a")
                && e.getAttribute("href").contains("/tilbudet?id="));
        String title = link.getText();
        CatalogPageIT.press(browser, Keys.ENTER);
        await(browser).until(ExpectedConditions.textToBe(By.tagName("h1"), title));
    }

    @Test
    void whatTheAddressGetsWrongIsExplainedAndTheRestShown() throws Exception {
        ChromeDriver browser = desktop();
        browser.get(calendar("fylke=" + VESTLAND + "&dato=18.12&tema=astrologi&tema=trauma"));
        WebElement summary = browser.findElement(By.cssSelector(".error-summary"));
        List<String> links = summary.findElements(By.tagName("a")).stream().map(a -> a.getDomAttribute("href"))
                .toList();
        assertEquals(List.of("#dato", "#filter-tema"), links.stream().sorted().toList());
        assertTrue(summary.getText().contains("Skriv datoen som ÅÅÅÅ-MM-DD"), summary.getText());
        assertEquals(monthTitle(LocalDate.now(OSLO), Locale.forLanguageTag("nb")), heading(browser), "today's month");
        assertTrue(browser.findElement(By.id("k-tema-trauma")).isSelected(), "the known topic is kept");
    }

    @Test
    void aPhoneGetsTheMonthAsAListAndNothingScrollsSideways() throws Exception {
        ChromeDriver browser = browser(360, 800);
        browser.get(calendar("fylke=" + VESTLAND + "&dato=" + webinarDay));
        assertFalse(browser.findElement(By.cssSelector("table.cal-month")).isDisplayed(), "no grid on a phone");
        assertTrue(listedDay(browser, webinarDay).getText().contains(webinar.getString("title")));
        for (WebElement day : browser.findElements(By.cssSelector(".cal-month-list .cal-day"))) {
            assertFalse(day.findElements(By.cssSelector(".cal-entry")).isEmpty(), "only the days with events");
        }
        for (String view : List.of("maaned", "uke", "liste")) {
            for (String scope : List.of("fylke=" + VESTLAND, "tema=trauma")) {
                browser.get(calendar("visning=" + view + "&" + scope + "&dato=" + webinarDay));
                Object overflow = browser.executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertEquals(0L, ((Number) overflow).longValue(), "no sideways scrolling: " + view + " " + scope);
            }
        }
    }

    @Test
    void everyViewPassesAxeInEveryLanguageOnADesktopAndAPhone() throws Exception {
        for (int[] size : new int[][]{{1280, 1000}, {360, 800}}) {
            ChromeDriver browser = browser(size[0], size[1]);
            for (String language : List.of("nb", "nn", "en")) {
                for (String query : List.of("fylke=" + VESTLAND + "&dato=" + webinarDay,
                        "visning=uke&fylke=" + VESTLAND + "&dato=" + webinarDay,
                        "visning=liste&region=sf-vestland&tema=trauma&tema=substance-use",
                        "tilbyder=rvts-vest&visning=liste", "dato=" + webinarDay, "dato=ikke-en-dato")) {
                    browser.get(calendar(query + "&lang=" + language));
                    Site.assertAccessible(browser, query + " " + language + " " + size[0] + " px");
                }
            }
        }
    }

    @Test
    void inEnglishTheCalendarSpeaksEnglishWithNorwegianTimes() throws Exception {
        ChromeDriver browser = desktop();
        browser.get(calendar("fylke=" + VESTLAND + "&dato=" + webinarDay + "&lang=en"));
        assertEquals("Calendar for Vestland", browser.findElement(By.tagName("h1")).getText());
        assertEquals(monthTitle(webinarDay, Locale.UK), heading(browser));
        assertTrue(cell(browser, webinarDay).getText().contains(hours(webinar, ":")));
        assertEquals("Next month", browser.findElement(By.cssSelector(".cal-browse a[rel=next]")).getText());
        assertTrue(browser.findElement(By.id("abonner")).getText().contains("Subscribe to the calendar"));
        browser.get(calendar("lang=nb"));
    }

    @Test
    void anUnknownCountyIsNotFoundAndTheMenuLeadsHere() throws Exception {
        HttpResponse<String> unknown = api.get("kalender?fylke=99");
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("class=\"site\""), "our own 404 page");
        assertEquals(404, api.get("kalender?tilbyder=finnes-ikke").statusCode());

        ChromeDriver browser = desktop();
        browser.get(Site.url("/"));
        browser.findElement(By.cssSelector("nav.menu")).findElement(By.linkText("Kalender")).click();
        await(browser).until(ExpectedConditions.urlContains("/kalender"));
        assertEquals("page", browser.findElement(By.cssSelector("nav.menu")).findElement(By.linkText("Kalender"))
                .getAttribute("aria-current"));
        assertEquals("Kalender for hele landet – Samkurs", browser.getTitle());
    }

    @Test
    void screenshotsOfEveryViewAtBothWidths() throws Exception {
        for (int[] size : new int[][]{{1280, 1000}, {360, 800}}) {
            ChromeDriver browser = browser(size[0], size[1]);
            String width = size[0] == 1280 ? "desktop" : "phone";
            for (String[] page : new String[][]{{"month", "fylke=" + VESTLAND + "&dato=" + webinarDay},
                    {"week", "visning=uke&fylke=" + VESTLAND + "&dato=" + webinarDay},
                    {"list", "visning=liste&fylke=" + VESTLAND + "&dato=" + webinarDay.minusDays(20)},
                    {"everywhere", "tema=trauma&dato=" + webinarDay},
                    {"month-en", "fylke=" + VESTLAND + "&dato=" + webinarDay + "&lang=en"}}) {
                browser.get(calendar(page[1]));
                long height = ((Number) browser.executeScript("return document.documentElement.scrollHeight"))
                        .longValue();
                browser.manage().window().setSize(new Dimension(size[0], (int) Math.min(height + 100, 8000)));
                Site.screenshot(browser, "calendar-" + page[0] + "-" + width);
                browser.manage().window().setSize(new Dimension(size[0], size[1]));
            }
        }
    }
}
