package no.samkurs.systemtest;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static no.samkurs.systemtest.EditorPagesIT.text;
import static no.samkurs.systemtest.EditorPagesIT.uniqueWord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The outbox for administrators (/admin/utboks and /api/outbox). On the shared site, which runs as the run command
 * does, without a mail server: what enrolling records is kept and shown as waiting, under a banner saying nothing is
 * sent, each message with its content as the sender makes it (the calendar part an iMIP REQUEST); administrators
 * only, as a table over the roles; WCAG 2.1 AA in bokmål and English on a desktop and a phone. On a site of its own
 * with a mail server that refuses the address: the message fails with its reason, is tried again from the page,
 * and is sent.
 */
class OutboxPageIT {

    static final String ADMIN = Site.DEMO.get("administrator");
    static final String EDITOR = Site.DEMO.get("provider-editor");
    static final String BANNER = "E-post er ikke satt opp: meldingene blir liggende her og sendes ikke.";

    static Client admin;
    static String title;
    static String offeringId;
    static String seated;
    static String waiting;
    static JsonObject confirmation;
    static JsonObject lineNotice;

    ChromeDriver browser;

    /** One offering with one seat: a confirmation with an invitation for the first, a place in line for the next. */
    @BeforeAll
    static void enrollTwo() throws Exception {
        admin = new Client(Site.uri()).as(ADMIN, Site.PASSWORD);
        title = "Utboksen viser " + uniqueWord();
        offeringId = offering(new Client(Site.uri()).as(EDITOR, Site.PASSWORD), title, 1);
        seated = participant(admin, "Sara Sete");
        waiting = participant(admin, "Vilde Venter");
        enroll(Site.uri(), seated, offeringId);
        enroll(Site.uri(), waiting, offeringId);
        confirmation = mine(admin, seated, "pending");
        lineNotice = mine(admin, waiting, "pending");
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
    void anAdministratorSeesWhatWouldHaveBeenSentUnderABannerThatNothingIsSent() throws Exception {
        Site.signIn(browser, ADMIN);
        browser.get(Site.url("/admin"));
        browser.findElement(By.id("nav-utboks")).click();
        Browser.await(browser).until(ExpectedConditions.urlContains("/admin/utboks"));
        assertEquals(BANNER + " Når en e-posttjener er satt opp (SAMKURS_MAIL_HOST), sendes de.",
                text(browser, "#ikke-satt-opp"));
        assertTrue(text(browser, "#status-venter").matches("Venter \\(\\d+\\)"), text(browser, "#status-venter"));

        browser.findElement(By.id("status-venter")).click();
        Browser.await(browser).until(ExpectedConditions.urlContains("status=venter"));
        assertEquals("page", browser.findElement(By.id("status-venter")).getAttribute("aria-current"));
        String row = text(browser, "[id='melding-" + confirmation.getString("id") + "']");
        assertTrue(row.startsWith("Bekreftelse til Sara Sete"), row);
        assertTrue(row.contains("Til " + seated), row);
        assertTrue(row.contains("Tilbud " + title), row);
        assertTrue(row.contains("Status Venter"), row);
        assertTrue(row.contains("Forsøk 0"), row);
        assertTrue(text(browser, "[id='melding-" + lineNotice.getString("id") + "']")
                .startsWith("Plass på venteliste til Vilde Venter"));

        browser.findElement(By.linkText("Bekreftelse til Sara Sete")).click();
        Browser.await(browser).until(ExpectedConditions.urlContains("melding=" + confirmation.getString("id")));
        assertEquals("Bekreftelse til Sara Sete", text(browser, "h1"));
        assertEquals("Venter", text(browser, "#melding-status"));
        assertEquals("Påmeldt: " + title, text(browser, "#emne"));
        assertTrue(text(browser, "#ren-tekst").startsWith("Hei Sara Sete,"), text(browser, "#ren-tekst"));
        String calendar = browser.findElement(By.id("kalenderdel")).getText();
        assertTrue(calendar.contains("METHOD:REQUEST"), calendar);
        assertTrue(calendar.replace("\n ", "").contains("mailto:" + seated), "the participant is the attendee");
        assertTrue(browser.findElement(By.id("html-kilde")).getText().startsWith("<!DOCTYPE html>"),
                "the HTML part is shown as its source, not as markup of the page");
        assertTrue(browser.findElements(By.cssSelector("#html-kilde *")).isEmpty(), "no element of it in ours");
        assertTrue(browser.findElements(By.id("prov-igjen")).isEmpty(), "nothing to try again while it waits");

        browser.get(Site.url("/admin/utboks?melding=" + lineNotice.getString("id")));
        assertEquals("Meldingen har ingen kalenderdel.", text(browser, "#ingen-kalenderdel"));
        assertTrue(text(browser, "#ren-tekst").contains("på ventelisten som nummer 1"), text(browser, "#ren-tekst"));
    }

    @Test
    void onlyAdministratorsMayReadTheOutboxAsATableOverTheRoles() throws Exception {
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("anonymous", 401);
        expected.put("participant", 403);
        expected.put("municipal-contact", 403);
        expected.put("provider-editor", 403);
        expected.put("regional-coordinator", 403);
        expected.put("administrator", 200);
        String one = "api/outbox/" + confirmation.getString("id");
        for (Map.Entry<String, Integer> role : expected.entrySet()) {
            Client client = new Client(Site.uri());
            if (!role.getKey().equals("anonymous")) {
                client.as(Site.DEMO.get(role.getKey()), Site.PASSWORD);
            }
            for (HttpResponse<String> answer : List.of(client.get("api/outbox"), client.get(one))) {
                assertEquals(role.getValue(), answer.statusCode(), role.getKey() + ": " + answer.body());
                if (answer.statusCode() != 200) {
                    assertProblem(answer, role.getValue());
                }
            }
            int retry = client.postJson(one + "/retry", "").statusCode();
            assertEquals(role.getKey().equals("administrator") ? 409 : role.getValue(), retry, role.getKey());
        }
        HttpResponse<String> page = new Client(Site.uri()).as(Site.DEMO.get("participant"), Site.PASSWORD)
                .get("admin/utboks?melding=" + confirmation.getString("id"));
        assertEquals(403, page.statusCode(), "nor the page");
        assertFalse(page.body().contains(title), "not a word of the message");
        HttpResponse<String> anonymous = new Client(Site.uri()).get("admin/utboks");
        assertEquals(302, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Location").orElseThrow().contains("/login?neste="));
    }

    @Test
    void theApiListsNewestFirstWithCountsSaysMailIsNotSetUpAndShowsEachMessageAsSent() throws Exception {
        JsonObject list = Client.object(admin.get("api/outbox?status=pending&size=100"));
        assertEquals("pending", list.getString("status"));
        assertEquals(list.getJsonObject("counts").getJsonNumber("pending").longValue(),
                list.getJsonNumber("total").longValue());
        JsonObject mail = list.getJsonObject("mail");
        assertFalse(mail.getBoolean("configured"));
        assertTrue(mail.getString("note").contains("sendes ikke"), mail.toString());
        List<Instant> created = list.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(i -> Instant.parse(i.getString("createdAt"))).toList();
        assertEquals(created.stream().sorted(Comparator.reverseOrder()).toList(), created, "newest first");

        assertEquals("confirmed", confirmation.getString("kind"));
        assertEquals("Sara Sete", confirmation.getJsonObject("recipient").getString("name"));
        assertEquals(title, confirmation.getString("offeringTitle"));
        assertEquals(0, confirmation.getInt("attempts"));
        assertEquals("<" + confirmation.getString("id") + "@samkurs.no>", confirmation.getString("messageId"));
        assertEquals("waitlisted", lineNotice.getString("kind"));

        JsonObject one = Client.object(admin.get("api/outbox/" + confirmation.getString("id")));
        assertEquals("pending", one.getJsonObject("delivery").getString("status"));
        JsonObject content = one.getJsonObject("content");
        assertEquals("Påmeldt: " + title, content.getString("subject"));
        assertTrue(content.getString("to").contains(seated), content.toString());
        assertTrue(content.getString("calendar").contains("METHOD:REQUEST"), content.toString());
        assertTrue(content.getString("html").contains("<html"), "the HTML part as it is sent");
        assertFalse(Client.object(admin.get("api/outbox/" + lineNotice.getString("id"))).getJsonObject("content")
                .containsKey("calendar"), "a place in line has no calendar part");
    }

    @Test
    void badInputIsAProblemThatSaysWhy() throws Exception {
        Client english = new Client(Site.uri()).as(ADMIN, Site.PASSWORD).language("en");
        HttpResponse<String> status = english.get("api/outbox?status=venter");
        assertProblem(status, 400);
        JsonObject problem = Client.object(status);
        assertEquals("Bad request", problem.getString("title"), "in the caller's language");
        assertEquals(List.of("pending", "sent", "failed"), problem.getJsonArray("allowedValues")
                .getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
        assertProblem(admin.get("api/outbox?size=101"), 400);
        assertProblem(admin.get("api/outbox?page=0"), 400);
        assertProblem(admin.get("api/outbox/finnes-ikke"), 404);
        assertProblem(admin.postJson("api/outbox/finnes-ikke/retry", ""), 404);
        HttpResponse<String> notFailed = admin.postJson("api/outbox/" + confirmation.getString("id") + "/retry",
                "{\"version\": " + confirmation.getJsonNumber("version") + "}");
        assertProblem(notFailed, 409);
        assertTrue(Client.object(notFailed).getString("detail").contains("venter"), notFailed.body());
        assertProblem(admin.postJson("api/outbox/" + confirmation.getString("id") + "/retry", "[1]"), 400);
    }

    @Test
    void theOutboxIsAccessibleInBokmalAndEnglishOnADesktopAndAPhone() throws Exception {
        browser.quit();
        for (int[] size : List.of(new int[]{1280, 1000}, new int[]{320, 800})) {
            browser = Browser.open(size[0], size[1]);
            Site.signIn(browser, ADMIN);
            try {
                for (String lang : List.of("nb", "en")) {
                    String name = size[0] + " px " + lang;
                    EnrollmentPagesIT.check(browser, "/admin/utboks?lang=" + lang, "the outbox " + name, lang);
                    EnrollmentPagesIT.check(browser, "/admin/utboks?status=venter&lang=" + lang,
                            "the waiting messages " + name, lang);
                    shoot("utboks-venter-" + size[0], lang);
                    EnrollmentPagesIT.check(browser, "/admin/utboks?melding=" + confirmation.getString("id")
                            + "&lang=" + lang, "a confirmation " + name, lang);
                    shoot("utboks-bekreftelse-" + size[0], lang);
                    EnrollmentPagesIT.check(browser, "/admin/utboks?melding=" + lineNotice.getString("id")
                            + "&lang=" + lang, "a place in line " + name, lang);
                    if (lang.equals("en")) {
                        assertTrue(text(browser, "#ikke-satt-opp").startsWith("E-mail is not set up"));
                    }
                }
            } finally {
                browser.get(Site.url("/admin/utboks?lang=nb"));
                browser.quit();
            }
        }
        browser = Browser.open(1280, 1000);
    }

    /**
     * On a site of its own whose mail server refuses the address: the confirmation fails at once with the server's
     * reason and the failed list shows it. Tried again by the API it fails again, so the page read before is out of
     * date and its button changes nothing; once the server accepts, "Prøv igjen" sends it, with its Message-ID.
     */
    @Test
    void aFailedMessageIsTriedAgainFromThePageAndThenSent() throws Exception {
        Path data = ServerProcess.temporaryFolder("samkurs-outbox");
        try (RefusingSmtp smtp = new RefusingSmtp();
             ServerProcess server = ServerProcess.start("outbox", Map.of("SAMKURS_DATA_DIR", data.toString(),
                     "SAMKURS_DEMO_ACCOUNTS", "true", "SAMKURS_MAIL_HOST", "127.0.0.1",
                     "SAMKURS_MAIL_PORT", String.valueOf(smtp.port()), "SAMKURS_MAIL_SECURITY", "none",
                     "SAMKURS_MAIL_INTERVAL", "PT1S"))) {
            server.awaitReadiness(200, Duration.ofSeconds(120));
            URI base = server.uri();
            Client ownAdmin = new Client(base).as(ADMIN, Site.PASSWORD);
            String participant = Site.DEMO.get("participant");
            String offering = offering(new Client(base).as(EDITOR, Site.PASSWORD), "Feiler først " + uniqueWord(), 5);
            enroll(base, participant, offering);
            JsonObject failed = awaitFailed(ownAdmin, participant, 0);
            String id = failed.getString("id");
            assertTrue(failed.getString("lastError").contains("550 5.1.1"), failed.toString());
            assertEquals(1, failed.getInt("attempts"), "a refused address fails at the first attempt");

            signIn(browser, base, ADMIN);
            browser.get(base.resolve("admin/utboks?status=feilet").toString());
            assertTrue(text(browser, "#e-posttjener").contains("127.0.0.1:" + smtp.port()), "mail is set up here");
            assertTrue(browser.findElements(By.id("ikke-satt-opp")).isEmpty());
            String row = "[id='melding-" + id + "']";
            assertTrue(text(browser, row).contains("Status Feilet"), text(browser, row));
            assertTrue(text(browser, row + " .outbox-reason").contains("550 5.1.1"), text(browser, row));
            browser.findElement(By.cssSelector(row + " h3 a")).click();
            Browser.await(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("prov-igjen")));
            assertTrue(text(browser, "#melding-grunn").contains(RefusingSmtp.REFUSAL), text(browser, "#melding-grunn"));
            CalendarEditorPagesIT.accessible(browser, "a failed message");

            HttpResponse<String> byApi = ownAdmin.postJson("api/outbox/" + id + "/retry",
                    "{\"version\": " + failed.getJsonNumber("version") + "}");
            assertEquals(200, byApi.statusCode(), byApi.body());
            JsonObject waiting = Client.object(byApi);
            assertEquals("pending", waiting.getString("status"));
            assertEquals(0, waiting.getInt("attempts"));
            JsonObject failedAgain = awaitFailed(ownAdmin, participant, waiting.getJsonNumber("version").longValue());
            assertEquals(1, failedAgain.getInt("attempts"), "the attempts counted again from nought");
            browser.findElement(By.id("prov-igjen")).click();
            Browser.await(browser).until(ExpectedConditions.urlContains("svar=utdatert"));
            assertTrue(text(browser, "#svar").startsWith("Ingenting ble gjort"), text(browser, "#svar"));
            assertEquals("Feilet", text(browser, "#melding-status"), "as it stands now");
            assertEquals(List.of(), smtp.received());

            smtp.accept();
            browser.findElement(By.id("prov-igjen")).click();
            Browser.await(browser).until(ExpectedConditions.urlContains("svar=igjen"));
            assertEquals("Meldingen venter igjen og sendes ved neste runde.", text(browser, "#svar"));
            Instant deadline = Instant.now().plusSeconds(20);
            while (!text(browser, "#melding-status").equals("Sendt") && Instant.now().isBefore(deadline)) {
                Thread.sleep(500);
                browser.navigate().refresh();
            }
            assertEquals("Sendt", text(browser, "#melding-status"));
            assertEquals("1", text(browser, "#melding-forsok"));
            assertTrue(browser.findElements(By.id("prov-igjen")).isEmpty(), "a sent message is not sent again");
            assertEquals(1, smtp.received().size());
            assertTrue(smtp.received().get(0).contains("Message-ID: " + failed.getString("messageId")),
                    "the same message, with its Message-ID");
            assertProblem(ownAdmin.postJson("api/outbox/" + id + "/retry", ""), 409);
        } finally {
            ServerProcess.deleteRecursively(data);
        }
    }

    /** A screenshot of the page in bokmål for review (target's screenshots folder, not committed). */
    void shoot(String name, String lang) throws Exception {
        if (lang.equals("nb")) {
            Site.screenshot(browser, name);
        }
    }

    /** A published course of RVTS Nord for Finnmark with one session 30 days ahead, on a topic few others use. */
    static String offering(Client editor, String title, int capacity) {
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Oslo")).plusDays(30);
        HttpResponse<String> created = editor.postJson("api/offerings", """
                {"kind": "course", "delivery": "digital", "title": "%s", "summary": "Laget av utbokstesten.",
                 "topics": ["cooperation"], "targetGroups": ["leadership"], "counties": ["56"], "capacity": %d,
                 "sessions": [{"start": "%sT09:00", "end": "%sT11:00"}]}""".formatted(title, capacity, day, day));
        assertEquals(201, created.statusCode(), created.body());
        String id = Client.object(created).getString("id");
        HttpResponse<String> published = editor.postJson("api/offerings/" + id + "/publish", "");
        assertEquals(200, published.statusCode(), published.body());
        return id;
    }

    /** A participant of this test's own in Alta. */
    static String participant(Client admin, String name) {
        String email = "utboks." + uniqueWord() + "@samkurs.no";
        HttpResponse<String> created = admin.postJson("api/people", """
                {"email": "%s", "name": "%s", "password": "%s", "roles": ["participant"], "municipality": "5601"}"""
                .formatted(email, name, Site.PASSWORD));
        assertEquals(201, created.statusCode(), created.body());
        return email;
    }

    static void enroll(URI site, String email, String offering) {
        HttpResponse<String> enrolled = new Client(site).as(email, Site.PASSWORD)
                .postJson("api/offerings/" + offering + "/enrollments", "");
        assertEquals(201, enrolled.statusCode(), enrolled.body());
    }

    /** The person's one message with the status, as the API lists it. */
    static JsonObject mine(Client admin, String email, String status) {
        return Client.object(admin.get("api/outbox?status=" + status + "&size=100")).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(i -> i.containsKey("recipient")
                        && email.equals(i.getJsonObject("recipient").getString("email")))
                .findFirst().orElseThrow(() -> new AssertionError("no " + status + " message to " + email));
    }

    /** The person's failed message once the sender has given it up, at a version above {@code after}. */
    static JsonObject awaitFailed(Client admin, String email, long after) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(20);
        while (true) {
            try {
                JsonObject failed = mine(admin, email, "failed");
                if (failed.getJsonNumber("version").longValue() > after) {
                    return failed;
                }
            } catch (AssertionError notYet) {
                if (Instant.now().isAfter(deadline)) {
                    throw notYet;
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no failed message to " + email + " after version " + after);
            }
            Thread.sleep(250);
        }
    }

    /** Signs in on another site than the shared one, reading bokmål. */
    static void signIn(ChromeDriver browser, URI site, String email) {
        browser.get(site.resolve("login").toString());
        browser.manage().addCookie(new Cookie(Site.LANGUAGE_COOKIE, "nb", "/"));
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(Site.PASSWORD);
        browser.findElement(By.cssSelector("main form [type=submit]")).click();
        Browser.await(browser).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    static void assertProblem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().toString());
        assertEquals(status, Client.object(response).getInt("status"));
        assertFalse(response.body().contains("Exception"), response.body());
    }
}
