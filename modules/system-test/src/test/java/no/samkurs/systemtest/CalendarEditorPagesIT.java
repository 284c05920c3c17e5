package no.samkurs.systemtest;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static no.samkurs.systemtest.EditorPagesIT.await;
import static no.samkurs.systemtest.EditorPagesIT.awaitDone;
import static no.samkurs.systemtest.EditorPagesIT.replace;
import static no.samkurs.systemtest.EditorPagesIT.text;
import static no.samkurs.systemtest.EditorPagesIT.uniqueWord;
import static no.samkurs.systemtest.EditorPagesIT.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The calendar's pages besides /kalender, in a real browser against the shared site: the personal feed's address on
 * Min side (shown once, answering as a feed, ended by a new one and by switching off), following an offering from
 * its page, the editor's series of meetings (every second Tuesday without the autumn holiday, one meeting moved and
 * one cancelled, a malformed rule named at its field), the coordinator's overlaps with their marks and who is kept
 * out; axe-core on every page and state in bokmål and English, on a desktop and a 320 px phone.
 */
class CalendarEditorPagesIT {

    static final String EDITOR = Site.DEMO.get("provider-editor");
    static final String COORDINATOR = Site.DEMO.get("regional-coordinator");
    /** An editor at KoRUS Nord, another provider than the demo editor's RVTS Nord (EditorPagesIT makes it too). */
    static final String OTHER_EDITOR = "redaktor.korus@samkurs.no";
    static final String REGION = "sf-troms-og-finnmark";
    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    static final DateTimeFormatter NORWEGIAN = DateTimeFormatter.ofPattern("EEEE d. MMMM yyyy 'kl.' HH.mm",
            Locale.forLanguageTag("nb"));

    static Client admin;
    static Client editorApi;
    static Client otherEditorApi;

    ChromeDriver browser;

    @BeforeAll
    static void accounts() throws Exception {
        admin = new Client(Site.uri()).as(Site.DEMO.get("administrator"), Site.PASSWORD);
        HttpResponse<String> created = admin.postJson("api/people", """
                {"email": "%s", "name": "Kari KoRUS (redaktør)", "password": "%s",
                 "roles": ["provider-editor"], "organisation": "korus-nord"}""".formatted(OTHER_EDITOR, Site.PASSWORD));
        assertTrue(created.statusCode() == 201 || created.statusCode() == 409, created.body());
        editorApi = new Client(Site.uri()).as(EDITOR, Site.PASSWORD);
        otherEditorApi = new Client(Site.uri()).as(OTHER_EDITOR, Site.PASSWORD);
        CatalogIT.awaitSearch(editorApi);
    }

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.open(1280, 1000);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void theFeedAddressIsShownOnceAnswersAndStopsWhenMadeAnewOrSwitchedOff() throws Exception {
        Site.signIn(browser, participant());
        browser.get(Site.url("/min-side"));
        assertTrue(text(browser, "#ingen-adresse").startsWith("Du har ingen kalenderadresse ennå."));
        browser.findElement(By.id("lag-kalender:lag")).click();
        await(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("kalenderadresse")));
        assertTrue(text(browser, "#ny-kalenderadresse").contains("Kopier adressen nå – av sikkerhetshensyn viser vi "
                + "den bare denne ene gangen. Lager du en ny adresse, slutter den gamle å virke."));
        String first = value(browser, "kalenderadresse");
        assertTrue(first.matches("http://127\\.0\\.0\\.1:\\d+/calendar/personal/[A-Za-z0-9_-]{43}\\.ics"), first);
        assertEquals(first.replace("http://", "webcal://"), browser.findElement(By.id("webcal")).getAttribute("href"));
        HttpResponse<String> feed = feed(first);
        assertEquals(200, feed.statusCode(), "the address is a feed");
        assertTrue(feed.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        assertTrue(feed.body().startsWith("BEGIN:VCALENDAR"), feed.body());

        browser.get(Site.url("/min-side"));
        assertTrue(browser.findElements(By.id("kalenderadresse")).isEmpty(), "shown once only");
        assertFalse(browser.getPageSource().contains(token(first)), "the secret is nowhere on the page");
        assertTrue(text(browser, "#adresse-status").contains("Av sikkerhetshensyn viser vi den ikke igjen."));

        browser.findElement(By.id("ny-adresse")).click();
        await(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("ny-kalender:bekreft")));
        assertEquals("Lage en ny kalenderadresse?", text(browser, "#ny-adresse-overskrift"));
        browser.findElement(By.id("ny-kalender:bekreft")).click();
        await(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("kalenderadresse")));
        String second = value(browser, "kalenderadresse");
        assertNotEquals(first, second);
        assertEquals(404, feed(first).statusCode(), "the old address ends when a new one is made");
        assertEquals(200, feed(second).statusCode());

        browser.get(Site.url("/min-side"));
        browser.findElement(By.id("kalender-av:sla-av")).click();
        await(browser).until(ExpectedConditions.urlContains("melding=kalender-av"));
        assertEquals("Kalenderadressen er slått av og virker ikke lenger.", text(browser, "#kalender-melding"));
        assertEquals(404, feed(second).statusCode(), "switched off");
        assertTrue(browser.findElements(By.id("ingen-adresse")).size() == 1);
    }

    @Test
    void followingFromTheOfferingPageShowsTheOfferingOnMinSide() throws Exception {
        JsonObject offering = publishedOffering();
        String id = offering.getString("id");
        String title = offering.getString("title");
        HttpResponse<String> anonymous = new Client(Site.uri()).get("tilbudet?id=" + id);
        assertEquals(200, anonymous.statusCode());
        assertTrue(anonymous.body().contains("Logg inn for å følge"));
        assertFalse(anonymous.body().contains("folg-knapp"), "no form for the anonymous");
        assertTrue(anonymous.headers().allValues("Set-Cookie").isEmpty(), "the page stays stateless");

        String me = participant();
        Site.signIn(browser, me);
        browser.get(Site.url("/tilbudet?id=" + id));
        assertEquals("Følg i min kalender", text(browser, "#folg-knapp"));
        browser.findElement(By.id("folg-knapp")).click();
        await(browser).until(ExpectedConditions.urlContains("fulgt=ja"));
        assertTrue(browser.getCurrentUrl().contains("/tilbudet?id=" + id), browser.getCurrentUrl());
        assertTrue(text(browser, "#folg-melding").startsWith("Du følger nå tilbudet"));
        assertEquals("Slutt å følge", text(browser, "#folg-knapp"));

        browser.get(Site.url("/min-side"));
        WebElement followed = browser.findElement(By.xpath("//ul[@class='follow-list']/li[.//a[@href='/tilbudet?id="
                + id + "']]"));
        assertTrue(followed.getText().contains(title), followed.getText());

        Client asMe = new Client(Site.uri()).as(me, Site.PASSWORD);
        HttpResponse<String> forged = asMe.postForm("folg?tilbud=" + id, Map.of("handling", "slutt", "kontroll", "gjett"));
        assertEquals(200, forged.statusCode(), "a post without the session's check value only asks");
        assertTrue(forged.body().contains("folg-skjema:slutt"), forged.body());
        browser.navigate().refresh();
        assertEquals(1, browser.findElements(By.cssSelector("ul.follow-list li")).size(), "still followed");

        browser.findElement(By.cssSelector("ul.follow-list li input[type=submit]")).click();
        await(browser).until(ExpectedConditions.urlContains("melding=sluttet"));
        assertEquals("Du følger ikke lenger tilbudet.", text(browser, "#fulgte-melding"));
        assertTrue(text(browser, "#ingen-fulgte").startsWith("Du følger ingen tilbud ennå."));
    }

    @Test
    void anEditorPlansEverySecondTuesdaySkipsTheAutumnHolidayMovesOneMeetingAndCancelsAnother() throws Exception {
        String id = network("Læringsnettverk " + uniqueWord());
        LocalDate first = tuesdayAfter(21);
        LocalDate holiday = first.plusWeeks(4);
        LocalDate until = first.plusWeeks(12);
        Site.signIn(browser, EDITOR);
        browser.get(Site.url("/redaktor/tilbud?id=" + id));
        browser.findElement(By.id("moteserie")).click();
        await(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("serieskjema:lagre")));
        replace(browser, "serieskjema:title", "Nettverkssamling");
        set("serieskjema:firstDate", first.toString());
        set("serieskjema:startTime", "13:00");
        set("serieskjema:endTime", "15:00");
        browser.findElement(By.id("serie-repetition-every-second-week")).click();
        set("serieskjema:until", until.toString());
        replace(browser, "serieskjema:excluded", holiday.minusDays(1) + " – " + holiday.plusDays(4));
        replace(browser, "serieskjema:location", "Teams");
        browser.findElement(By.id("serieskjema:lagre")).click();
        awaitDone(browser, "Møteserien er opprettet.");

        List<WebElement> meetings = browser.findElements(By.cssSelector("ol.series-meetings > li"));
        assertEquals(6, meetings.size(), "seven Tuesdays, one in the autumn holiday");
        assertTrue(browser.findElements(By.id("mote-" + holiday)).isEmpty(), "the holiday has no meeting");
        assertEquals(NORWEGIAN.format(first.atTime(13, 0)) + "–15.00", text(browser, "[id='mote-" + first + "'] time"));
        assertEquals(until.toString(), value(browser, "serieskjema:until"), "the stored rule reads back as the choices");
        assertTrue(browser.findElement(By.id("serie-repetition-every-second-week")).isSelected());

        LocalDate moved = first.plusWeeks(2);
        browser.findElement(By.cssSelector("[id='mote-" + moved + "'] a.button")).click();
        await(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("flytting:flytt")));
        set("flytting:moveDate", moved.plusDays(1).toString());
        set("flytting:moveStart", "14:00");
        set("flytting:moveEnd", "16:00");
        browser.findElement(By.id("flytting:flytt")).click();
        awaitDone(browser, "Møtet er flyttet.");
        String movedText = text(browser, "[id='mote-" + moved + "']");
        assertTrue(movedText.contains(NORWEGIAN.format(moved.plusDays(1).atTime(14, 0)) + "–16.00"), movedText);
        assertTrue(movedText.contains("Flyttet, skulle vært"), movedText);

        LocalDate cancelled = first.plusWeeks(6);
        browser.findElement(By.cssSelector("[id='mote-" + cancelled + "'] input[value='Avlys']")).click();
        awaitDone(browser, "Møtet er avlyst.");
        assertTrue(text(browser, "[id='mote-" + cancelled + "']").contains("Avlyst"));
        assertFalse(browser.findElements(By.cssSelector("[id='mote-" + cancelled + "'] input[value='Gjenopprett']"))
                .isEmpty(), "a cancelled meeting can be restored");

        JsonObject series = Client.array(editorApi.get("api/offerings/" + id + "/series")).getJsonObject(0);
        assertTrue(series.getString("rule").contains("INTERVAL=2") && series.getString("rule").contains("BYDAY=TU"),
                series.getString("rule"));
        assertEquals(List.of(holiday.toString()), series.getJsonArray("excludedDates").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        JsonArray occurrences = series.getJsonArray("occurrences");
        assertEquals(6, occurrences.size());
        JsonObject movedOne = occurrence(occurrences, moved);
        assertTrue(movedOne.getBoolean("moved") && movedOne.getString("start").startsWith(moved.plusDays(1) + "T14:00"),
                movedOne.toString());
        assertTrue(occurrence(occurrences, cancelled).getBoolean("cancelled"));

        // The offering's page lists the series' meetings, the moved one at its new time, the cancelled one as such.
        browser.get(Site.url("/tilbudet?id=" + id));
        String page = text(browser, "section[aria-labelledby='tid']");
        assertTrue(page.contains("Nettverkssamling"), page);
        assertTrue(page.contains(NORWEGIAN.format(moved.plusDays(1).atTime(14, 0)) + "–16.00"), page);
        assertTrue(page.contains("Avlyst") && page.contains("Flyttet"), page);
        assertFalse(page.contains(NORWEGIAN.format(holiday.atTime(13, 0))), "the excluded date is not listed");
        Site.assertAccessible(browser, "offering page with a series");
    }

    @Test
    void aMalformedOwnRuleAndAMissingLastDateAreNamedAtTheirFields() throws Exception {
        String id = network("Regel " + uniqueWord());
        Site.signIn(browser, EDITOR);
        browser.get(Site.url("/redaktor/serie?tilbud=" + id));
        set("serieskjema:firstDate", tuesdayAfter(21).toString());
        set("serieskjema:startTime", "13:00");
        set("serieskjema:endTime", "15:00");
        browser.findElement(By.id("serieskjema:lagre")).click();
        await(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("feil")));
        assertEquals("Velg siste mulige dato for serien.", text(browser, "[id='serieskjema:until-feil']"));
        assertEquals("#serieskjema:until", browser.findElement(By.linkText("Velg siste mulige dato for serien."))
                .getAttribute("hash"));

        browser.findElement(By.id("serie-repetition-own-rule")).click();
        replace(browser, "serieskjema:rule", "FREQ=AV OG TIL;BYDAY=TU");
        browser.findElement(By.id("serieskjema:lagre")).click();
        await(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("feil"), "RFC 5545"));
        String message = text(browser, "[id='serieskjema:rule-feil']");
        assertTrue(message.startsWith("Gjentakelsesregelen er ikke gyldig etter RFC 5545."), message);
        assertEquals("#serieskjema:rule", browser.findElement(By.cssSelector("#feil a")).getAttribute("hash"));
        assertEquals("true", browser.findElement(By.id("serieskjema:rule")).getAttribute("aria-invalid"));
        assertEquals("FREQ=AV OG TIL;BYDAY=TU", value(browser, "serieskjema:rule"), "the input stays");
        assertTrue(browser.findElement(By.id("serie-repetition-own-rule")).isSelected());
        assertEquals(0, Client.array(editorApi.get("api/offerings/" + id + "/series")).size(), "nothing stored");
    }

    @Test
    void aStaleSeriesEditShowsTheOthersChangeKeepsMineAndTheRedoIsSaved() throws Exception {
        String id = network("Utdatert " + uniqueWord());
        LocalDate first = tuesdayAfter(21);
        HttpResponse<String> planned = editorApi.postJson("api/offerings/" + id + "/series",
                seriesJson(first, null, "Nettverkssamling"));
        assertEquals(201, planned.statusCode(), planned.body());
        String series = Client.object(planned).getString("id");
        Site.signIn(browser, EDITOR);
        browser.get(Site.url("/redaktor/serie?tilbud=" + id + "&serie=" + series));
        changeSeries(series, id, first, "Samling fra Ola");

        replace(browser, "serieskjema:location", "Møterom Tromsø");
        browser.findElement(By.id("serieskjema:lagre")).click();
        await(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("utdatert")));
        String stale = text(browser, "#utdatert");
        assertTrue(stale.contains("Noen andre har lagret møteserien mens du redigerte"), stale);
        assertTrue(stale.contains("Samling fra Ola"), "the other's title is shown: " + stale);
        assertEquals("Samling fra Ola", value(browser, "serieskjema:title"), "their change is not undone");
        assertEquals("Møterom Tromsø", value(browser, "serieskjema:location"), "my input is kept");

        browser.findElement(By.id("serieskjema:lagre")).click();
        awaitDone(browser, "Endringene er lagret.");
        JsonObject saved = Client.object(editorApi.get("api/series/" + series));
        assertEquals("Samling fra Ola", saved.getString("title"));
        assertEquals("Møterom Tromsø", saved.getString("location"), "no lost update");
    }

    @Test
    void aCoordinatorMarksAPairOfOverlappingOfferingsAndOthersAreKeptOut() throws Exception {
        String word = uniqueWord();
        String a = published(editorApi, "Traumer i skolen " + word, 60);
        String b = published(otherEditorApi, "Trygg skole etter vold " + word, 63);
        String anchor = "par-" + (a.compareTo(b) < 0 ? a + "-" + b : b + "-" + a);

        Site.signIn(browser, COORDINATOR);
        browser.get(Site.url("/koordinator"));
        browser.findElement(By.cssSelector("#til-overlapp a")).click();
        await(browser).until(ExpectedConditions.urlContains("/koordinator/overlapp"));
        assertEquals("Overlapp", text(browser, "nav.menu a[aria-current=page]"), "the menu says where one is");
        String pair = text(browser, "[id='" + anchor + "']");
        for (String expected : List.of("Traumer i skolen " + word, "Trygg skole etter vold " + word, "RVTS Nord",
                "KoRUS Nord", "Samme tema: Traumer", "Samme målgruppe: Skole", "Begge gjelder: Troms",
                "Øktene ligger 3 dager fra hverandre", "Ikke merket ennå.")) {
            assertTrue(pair.contains(expected), expected + " in " + pair);
        }

        mark(anchor, "coordinated", "RVTS tar høsten, KoRUS våren.");
        assertEquals("Merket er lagret.", text(browser, "#melding"));
        pair = text(browser, "[id='" + anchor + "']");
        assertTrue(pair.contains("Samordnet merket av Kristin Koordinator"), pair);
        assertTrue(pair.contains("Notat: RVTS tar høsten, KoRUS våren."), pair);

        mark(anchor, "conflict", "Samme uke, samme målgruppe.");
        pair = text(browser, "[id='" + anchor + "']");
        assertTrue(pair.contains("Konflikt merket av Kristin Koordinator"), pair);
        JsonObject marked = overlap(a, b);
        assertEquals("conflict", marked.getJsonObject("mark").getJsonObject("state").getString("code"));

        open(browser, anchor).findElement(By.cssSelector("input[value='Fjern merket']")).click();
        await(browser).until(ExpectedConditions.urlContains("melding=fjernet"));
        assertTrue(text(browser, "[id='" + anchor + "']").contains("Ikke merket ennå."));
        JsonObject unmarked = overlap(a, b);
        assertTrue(!unmarked.containsKey("mark") || unmarked.isNull("mark"), unmarked.toString());

        browser.get(Site.url("/koordinator/overlapp?vindu=mange"));
        assertEquals("#vindu", browser.findElement(By.cssSelector("#feil a")).getAttribute("hash"));
        assertEquals("true", browser.findElement(By.id("vindu")).getAttribute("aria-invalid"));

        assertEquals(403, editorApi.get("koordinator/overlapp").statusCode(), "an editor");
        assertEquals(403, new Client(Site.uri()).as(Site.DEMO.get("participant"), Site.PASSWORD)
                .get("koordinator/overlapp").statusCode(), "a participant");
        assertEquals(403, new Client(Site.uri()).as(COORDINATOR, Site.PASSWORD)
                .get("koordinator/overlapp?region=sf-vestland").statusCode(), "another region's");
        HttpResponse<String> anonymous = new Client(Site.uri()).get("koordinator/overlapp");
        assertEquals(302, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Location").orElse("").endsWith("/login?neste=%2Fkoordinator%2Foverlapp"));
        HttpResponse<String> administrator = admin.get("koordinator/overlapp?region=" + REGION);
        assertEquals(200, administrator.statusCode());
        assertTrue(administrator.body().contains(anchor), "administrators choose a region");
    }

    @Test
    void makingTheAddressFollowingAndMarkingWorkWithoutJavaScript() throws Exception {
        browser.quit();
        browser = Browser.open(320, 800, "--blink-settings=scriptEnabled=false");
        Site.signIn(browser, participant());
        String id = publishedOffering().getString("id");
        browser.get(Site.url("/tilbudet?id=" + id));
        browser.findElement(By.id("folg-knapp")).click();
        await(browser).until(ExpectedConditions.urlContains("fulgt=ja"));
        browser.get(Site.url("/min-side"));
        browser.findElement(By.id("lag-kalender:lag")).click();
        await(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("kalenderadresse")));
        assertEquals(200, feed(value(browser, "kalenderadresse")).statusCode());
        assertEquals(1, browser.findElements(By.cssSelector("ul.follow-list li")).size());

        String a = published(editorApi, "Uten skript " + uniqueWord(), 80);
        String b = published(otherEditorApi, "Traumer i skolen uten skript " + uniqueWord(), 81);
        String anchor = "par-" + (a.compareTo(b) < 0 ? a + "-" + b : b + "-" + a);
        browser.quit();
        browser = Browser.open(320, 800, "--blink-settings=scriptEnabled=false");
        Site.signIn(browser, COORDINATOR);
        browser.get(Site.url("/koordinator/overlapp"));
        mark(anchor, "conflict", "Samme dag neste år.");
        assertTrue(text(browser, "[id='" + anchor + "']").contains("Konflikt merket av"));
        open(browser, anchor).findElement(By.cssSelector("input[value='Fjern merket']")).click();
        await(browser).until(ExpectedConditions.urlContains("melding=fjernet"));
    }

    @Test
    void everyPageAndStateIsAccessibleInBokmalAndEnglishOnDesktopAndPhone() throws Exception {
        String participant = participant();
        Client asParticipant = new Client(Site.uri()).as(participant, Site.PASSWORD);
        JsonObject offering = publishedOffering();
        String followed = offering.getString("id");
        assertEquals(200, asParticipant.send("PUT", "api/me/follows/" + followed, "application/json", "").statusCode());
        String network = network("Tilgjengelig nettverk " + uniqueWord());
        LocalDate first = tuesdayAfter(21);
        HttpResponse<String> planned = editorApi.postJson("api/offerings/" + network + "/series", seriesJson(first,
                null, "Nettverkssamling"));
        assertEquals(201, planned.statusCode(), planned.body());
        String series = Client.object(planned).getString("id");
        String seriesPage = "/redaktor/serie?tilbud=" + network + "&serie=" + series;
        published(editorApi, "Traumer for skolen " + uniqueWord(), 70);
        browser.quit();
        for (int[] size : List.of(new int[]{1280, 1000}, new int[]{320, 800})) {
            String width = size[0] > 600 ? "desktop" : "phone";
            ChromeDriver anonymous = Browser.open(size[0], size[1]);
            ChromeDriver person = Browser.open(size[0], size[1]);
            ChromeDriver editor = Browser.open(size[0], size[1]);
            ChromeDriver coordinator = Browser.open(size[0], size[1]);
            try {
                Site.signIn(person, participant);
                Site.signIn(editor, EDITOR);
                Site.signIn(coordinator, COORDINATOR);
                for (String lang : List.of("nb", "en")) {
                    String name = width + " " + lang;
                    check(anonymous, "/tilbudet?id=" + followed + "&lang=" + lang, "offering, anonymous " + name,
                            "tilbudet-anonym-" + width, lang);
                    check(person, "/tilbudet?id=" + followed + "&lang=" + lang, "offering, followed " + name,
                            "tilbudet-fulgt-" + width, lang);
                    check(person, "/folg?tilbud=" + followed + "&lang=" + lang, "follow confirmation " + name,
                            "folg-" + width, lang);
                    check(person, "/min-side?lang=" + lang, "Min side " + name, null, lang);
                    person.findElement(By.cssSelector("[id='lag-kalender:lag'], [id='ny-adresse']")).click();
                    if (!person.findElements(By.id("ny-kalender:bekreft")).isEmpty()) {
                        accessible(person, "Min side, confirming a new address " + name);
                        shoot(person, "min-side-bekreft-" + width, lang);
                        person.findElement(By.id("ny-kalender:bekreft")).click();
                    }
                    await(person).until(ExpectedConditions.presenceOfElementLocated(By.id("kalenderadresse")));
                    accessible(person, "Min side, a new address " + name);
                    shoot(person, "min-side-ny-adresse-" + width, lang);
                    check(person, "/min-side?lang=" + lang, "Min side with an address " + name,
                            "min-side-kalender-" + width, lang);

                    check(editor, "/redaktor/tilbud?id=" + network + "&lang=" + lang, "offering editor " + name,
                            null, lang);
                    check(editor, "/redaktor/serie?tilbud=" + network + "&lang=" + lang, "new series " + name,
                            "serie-ny-" + width, lang);
                    editor.findElement(By.id("serieskjema:lagre")).click();
                    await(editor).until(ExpectedConditions.presenceOfElementLocated(By.id("feil")));
                    accessible(editor, "new series with errors " + name);
                    shoot(editor, "serie-feil-" + width, lang);
                    check(editor, seriesPage + "&lang=" + lang, "stored series " + name, "serie-lagret-" + width, lang);
                    check(editor, seriesPage + "&flytt=" + first.plusWeeks(2) + "&lang=" + lang, "moving a meeting "
                            + name, "serie-flytt-" + width, lang);
                    check(editor, seriesPage + "&avlys=true&lang=" + lang, "cancelling the series " + name, null,
                            lang);
                    editor.get(Site.url(seriesPage + "&lang=" + lang));
                    changeSeries(series, network, first, "Endret av en annen " + name);
                    editor.findElement(By.id("serieskjema:lagre")).click();
                    await(editor).until(ExpectedConditions.presenceOfElementLocated(By.id("utdatert")));
                    accessible(editor, "stale series " + name);
                    shoot(editor, "serie-utdatert-" + width, lang);

                    check(coordinator, "/koordinator?lang=" + lang, "coordinator " + name, null, lang);
                    check(coordinator, "/koordinator/overlapp?lang=" + lang, "overlaps " + name,
                            "overlapp-" + width, lang);
                    WebElement firstPair = open(coordinator, coordinator.findElement(By.cssSelector("li.overlap"))
                            .getAttribute("id"));
                    coordinator.executeScript("arguments[0].querySelectorAll('input[type=radio]')"
                            + ".forEach(r => r.checked = false)", firstPair);
                    firstPair.findElement(By.cssSelector("input[type=submit]")).click();
                    await(coordinator).until(ExpectedConditions.presenceOfElementLocated(By.id("feil")));
                    accessible(coordinator, "overlaps, a mark without a state " + name);
                    shoot(coordinator, "overlapp-feil-" + width, lang);
                    check(coordinator, "/koordinator/overlapp?vindu=mange&lang=" + lang, "overlaps, a bad window "
                            + name, null, lang);
                }
            } finally {
                for (ChromeDriver driver : List.of(person, editor, coordinator)) {
                    driver.get(Site.url("/min-side?lang=nb"));
                }
                for (ChromeDriver driver : List.of(anonymous, person, editor, coordinator)) {
                    driver.quit();
                }
            }
        }
        browser = Browser.open(1280, 1000);
    }

    /** Opens a page, checks its language and axe, and screenshots it in bokmål if named. */
    static void check(ChromeDriver driver, String path, String name, String screenshot, String lang)
            throws Exception {
        driver.get(Site.url(path));
        assertEquals(lang, driver.findElement(By.tagName("html")).getAttribute("lang"), name);
        accessible(driver, name);
        if (screenshot != null) {
            shoot(driver, screenshot, lang);
        }
    }

    /** axe-core finds nothing, and nothing is wider than the window (a 320 px phone scrolls only downwards). */
    static void accessible(ChromeDriver driver, String name) {
        Site.assertAccessible(driver, name);
        Number overflow = (Number) driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Object wide = overflow.intValue() <= 0 ? "" : driver.executeScript(
                "return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right"
                        + " > document.documentElement.clientWidth).map(e => e.tagName + '#' + e.id + '.'"
                        + " + e.className + ' ' + e.textContent.trim().slice(0, 40)).join('; ')");
        assertTrue(overflow.intValue() <= 0, name + " is " + overflow + " px wider than the window: " + wide);
    }

    static void shoot(ChromeDriver driver, String name, String lang) throws Exception {
        if (lang.equals("nb")) {
            Site.screenshot(driver, "kalender-" + name);
        }
    }

    /** Marks a pair on the overlaps page (state and note) and waits for the page to say so. */
    void mark(String anchor, String state, String note) {
        WebElement pair = open(browser, anchor);
        pair.findElement(By.cssSelector("input[value='" + state + "']")).click();
        WebElement field = pair.findElement(By.tagName("textarea"));
        field.clear();
        field.sendKeys(note);
        pair.findElement(By.cssSelector("input[value='Lagre merket']")).click();
        // The address says "melding=merket" already after an earlier mark: wait for the new page itself.
        await(browser).until(ExpectedConditions.stalenessOf(pair));
        await(browser).until(ExpectedConditions.urlContains("melding=merket"));
    }

    /** The pair on the overlaps page with its form opened (it is folded away until one wants to mark). */
    static WebElement open(ChromeDriver driver, String anchor) {
        WebElement pair = driver.findElement(By.id(anchor));
        WebElement details = pair.findElement(By.tagName("details"));
        if (details.getAttribute("open") == null) {
            details.findElement(By.tagName("summary")).click();
        }
        return pair;
    }

    /** The region's pair of the two offerings as the coordinators' API shows it. */
    static JsonObject overlap(String a, String b) throws Exception {
        Client coordinator = new Client(Site.uri()).as(COORDINATOR, Site.PASSWORD);
        return Client.object(coordinator.get("api/regions/" + REGION + "/overlaps")).getJsonArray("overlaps")
                .getValuesAs(JsonObject.class).stream()
                .filter(o -> List.of(a, b).contains(o.getJsonObject("first").getString("id"))
                        && List.of(a, b).contains(o.getJsonObject("second").getString("id")))
                .findFirst().orElseThrow();
    }

    /** Sets a date or time input the way the browser holds its value. */
    void set(String id, String value) {
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), value);
    }

    static JsonObject occurrence(JsonArray occurrences, LocalDate date) {
        return occurrences.getValuesAs(JsonObject.class).stream().filter(o -> o.getString("date").equals(date.toString()))
                .findFirst().orElseThrow();
    }

    /** A participant of its own, so that what one test follows or makes is nobody else's. */
    static String participant() {
        String email = "deltaker." + uniqueWord() + "@samkurs.no";
        HttpResponse<String> created = admin.postJson("api/people", """
                {"email": "%s", "name": "Per Deltaker", "password": "%s", "roles": ["participant"],
                 "municipality": "5601"}""".formatted(email, Site.PASSWORD));
        assertEquals(201, created.statusCode(), created.body());
        return email;
    }

    /** A published offering ahead that anyone may read. */
    static JsonObject publishedOffering() {
        return Client.object(editorApi.get("api/offerings?kind=webinar&sort=date&size=5")).getJsonArray("items")
                .getJsonObject(0);
    }

    /** A learning network (a draft of RVTS Nord) to plan meetings for. */
    static String network(String title) {
        HttpResponse<String> created = editorApi.postJson("api/offerings", """
                {"kind": "network", "delivery": "digital", "title": "%s", "summary": "Et nettverk fra testen.",
                 "topics": ["trauma"], "targetGroups": ["school"], "counties": ["55"], "sessions": []}"""
                .formatted(title));
        assertEquals(201, created.statusCode(), created.body());
        return Client.object(created).getString("id");
    }

    /** A published course on trauma for schools in Troms, with one session the given number of days ahead. */
    static String published(Client as, String title, int inDays) {
        LocalDate day = LocalDate.now(OSLO).plusDays(inDays);
        HttpResponse<String> created = as.postJson("api/offerings", """
                {"kind": "course", "delivery": "digital", "title": "%s", "summary": "Laget av testen.",
                 "topics": ["trauma"], "targetGroups": ["school"], "counties": ["55"],
                 "sessions": [{"start": "%sT09:00", "end": "%sT11:00"}]}""".formatted(title, day, day));
        assertEquals(201, created.statusCode(), created.body());
        String id = Client.object(created).getString("id");
        HttpResponse<String> published = as.postJson("api/offerings/" + id + "/publish", "");
        assertEquals(200, published.statusCode(), published.body());
        return id;
    }

    static String seriesJson(LocalDate first, Long version, String title) {
        return """
                {%s"title": "%s", "firstDate": "%s", "start": "13:00", "end": "15:00",
                 "rule": "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=%s", "excludedDates": ["%s"], "location": "Teams"}"""
                .formatted(version == null ? "" : "\"version\": " + version + ", ", title, first,
                        first.plusWeeks(12).toString().replace("-", ""), first.plusWeeks(4));
    }

    /** Someone else's save of the series, on the version now stored. */
    static void changeSeries(String series, String offering, LocalDate first, String title) {
        long version = Client.object(editorApi.get("api/series/" + series)).getJsonNumber("version").longValue();
        HttpResponse<String> changed = editorApi.send("PUT", "api/series/" + series, "application/json",
                seriesJson(first, version, title));
        assertEquals(200, changed.statusCode(), changed.body());
    }

    static LocalDate tuesdayAfter(int days) {
        return LocalDate.now(OSLO).plusDays(days).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
    }

    static String token(String address) {
        return address.substring(address.lastIndexOf('/') + 1, address.length() - ".ics".length());
    }

    static HttpResponse<String> feed(String address) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(address)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
