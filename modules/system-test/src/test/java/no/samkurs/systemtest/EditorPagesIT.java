package no.samkurs.systemtest;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The provider editor's and the regional coordinator's pages in a real browser against the shared site: an offering
 * created with its sessions, a co-host invited and accepting, published and found; a stale edit that loses nobody's
 * work; cancelling with a reason; errors next to their fields; who may come in; the create flow by keyboard alone;
 * the coordinator's drafts and filters; WCAG 2.1 AA on every page state in every language, on desktop and phone.
 */
class EditorPagesIT {

    static final String EDITOR = Site.DEMO.get("provider-editor");
    static final String COORDINATOR = Site.DEMO.get("regional-coordinator");
    /** An editor of another organisation, KoRUS Nord, made by the administrator: the co-host. */
    static final String CO_HOST_EDITOR = "redaktor.korus@samkurs.no";
    static final LocalDate DAY = LocalDate.now().plusDays(90);

    static Client editorApi;

    ChromeDriver browser;

    @BeforeAll
    static void accounts() throws Exception {
        Client admin = new Client(Site.uri()).as(Site.DEMO.get("administrator"), Site.PASSWORD);
        HttpResponse<String> created = admin.postJson("api/people", """
                {"email": "%s", "name": "Kari KoRUS (redaktør)", "password": "%s",
                 "roles": ["provider-editor"], "organisation": "korus-nord"}""".formatted(CO_HOST_EDITOR, Site.PASSWORD));
        assertTrue(created.statusCode() == 201 || created.statusCode() == 409, created.body());
        editorApi = new Client(Site.uri()).as(EDITOR, Site.PASSWORD);
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
    void anEditorCreatesInvitesTheCoHostAcceptsTheLeadPublishesAndItIsFound() throws Exception {
        String word = uniqueWord();
        Site.signIn(browser, EDITOR);
        browser.get(Site.url("/redaktor"));
        browser.findElement(By.linkText("Nytt tilbud")).click();
        fillOffering(browser, "Traumer i skolen " + word);
        session(browser, 0, DAY, "09:00", "11:30");
        postback(browser, "tilbud:addSession");
        assertEquals("Traumer i skolen " + word, value(browser, "tilbud:title"), "the input survives adding a row");
        session(browser, 1, DAY.plusDays(7), "09:00", "11:30");
        browser.findElement(By.id("tilbud:okter:1:sessionTitle")).sendKeys("Dag 2");
        browser.findElement(By.id("tilbud:lagre")).click();
        awaitDone(browser, "Utkastet er opprettet.");
        assertEquals(2, browser.findElements(By.cssSelector("fieldset.ed-row")).size(), "both sessions stored");
        String id = browser.getCurrentUrl().replaceAll(".*id=([^&]+).*", "$1");

        new Select(browser.findElement(By.id("medarrangorer:organisation"))).selectByValue("korus-nord");
        browser.findElement(By.id("medarrangorer:inviter")).click();
        awaitDone(browser, "Invitasjonen er sendt.");
        assertTrue(text(browser, "ul.ed-cohosts").contains("KoRUS Nord Invitert"), text(browser, "ul.ed-cohosts"));

        browser.findElement(By.id("publisering:publiser")).click();
        await(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("feil")));
        assertTrue(text(browser, "#feil").contains("Venter på svar fra invitert medarrangør: KoRUS Nord."),
                "the catalog says why not: " + text(browser, "#feil"));

        ChromeDriver coHost = Browser.open(1280, 1000);
        try {
            Site.signIn(coHost, CO_HOST_EDITOR);
            coHost.get(Site.url("/redaktor"));
            WebElement invitation = coHost.findElement(By.xpath(
                    "//form[@id='invitasjoner']//li[.//a[contains(., '" + word + "')]]"));
            assertTrue(invitation.getText().contains("Invitert av RVTS Nord"), invitation.getText());
            invitation.findElement(By.cssSelector("input[value='Takk ja']")).click();
            awaitDone(coHost, "Du takket ja.");
            assertTrue(text(coHost, "#mine-tilbud").contains("Traumer i skolen " + word), "now among theirs");
        } finally {
            coHost.quit();
        }

        browser.get(Site.url("/redaktor/tilbud?id=" + id));
        assertTrue(text(browser, "ul.ed-cohosts").contains("KoRUS Nord Takket ja"));
        browser.findElement(By.id("publisering:publiser")).click();
        awaitDone(browser, "Tilbudet er publisert.");
        assertEquals(1, awaitTotal("q=" + word, 1), "found in the search");
    }

    @Test
    void aStaleEditShowsTheOthersChangeKeepsMyInputAndTheRedoIsSaved() throws Exception {
        String id = createByApi("Stale " + uniqueWord(), "55");
        Site.signIn(browser, EDITOR);
        ChromeDriver other = Browser.open(1280, 1000);
        try {
            Site.signIn(other, EDITOR);
            browser.get(Site.url("/redaktor/tilbud?id=" + id));
            other.get(Site.url("/redaktor/tilbud?id=" + id));

            replace(other, "tilbud:title", "Tittel fra Ola");
            replace(other, "tilbud:description", "Beskrivelse fra Ola.");
            other.findElement(By.id("tilbud:lagre")).click();
            awaitDone(other, "Endringene er lagret.");
        } finally {
            other.quit();
        }

        replace(browser, "tilbud:title", "Tittel fra Kari");
        replace(browser, "tilbud:summary", "Sammendrag fra Kari.");
        browser.findElement(By.id("tilbud:lagre")).click();
        await(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("utdatert")));
        String stale = text(browser, "#utdatert");
        assertTrue(stale.contains("Noen andre har lagret tilbudet mens du redigerte"), stale);
        assertTrue(stale.contains("Tittel fra Ola"), "the other's title is shown: " + stale);
        assertTrue(stale.contains("Beskrivelse fra Ola."), "and their description: " + stale);
        assertTrue(stale.contains("Begge har endret dette feltet"), "the title both changed is marked: " + stale);
        assertEquals("Tittel fra Kari", value(browser, "tilbud:title"), "my input is kept");
        assertEquals("Sammendrag fra Kari.", value(browser, "tilbud:summary"));
        assertEquals("Beskrivelse fra Ola.", value(browser, "tilbud:description"), "their change is not undone");
        Site.screenshot(browser, "editor-stale-desktop");

        browser.findElement(By.id("tilbud:lagre")).click();
        awaitDone(browser, "Endringene er lagret.");
        JsonObject saved = Client.object(editorApi.get("api/offerings/" + id));
        assertEquals("Tittel fra Kari", saved.getString("title"));
        assertEquals("Sammendrag fra Kari.", saved.getString("summary"));
        assertEquals("Beskrivelse fra Ola.", saved.getString("description"), "no lost update");
    }

    @Test
    void aChangeTheFormDoesNotShowDoesNotStopASave() throws Exception {
        String id = createByApi("Medarrangør imens " + uniqueWord(), "55");
        Site.signIn(browser, EDITOR);
        browser.get(Site.url("/redaktor/tilbud?id=" + id));
        assertEquals(200, editorApi.postJson("api/offerings/" + id + "/co-hosts",
                "{\"organisation\": \"korus-nord\"}").statusCode(), "a co-host invited meanwhile");

        replace(browser, "tilbud:summary", "Endret etter invitasjonen.");
        browser.findElement(By.id("tilbud:lagre")).click();
        awaitDone(browser, "Endringene er lagret.");
        JsonObject saved = Client.object(editorApi.get("api/offerings/" + id));
        assertEquals("Endret etter invitasjonen.", saved.getString("summary"));
        assertEquals("korus-nord", saved.getJsonArray("coHosts").getJsonObject(0).getJsonObject("organisation").getString("id"));
    }

    @Test
    void cancellingAsksForAReasonAndKeepsTheOfferingAsCancelled() throws Exception {
        String id = createByApi("Avlyses " + uniqueWord(), "55");
        Site.signIn(browser, EDITOR);
        browser.get(Site.url("/redaktor/tilbud?id=" + id));
        browser.findElement(By.id("avlys")).click();
        await(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("avlysning:reason")));
        assertTrue(text(browser, "#avlys-overskrift").startsWith("Avlys «Avlyses"), text(browser, "#avlys-overskrift"));

        browser.findElement(By.id("avlysning:bekreft")).click();
        await(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("feil")));
        assertEquals("Skriv en begrunnelse for avlysningen; deltakerne får se den.",
                text(browser, "[id='avlysning:reason-feil']"), "the reason is asked for next to its field");

        browser.findElement(By.id("avlysning:reason")).sendKeys("Foreleseren er syk.");
        browser.findElement(By.id("avlysning:bekreft")).click();
        awaitDone(browser, "Tilbudet er avlyst.");
        assertTrue(text(browser, "main").contains("kan ikke endres lenger"), "no form for a cancelled offering");
        assertTrue(browser.findElements(By.id("tilbud")).isEmpty());
        JsonObject cancelled = Client.object(editorApi.get("api/offerings/" + id));
        assertEquals("cancelled", cancelled.getJsonObject("status").getString("code"));
        assertEquals("Foreleseren er syk.", cancelled.getString("cancelReason"));
    }

    @Test
    void errorsStandNextToTheirFieldsAndInTheSummary() throws Exception {
        Site.signIn(browser, EDITOR);
        browser.get(Site.url("/redaktor/tilbud"));
        browser.findElement(By.id("tilbud:lagre")).click();
        await(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("feil")));
        WebElement summary = browser.findElement(By.id("feil"));
        assertTrue(summary.getText().contains("Tittel må fylles ut."), summary.getText());
        assertEquals("#tilbud:title", summary.findElement(By.linkText("Tittel må fylles ut.")).getAttribute("hash"));
        assertEquals("Tittel må fylles ut.", text(browser, "[id='tilbud:title-feil']"));
        assertEquals("true", browser.findElement(By.id("tilbud:title")).getAttribute("aria-invalid"));

        fillOffering(browser, "Feil " + uniqueWord());
        session(browser, 0, DAY, "14:00", "13:00");
        browser.findElement(By.id("tilbud:lagre")).click();
        await(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("feil"),
                "Økten må slutte etter at den starter."));
        assertEquals("Økten må slutte etter at den starter.", text(browser, "[id='tilbud:okter:0:endDate-feil']"));
        assertEquals("true", browser.findElement(By.id("tilbud:okter:0:endDate")).getAttribute("aria-invalid"));
        assertEquals("14:00", value(browser, "tilbud:okter:0:startTime"), "the input stays");
        Site.screenshot(browser, "editor-errors-desktop");

        postback(browser, "tilbud:addSession");
        assertEquals(2, browser.findElements(By.cssSelector("fieldset.ed-row")).size());
        postback(browser, "tilbud:okter:0:removeSession");
        assertEquals(1, browser.findElements(By.cssSelector("fieldset.ed-row")).size());
        assertEquals("", value(browser, "tilbud:okter:0:startTime"), "the first row went, the empty one stayed");
    }

    @Test
    void onlyEditorsAndCoordinatorsComeInAndTheAnonymousAreAskedToSignIn() throws Exception {
        Client anonymous = new Client(Site.uri());
        for (String page : List.of("redaktor", "redaktor/tilbud", "koordinator")) {
            HttpResponse<String> answer = anonymous.get(page);
            assertEquals(302, answer.statusCode(), page);
            assertTrue(answer.headers().firstValue("Location").orElse("")
                    .endsWith("/login?neste=%2F" + page.replace("/", "%2F")), answer.headers().toString());
        }
        Client participant = new Client(Site.uri()).as(Site.DEMO.get("participant"), Site.PASSWORD);
        assertEquals(403, participant.get("redaktor").statusCode());
        assertEquals(403, participant.get("redaktor/tilbud").statusCode());
        assertEquals(403, participant.get("koordinator").statusCode());
        assertEquals(403, new Client(Site.uri()).as(COORDINATOR, Site.PASSWORD).get("redaktor").statusCode());
        assertEquals(403, new Client(Site.uri()).as(EDITOR, Site.PASSWORD).get("koordinator").statusCode());
        String id = createByApi("Bare for verter " + uniqueWord(), "55");
        Client outsider = new Client(Site.uri()).as(CO_HOST_EDITOR, Site.PASSWORD);
        assertEquals(403, outsider.get("redaktor/tilbud?id=" + id).statusCode(), "not a host of this one");
        assertEquals(404, outsider.get("redaktor/tilbud?id=finnes-ikke").statusCode());

        Site.signIn(browser, Site.DEMO.get("participant"));
        browser.get(Site.url("/redaktor"));
        assertFalse(text(browser, "main").contains("Mine tilbud"), "the 403 page, not the editor's");
    }

    @Test
    void theCreateFlowWorksWithTheKeyboardAlone() throws Exception {
        String word = uniqueWord();
        Site.signIn(browser, EDITOR);
        browser.get(Site.url("/redaktor"));
        tabTo(browser, By.linkText("Nytt tilbud"));
        keys(browser, Keys.ENTER);
        await(browser).until(ExpectedConditions.urlContains("/redaktor/tilbud"));
        tabTo(browser, By.id("tilbud:title"));
        keys(browser, "Tastatur " + word);
        tabTo(browser, By.id("tilbud:summary"));
        keys(browser, "Laget uten mus.");
        tabTo(browser, By.cssSelector("input[name='tilbud:topics'][value='trauma']"));
        keys(browser, Keys.SPACE);
        tabTo(browser, By.cssSelector("input[name='tilbud:targetGroups'][value='school']"));
        keys(browser, Keys.SPACE);
        tabTo(browser, By.cssSelector("input[name='tilbud:counties'][value='55']"));
        keys(browser, Keys.SPACE);
        WebElement add = browser.findElement(By.id("tilbud:addSession"));
        tabTo(browser, By.id("tilbud:addSession"));
        keys(browser, Keys.ENTER);
        await(browser).until(ExpectedConditions.stalenessOf(add));
        assertEquals(2, browser.findElements(By.cssSelector("fieldset.ed-row")).size());
        for (int row = 0; row < 2; row++) {
            LocalDate day = DAY.plusDays(row);
            typeDate(browser, "tilbud:okter:" + row + ":startDate", day);
            tabTo(browser, By.id("tilbud:okter:" + row + ":startTime"));
            typeTime(browser, "10", "00");
            typeDate(browser, "tilbud:okter:" + row + ":endDate", day);
            tabTo(browser, By.id("tilbud:okter:" + row + ":endTime"));
            typeTime(browser, "11", "30");
        }
        tabTo(browser, By.id("tilbud:lagre"));
        keys(browser, Keys.ENTER);
        awaitDone(browser, "Utkastet er opprettet.");
        assertEquals("Tastatur " + word, value(browser, "tilbud:title"));
        assertEquals(DAY.plusDays(1).toString(), value(browser, "tilbud:okter:1:startDate"));
        assertEquals("10:00", value(browser, "tilbud:okter:1:startTime"));
    }

    @Test
    void theCoordinatorSeesTheRegionsDraftAndNarrowsTheList() throws Exception {
        String word = uniqueWord();
        createByApi("Utkast for Finnmark " + word, "56");
        Site.signIn(browser, COORDINATOR);
        browser.get(Site.url("/koordinator"));
        assertTrue(text(browser, "main .lead").contains("Troms, Finnmark"), text(browser, "main .lead"));
        WebElement draft = browser.findElement(By.xpath("//li[.//a[contains(., '" + word + "')]]"));
        assertTrue(draft.getText().contains("Utkast"), draft.getText());
        assertTrue(draft.getText().contains("RVTS Nord"), draft.getText());

        browser.findElement(By.id("q")).sendKeys(word);
        new Select(browser.findElement(By.id("status"))).selectByValue("draft");
        new Select(browser.findElement(By.id("fylke"))).selectByValue("56");
        browser.findElement(By.cssSelector("form.ed-filters button[type=submit]")).click();
        await(browser).until(ExpectedConditions.urlContains("status=draft"));
        assertTrue(browser.getCurrentUrl().contains("q=" + word) && browser.getCurrentUrl().contains("fylke=56"),
                "a bookmarkable address: " + browser.getCurrentUrl());
        assertEquals("1 tilbud", text(browser, "#treff"));

        new Select(browser.findElement(By.id("type"))).selectByValue("webinar");
        browser.findElement(By.cssSelector("form.ed-filters button[type=submit]")).click();
        await(browser).until(ExpectedConditions.urlContains("type=webinar"));
        assertEquals("0 tilbud", text(browser, "#treff"));

        browser.get(Site.url("/koordinator?status=published&tilbyder=rvts-nord"));
        assertFalse(text(browser, "main").contains(word), "a draft is not published");
        assertEquals("rvts-nord", new Select(browser.findElement(By.id("tilbyder")))
                .getFirstSelectedOption().getAttribute("value"));
    }

    @Test
    void everyPageStateIsAccessibleInEachLanguageOnDesktopAndPhone() throws Exception {
        String stale = createByApi("Tilgjengelig " + uniqueWord(), "55");
        String invited = createByApi("Invitasjon " + uniqueWord(), "55");
        assertEquals(200, editorApi.postJson("api/offerings/" + invited + "/co-hosts",
                "{\"organisation\": \"korus-nord\"}").statusCode());
        browser.quit();
        for (int[] size : List.of(new int[]{1280, 1000}, new int[]{390, 844})) {
            String width = size[0] > 600 ? "desktop" : "phone";
            ChromeDriver editor = Browser.open(size[0], size[1]);
            ChromeDriver coHost = Browser.open(size[0], size[1]);
            ChromeDriver coordinator = Browser.open(size[0], size[1]);
            try {
                Site.signIn(editor, EDITOR);
                Site.signIn(coHost, CO_HOST_EDITOR);
                Site.signIn(coordinator, COORDINATOR);
                for (String lang : List.of("nb", "nn", "en")) {
                    String name = width + " " + lang;
                    check(editor, "/redaktor?lang=" + lang, "editor home " + name, "redaktor-" + width, lang);
                    check(coHost, "/redaktor?lang=" + lang, "co-host home with an invitation " + name, null, lang);
                    check(editor, "/redaktor/tilbud?lang=" + lang, "new offering " + name, "editor-new-" + width, lang);
                    editor.findElement(By.id("tilbud:lagre")).click();
                    await(editor).until(ExpectedConditions.presenceOfElementLocated(By.id("feil")));
                    Site.assertAccessible(editor, "offering with errors " + name);
                    if (lang.equals("nb")) {
                        Site.screenshot(editor, "editor-errors-" + width);
                    }
                    check(editor, "/redaktor/tilbud?id=" + invited + "&lang=" + lang, "stored offering " + name,
                            "editor-edit-" + width, lang);
                    editor.get(Site.url("/redaktor/tilbud?id=" + stale + "&lang=" + lang));
                    changeByApi(stale, "Endret av en annen " + lang + " " + width);
                    editor.findElement(By.id("tilbud:lagre")).click();
                    await(editor).until(ExpectedConditions.presenceOfElementLocated(By.id("utdatert")));
                    Site.assertAccessible(editor, "stale edit " + name);
                    if (lang.equals("nb")) {
                        Site.screenshot(editor, "editor-stale-" + width);
                    }
                    editor.findElement(By.id("tilbud:lagre")).click();
                    await(editor).until(ExpectedConditions.urlContains("melding=lagret"));
                    check(editor, "/redaktor/tilbud?id=" + stale + "&avlys=true&lang=" + lang,
                            "cancel confirmation " + name, null, lang);
                    editor.findElement(By.id("avlysning:bekreft")).click();
                    await(editor).until(ExpectedConditions.presenceOfElementLocated(By.id("feil")));
                    Site.assertAccessible(editor, "cancel confirmation with an error " + name);
                    check(coordinator, "/koordinator?lang=" + lang, "coordinator " + name, "koordinator-" + width,
                            lang);
                }
            } finally {
                for (ChromeDriver driver : List.of(editor, coHost, coordinator)) {
                    driver.get(Site.url("/redaktor?lang=nb"));
                    driver.quit();
                }
            }
        }
        browser = Browser.open(1280, 1000);
    }

    /** Opens a page, checks it in its language with axe, and screenshots it in bokmål if named. */
    static void check(ChromeDriver driver, String path, String name, String screenshot, String lang)
            throws Exception {
        driver.get(Site.url(path));
        assertEquals(lang, driver.findElement(By.tagName("html")).getAttribute("lang"), name);
        Site.assertAccessible(driver, name);
        if (screenshot != null && lang.equals("nb")) {
            Site.screenshot(driver, screenshot);
        }
    }

    static void fillOffering(ChromeDriver driver, String title) {
        replace(driver, "tilbud:title", title);
        replace(driver, "tilbud:summary", "Et grunnkurs for ansatte i skolen.");
        driver.findElement(By.cssSelector("input[name='tilbud:topics'][value='trauma']")).click();
        driver.findElement(By.cssSelector("input[name='tilbud:targetGroups'][value='school']")).click();
        driver.findElement(By.cssSelector("input[name='tilbud:counties'][value='55']")).click();
    }

    /** A session's date and times, the date set as the browser's date input holds it. */
    static void session(ChromeDriver driver, int row, LocalDate day, String start, String end) {
        String prefix = "tilbud:okter:" + row + ":";
        for (String date : List.of("startDate", "endDate")) {
            driver.executeScript("arguments[0].value = arguments[1]", driver.findElement(By.id(prefix + date)),
                    day.toString());
        }
        driver.executeScript("arguments[0].value = arguments[1]", driver.findElement(By.id(prefix + "startTime")), start);
        driver.executeScript("arguments[0].value = arguments[1]", driver.findElement(By.id(prefix + "endTime")), end);
    }

    /**
     * Types a date into a date input by keyboard, in the order of the fields the browser shows for its locale
     * (dd.mm.åååå in Norwegian, mm/dd/yyyy in a browser left in American English).
     */
    static void typeDate(ChromeDriver driver, String id, LocalDate day) {
        tabTo(driver, By.id(id));
        Object order = driver.executeScript("return Intl.DateTimeFormat(navigator.language)"
                + ".formatToParts(new Date(2000, 1, 1)).map(p => p.type).filter(t => t !== 'literal').join()");
        String dd = "%02d".formatted(day.getDayOfMonth());
        String mm = "%02d".formatted(day.getMonthValue());
        keys(driver, (String.valueOf(order).startsWith("month") ? mm + dd : dd + mm) + day.getYear());
        assertEquals(day.toString(), value(driver, id), "typed into " + id);
    }

    /** Types a morning time into the focused time input; a browser on a 12-hour clock also wants its AM. */
    static void typeTime(ChromeDriver driver, String hour, String minute) {
        Object cycle = driver.executeScript(
                "return Intl.DateTimeFormat(navigator.language, {hour: 'numeric'}).resolvedOptions().hourCycle");
        keys(driver, hour + minute + ("h12".equals(cycle) ? "A" : ""));
    }

    /** Presses a button that posts the form back, and waits for the page that answers. */
    static void postback(ChromeDriver driver, String id) {
        WebElement button = driver.findElement(By.id(id));
        button.click();
        await(driver).until(ExpectedConditions.stalenessOf(button));
    }

    /** Presses Tab until the element has the focus, as someone without a mouse moves through the page. */
    static void tabTo(ChromeDriver driver, By target) {
        WebElement wanted = driver.findElement(target);
        for (int i = 0; i < 300; i++) {
            if (wanted.equals(driver.switchTo().activeElement())) {
                return;
            }
            keys(driver, Keys.TAB);
        }
        fail("Tab never reached " + target);
    }

    static void keys(ChromeDriver driver, CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    static void replace(ChromeDriver driver, String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    static String value(ChromeDriver driver, String id) {
        return driver.findElement(By.id(id)).getAttribute("value");
    }

    /** The text of the element, its lines and spaces run together as a sentence is read. */
    static String text(ChromeDriver driver, String css) {
        return driver.findElement(By.cssSelector(css)).getText().replaceAll("\\s+", " ").strip();
    }

    /** Waits for the page after a redirect to say what was done. */
    static void awaitDone(ChromeDriver driver, String message) {
        await(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ed-done"), message));
        assertTrue(driver.getCurrentUrl().contains("melding="), "redirected after the post: " + driver.getCurrentUrl());
    }

    static WebDriverWait await(ChromeDriver driver) {
        return Browser.await(driver);
    }

    /** A word nobody else writes, for finding this test's offering in the search. */
    static String uniqueWord() {
        StringBuilder word = new StringBuilder("zx");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    static String offeringJson(String title, String county, Long version) {
        return """
                {%s"kind": "course", "delivery": "digital", "title": "%s",
                 "summary": "Laget av testen gjennom API-et.", "topics": ["trauma"], "targetGroups": ["school"],
                 "counties": ["%s"], "sessions": [{"start": "%sT09:00", "end": "%sT11:00"}]}"""
                .formatted(version == null ? "" : "\"version\": " + version + ", ", title, county, DAY, DAY);
    }

    /** A draft led by RVTS Nord, made through the API. */
    static String createByApi(String title, String county) {
        HttpResponse<String> created = editorApi.postJson("api/offerings", offeringJson(title, county, null));
        assertEquals(201, created.statusCode(), created.body());
        return Client.object(created).getString("id");
    }

    /** Someone else's save: the same offering with another title, on the version now stored. */
    static void changeByApi(String id, String title) {
        long version = Client.object(editorApi.get("api/offerings/" + id)).getJsonNumber("version").longValue();
        HttpResponse<String> changed = editorApi.send("PUT", "api/offerings/" + id, "application/json",
                offeringJson(title, "55", version));
        assertEquals(200, changed.statusCode(), changed.body());
    }

    static int awaitTotal(String query, int expected) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(10);
        int total;
        while ((total = Client.object(editorApi.get("api/offerings?" + query)).getInt("total")) != expected
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        return total;
    }
}
