package no.samkurs.systemtest;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static no.samkurs.systemtest.EditorPagesIT.await;
import static no.samkurs.systemtest.EditorPagesIT.replace;
import static no.samkurs.systemtest.EditorPagesIT.text;
import static no.samkurs.systemtest.EditorPagesIT.uniqueWord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The enrollment pages in a real browser against the shared site: enrolling from a search hit in two clicks, the
 * waiting list, a refusal in the reader's language, Min side and cancelling; the editor's enrollment rules refusing
 * bad input at the field, the participant list with its spreadsheet, cancelling a participant with a reason and
 * recording who came; a municipal contact enrolling colleagues with one result per line. Without JavaScript too, and
 * axe-core on every new page and state in bokmål and English, on a desktop and a 320 px phone.
 */
class EnrollmentPagesIT {

    static final String EDITOR = Site.DEMO.get("provider-editor");
    static final String CONTACT = Site.DEMO.get("municipal-contact");
    /** Alta, the municipality of the demo's participant and municipal contact. */
    static final String ALTA = "5601";
    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    static final DateTimeFormatter NORWEGIAN = DateTimeFormatter.ofPattern("EEEE d. MMMM yyyy 'kl.' HH.mm",
            Locale.forLanguageTag("nb"));

    static Client admin;
    static Client editorApi;

    ChromeDriver browser;

    @BeforeAll
    static void accounts() throws Exception {
        admin = new Client(Site.uri()).as(Site.DEMO.get("administrator"), Site.PASSWORD);
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
    void aParticipantEnrollsFromASearchHitInTwoClicksSeesItOnMinSideAndCancels() throws Exception {
        String word = uniqueWord();
        LocalDate day = LocalDate.now(OSLO).plusDays(40);
        String id = offering("Samhandling i praksis " + word, 10, day);
        String me = participant("Per Påmeldt");
        awaitFound(word);
        Site.signIn(browser, me);
        browser.get(Site.url("/tilbud?q=" + word));

        browser.findElement(By.cssSelector("article.hit h3 a")).click();
        await(browser).until(ExpectedConditions.urlContains("/tilbudet?id=" + id));
        assertEquals("10 av 10 plasser er ledige.", text(browser, "#plasser"));
        browser.findElement(By.id("meld-pa")).click();

        await(browser).until(ExpectedConditions.urlContains("pamelding=ja"));
        assertEquals("Du er påmeldt.", text(browser, "#pamelding-status"));
        assertEquals("status", browser.findElement(By.id("pamelding-status")).getAttribute("role"));
        assertEquals("9 av 10 plasser er ledige.", text(browser, "#plasser"));
        assertTrue(browser.findElements(By.id("meld-pa")).isEmpty(), "no second button for the enrolled");

        browser.findElement(By.id("til-mine-pameldinger")).click();
        await(browser).until(ExpectedConditions.urlContains("/min-side"));
        WebElement mine = enrollmentOn(browser, id);
        String row = mine.getText().replaceAll("\\s+", " ");
        assertTrue(row.contains("Samhandling i praksis " + word), row);
        assertTrue(row.contains("Status Påmeldt"), row);
        assertTrue(row.contains("Første økt " + NORWEGIAN.format(day.atTime(9, 0))), row);
        assertTrue(row.contains("Frist for å melde deg av " + NORWEGIAN.format(day.atTime(9, 0))), row);

        mine.findElement(By.linkText("Meld av")).click();
        await(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("avmelding-skjema:bekreft")));
        assertTrue(text(browser, "#avmelding-sporsmal").startsWith("Vil du melde deg av?"));
        browser.findElement(By.id("avmelding-skjema:bekreft")).click();
        await(browser).until(ExpectedConditions.urlContains("melding=avmeldt"));
        assertEquals("Du er meldt av.", text(browser, "#avmeldt-melding"));
        assertTrue(text(browser, "[id='pamelding-" + enrollmentId(me, id) + "']").contains("Avmeldt"));

        browser.get(Site.url("/tilbudet?id=" + id));
        assertEquals("10 av 10 plasser er ledige.", text(browser, "#plasser"), "the seat is free again");
        assertFalse(browser.findElements(By.id("meld-pa")).isEmpty(), "and may be taken again");
    }

    @Test
    void aFullOfferingPutsTheNextOnTheWaitingListAndTheServiceGivenIsChosenNextTime() throws Exception {
        String id = offering("Fullt kurs " + uniqueWord(), 1, LocalDate.now(OSLO).plusDays(30));
        enrollByApi(participant("Først Til Mølla"), id, null);
        String me = participant("Vera Venter");
        Site.signIn(browser, me);
        browser.get(Site.url("/tilbudet?id=" + id));
        assertEquals("Fullt – 0 på venteliste.", text(browser, "#plasser"));
        assertTrue(text(browser, "#venteliste-hjelp").startsWith("Tilbudet er fullt."));
        new Select(browser.findElement(By.id("tjeneste"))).selectByValue("ppt");
        browser.findElement(By.id("meld-pa")).click();
        await(browser).until(ExpectedConditions.urlContains("pamelding=ja"));
        assertEquals("Du står som nummer 1 på ventelisten.", text(browser, "#pamelding-status"));
        assertEquals("Fullt – 1 på venteliste.", text(browser, "#plasser"));

        browser.get(Site.url("/min-side"));
        assertTrue(enrollmentOn(browser, id).getText().contains("Nummer 1 på ventelisten"));
        String other = offering("Neste kurs " + uniqueWord(), 5, LocalDate.now(OSLO).plusDays(31));
        browser.get(Site.url("/tilbudet?id=" + other));
        assertEquals("ppt", new Select(browser.findElement(By.id("tjeneste"))).getFirstSelectedOption()
                .getAttribute("value"), "the service given last time");
    }

    @Test
    void afterTheDeadlineMinSideSaysSoAndWhomToAsk() throws Exception {
        String id = offering("Frist ute " + uniqueWord(), 10, LocalDate.now(OSLO).plusDays(30));
        String me = participant("Frida Frist");
        String enrollment = enrollByApi(me, id, null).getString("id");
        LocalDate passed = LocalDate.now(OSLO).minusDays(1);
        setPolicy(id, "{\"cancelDeadline\": \"" + passed + "T12:00\"}");
        Site.signIn(browser, me);
        browser.get(Site.url("/min-side"));
        WebElement mine = enrollmentOn(browser, id);
        assertTrue(mine.findElements(By.linkText("Meld av")).isEmpty(), "no way to cancel after the deadline");
        assertEquals("Fristen for å melde deg av gikk ut " + NORWEGIAN.format(passed.atTime(12, 0))
                + ". Kontakt arrangøren hvis du ikke kan komme.", mine.findElement(By.cssSelector(".hint")).getText());
        browser.get(Site.url("/avmelding?pamelding=" + enrollment));
        assertTrue(text(browser, "#frist-ute").startsWith("Fristen for å melde deg av gikk ut"));
        assertTrue(browser.findElements(By.id("avmelding-skjema:bekreft")).isEmpty());
    }

    @Test
    void theAnonymousSignInAndComeBackAndAForgedPostOnlyAsks() throws Exception {
        String id = offering("Åpent kurs " + uniqueWord(), null, LocalDate.now(OSLO).plusDays(30));
        HttpResponse<String> anonymous = new Client(Site.uri()).get("tilbudet?id=" + id);
        assertTrue(anonymous.body().contains("Ingen grense for antall plasser."));
        assertFalse(anonymous.body().contains("name=\"kontroll\""), "no form for the anonymous");
        assertTrue(anonymous.headers().allValues("Set-Cookie").isEmpty(), "the page stays stateless");

        String me = participant("Anne Anonym");
        browser.get(Site.url("/tilbudet?id=" + id));
        WebElement signIn = browser.findElement(By.id("pamelding-logg-inn"));
        assertEquals("Logg inn for å melde deg på", signIn.getText());
        assertTrue(signIn.getAttribute("href").endsWith("/login?neste=%2Ftilbudet%3Fid%3D" + id));
        signIn.click();
        browser.findElement(By.id("email")).sendKeys(me);
        browser.findElement(By.id("password")).sendKeys(Site.PASSWORD);
        browser.findElement(By.id("logg-inn")).click();
        await(browser).until(ExpectedConditions.urlContains("/tilbudet?id=" + id));
        assertEquals("Meld meg på", text(browser, "#meld-pa"));

        Client asMe = new Client(Site.uri()).as(me, Site.PASSWORD);
        HttpResponse<String> forged = asMe.postForm("pamelding?tilbud=" + id, Map.of("kontroll", "gjett"));
        assertEquals(200, forged.statusCode(), "a post without the session's check value only asks");
        assertTrue(forged.body().contains("pamelding-skjema:meld-pa"), forged.body());
        assertEquals(0, Client.array(asMe.get("api/me/enrollments")).size(), "and enrolls nobody");
        browser.findElement(By.id("meld-pa")).click();
        await(browser).until(ExpectedConditions.urlContains("pamelding=ja"));
        assertEquals(1, Client.array(asMe.get("api/me/enrollments")).size());
    }

    @Test
    void theEditorsRulesAreRefusedAtTheirFieldsThenSavedAndShowWhatTheyProtect() throws Exception {
        String id = offering("Regler " + uniqueWord(), 5, LocalDate.now(OSLO).plusDays(40));
        Site.signIn(browser, EDITOR);
        browser.get(Site.url("/tilbudet?id=" + id));
        assertEquals("Dere arrangerer dette tilbudet: Deltakerliste · Påmeldingsregler", text(browser, "#arrangor"));
        assertTrue(browser.findElements(By.id("ikke-for-deg")).isEmpty(), "no word that enrolling is not for them");
        browser.get(Site.url("/redaktor/tilbud?id=" + id));
        browser.findElement(By.id("pameldingsregler")).click();
        await(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("regler:lagre")));
        assertEquals("0 av 5 plasser er tatt, 0 på venteliste.", text(browser, "#plasser"));

        replace(browser, "regler:perMunicipality", "to");
        replace(browser, "regler:reserved", "10");
        set("regler:releaseDate", LocalDate.now(OSLO).plusDays(20).toString());
        set("regler:releaseTime", "12:00");
        browser.findElement(By.id("regler:lagre")).click();
        await(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("feil")));
        assertEquals("Skriv et helt tall, for eksempel 5.", text(browser, "[id='regler:perMunicipality-feil']"));
        assertEquals("#regler:perMunicipality", browser.findElement(By.cssSelector("#feil a")).getAttribute("hash"));
        assertEquals("true", browser.findElement(By.id("regler:perMunicipality")).getAttribute("aria-invalid"));
        assertEquals("10", browser.findElement(By.id("regler:reserved")).getAttribute("value"), "the input stays");

        replace(browser, "regler:perMunicipality", "2");
        browser.findElement(By.id("regler:lagre")).click();
        await(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("feil"), "høyst 5"));
        assertEquals("Du kan holde av høyst 5 plasser (tilbudets kapasitet).",
                text(browser, "[id='regler:reserved-feil']"));
        assertEquals("#regler:reserved", browser.findElement(By.cssSelector("#feil a")).getAttribute("hash"));

        replace(browser, "regler:reserved", "2");
        browser.findElement(By.id("regler:lagre")).click();
        await(browser).until(ExpectedConditions.urlContains("melding=lagret"));
        assertEquals("Påmeldingsreglene er lagret.", text(browser, "#melding"));
        assertEquals("0 av 2 holdte plasser er tatt av deltakere fra kommuner som fyller kravet.",
                text(browser, "#beskyttet"));
        JsonObject policy = Client.object(editorApi.get("api/offerings/" + id + "/enrollment-policy"));
        assertEquals(2, policy.getInt("seatsPerMunicipality"), policy.toString());
        assertEquals(2, policy.getInt("reservedSeats"), policy.toString());
        assertEquals(150, policy.getInt("farKm"), policy.toString());

        browser.get(Site.url("/redaktor/pamelding?tilbud=" + id + "&lang=en"));
        replace(browser, "regler:farKm", "5");
        browser.findElement(By.id("regler:lagre")).click();
        await(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("feil")));
        assertEquals("The distance must be between 10 and 2000 km.", text(browser, "[id='regler:farKm-feil']"));
        browser.get(Site.url("/redaktor?lang=nb"));
    }

    @Test
    void theEditorSeesTheListDownloadsItAndCancelsOneWithAReasonTheFirstInLineGetsTheSeat() throws Exception {
        String id = offering("Deltakerliste " + uniqueWord(), 1, LocalDate.now(OSLO).plusDays(20));
        String anna = participant("Anna Aasen");
        String bjorn = participant("Bjørn Berg");
        enrollByApi(anna, id, "school");
        enrollByApi(bjorn, id, "child-welfare");
        Site.signIn(browser, EDITOR);
        browser.get(Site.url("/redaktor/tilbud?id=" + id));
        browser.findElement(By.id("deltakerliste")).click();
        await(browser).until(ExpectedConditions.urlContains("/redaktor/deltakere"));
        assertEquals("1 bekreftet, 1 på venteliste. 1 plasser i alt.", text(browser, "#oversikt"));
        String confirmed = text(browser, "#bekreftet");
        assertTrue(confirmed.contains("Anna Aasen") && confirmed.contains(anna) && confirmed.contains("Alta")
                && confirmed.contains("Skole"), confirmed);
        String waiting = text(browser, "#venteliste");
        assertTrue(waiting.contains("Bjørn Berg") && waiting.contains("Nummer 1 på ventelisten")
                && waiting.contains("Barneverntjenesten"), waiting);

        HttpResponse<byte[]> csv = download(browser.findElement(By.id("csv")).getAttribute("href"));
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String file = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(file.startsWith("\uFEFFNavn;E-post;Kommune;Tjeneste;Status;"), file);
        assertTrue(file.contains("\r\nAnna Aasen;" + anna + ";" + ALTA + " Alta;Skole;Bekreftet;"), file);
        assertTrue(file.contains("\r\nBjørn Berg;" + bjorn + ";" + ALTA + " Alta;Barneverntjenesten;Venteliste;1;"),
                file);

        browser.findElement(By.cssSelector("#bekreftet a.roster-cancel")).click();
        await(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("avmelding:bekreft")));
        assertEquals("Melde av Anna Aasen?", text(browser, "#avmelding-overskrift"));
        browser.findElement(By.id("avmelding:bekreft")).click();
        await(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("feil")));
        assertEquals("Skriv en begrunnelse for avmeldingen. Deltakeren får se den.",
                text(browser, "[id='avmelding:reason-feil']"));
        replace(browser, "avmelding:reason", "Kurset er for ledere.");
        browser.findElement(By.id("avmelding:bekreft")).click();
        await(browser).until(ExpectedConditions.urlContains("melding=avmeldt"));
        assertEquals("Deltakeren er meldt av.", text(browser, "#melding"));
        assertTrue(text(browser, "#bekreftet").contains("Bjørn Berg"), "the first in line got the seat");
        assertTrue(browser.findElements(By.id("venteliste")).isEmpty());

        Client asAnna = new Client(Site.uri()).as(anna, Site.PASSWORD);
        JsonObject cancelled = Client.array(asAnna.get("api/me/enrollments")).getJsonObject(0)
                .getJsonObject("enrollment");
        assertEquals("cancelled", cancelled.getString("status"));
        assertEquals("Kurset er for ledere.", cancelled.getString("cancelReason"));
    }

    @Test
    void theEditorRecordsWhoCameOnceASessionHasStarted() throws Exception {
        LocalDate yesterday = LocalDate.now(OSLO).minusDays(1);
        String id = offering("Oppmøte " + uniqueWord(), 5, yesterday, LocalDate.now(OSLO).plusDays(20));
        enrollByApi(participant("Anna Aasen"), id, null);
        enrollByApi(participant("Bjørn Berg"), id, null);
        Site.signIn(browser, EDITOR);
        browser.get(Site.url("/redaktor/deltakere?tilbud=" + id));
        assertEquals("Hvem kom " + NORWEGIAN.format(yesterday.atTime(9, 0)) + "?",
                text(browser, "#oppmote-boks legend"));
        assertEquals("Anna Aasen", text(browser, "label[for='kom-0']"));
        browser.findElement(By.id("kom-0")).click();
        browser.findElement(By.id("oppmote:lagre")).click();
        await(browser).until(ExpectedConditions.urlContains("melding=oppmote"));
        assertEquals("Oppmøtet er lagret.", text(browser, "#melding"));
        assertTrue(browser.findElement(By.id("kom-0")).isSelected());
        assertFalse(browser.findElement(By.id("kom-1")).isSelected());
        List<String> rows = new String(download(browser.findElement(By.id("csv")).getAttribute("href")).body(),
                StandardCharsets.UTF_8).lines().toList();
        assertTrue(rows.get(0).endsWith(";Oppmøte " + yesterday.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"))
                + " 09:00;Oppmøte " + LocalDate.now(OSLO).plusDays(20).format(DateTimeFormatter.ofPattern("dd.MM.yyyy"))
                + " 09:00"), rows.get(0));
        assertTrue(rows.get(1).startsWith("Anna Aasen;") && rows.get(1).endsWith(";Ja;"), rows.get(1));
        assertTrue(rows.get(2).startsWith("Bjørn Berg;") && rows.get(2).endsWith(";Nei;"), rows.get(2));
    }

    @Test
    void aMunicipalContactEnrollsColleaguesWithOneResultPerLineAndSeesThemListed() throws Exception {
        String title = "Kollegakurs " + uniqueWord();
        String id = offering(title, 2, LocalDate.now(OSLO).plusDays(30));
        String a = participant("Ada Alta");
        String b = participant("Bo Alta");
        String c = participant("Cato Alta");
        String d = participant("Dina Alta");
        String e = participant("Eli Alta");
        Site.signIn(browser, CONTACT);
        browser.get(Site.url("/tilbudet?id=" + id));
        browser.findElement(By.id("meld-pa-kolleger")).click();
        await(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("kolleger:meld-pa")));
        assertEquals(title, text(browser, "#kolleger-tilbud"));
        replace(browser, "kolleger:adresser", String.join("\n", a, "ikke-en-adresse", "ukjent." + uniqueWord()
                + "@samkurs.no", b + ";Skole", "", a, c + ";astrologi", d));
        browser.findElement(By.id("kolleger:meld-pa")).click();
        await(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("resultat")));
        assertEquals("2 påmeldt, 1 på venteliste, 0 var allerede påmeldt, 4 med feil.", text(browser, "#resultat-sum"));
        assertEquals(List.of("Linje 1 " + a + " Påmeldt",
                "Linje 2 ikke-en-adresse E-postadressen er ikke gyldig.",
                "Linje 3 Fant ingen aktiv bruker med denne e-postadressen i kommunen din.",
                "Linje 4 " + b + " Påmeldt",
                "Linje 6 " + a + " Samme e-postadresse står allerede på linje 1.",
                "Linje 7 " + c + " Ukjent tjeneste «astrologi». Skriv en av disse: Barnehage, Skole, PP-tjenesten, "
                        + "Helsestasjon og skolehelsetjeneste, Barneverntjenesten, NAV, Kommunal ledelse, Psykisk "
                        + "helse- og rustjenester, Politi og SLT.",
                "Linje 8 " + d + " Nummer 1 på ventelisten"), results().stream()
                .map(r -> r.startsWith("Linje 3") ? r.replaceAll(" ukjent\\.\\S+", "") : r).toList());

        Path upload = Files.createTempFile("kolleger", ".csv");
        Files.writeString(upload, "\uFEFFe-post;tjeneste\r\n" + e + ";Barnehage\r\n" + a + ";\r\n");
        browser.findElement(By.id("kolleger:fil")).sendKeys(upload.toString());
        browser.findElement(By.id("kolleger:meld-pa")).click();
        await(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("resultat-sum"),
                "1 var allerede påmeldt"));
        assertEquals(List.of("Linje 2 " + e + " Nummer 2 på ventelisten", "Linje 3 " + a + " Var allerede påmeldt"),
                results(), "the file's lines, after its headings");
        Files.delete(upload);

        browser.findElement(By.linkText("Se alle kommunens påmeldinger")).click();
        await(browser).until(ExpectedConditions.urlContains("/kommune"));
        assertEquals("Kommunen", text(browser, "nav.menu a[aria-current=page]"), "the menu says where one is");
        String listed = browser.findElements(By.cssSelector("#kommunens-pameldinger > li")).stream()
                .map(WebElement::getText).filter(t -> t.contains(title)).map(t -> t.replaceAll("\\s+", " "))
                .collect(Collectors.joining("\n"));
        for (String expected : List.of("Ada Alta", "Bo Alta", "Dina Alta", "Eli Alta", "Nummer 2 på ventelisten",
                "Barnehage")) {
            assertTrue(listed.contains(expected), expected + " in " + listed);
        }
        assertFalse(listed.contains("Cato Alta"), "the row with an unknown service enrolled nobody");
    }

    @Test
    void enrollingCancellingAndEnrollingColleaguesWorkWithoutJavaScript() throws Exception {
        browser.quit();
        browser = Browser.open(320, 800, "--blink-settings=scriptEnabled=false");
        String id = offering("Uten skript " + uniqueWord(), 3, LocalDate.now(OSLO).plusDays(30));
        String me = participant("Siri Skriptløs");
        Site.signIn(browser, me);
        browser.get(Site.url("/tilbudet?id=" + id));
        browser.findElement(By.id("meld-pa")).click();
        await(browser).until(ExpectedConditions.urlContains("pamelding=ja"));
        assertEquals("Du er påmeldt.", text(browser, "#pamelding-status"));
        browser.get(Site.url("/min-side"));
        enrollmentOn(browser, id).findElement(By.linkText("Meld av")).click();
        await(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("avmelding-skjema:bekreft")));
        browser.findElement(By.id("avmelding-skjema:bekreft")).click();
        await(browser).until(ExpectedConditions.urlContains("melding=avmeldt"));

        browser.quit();
        browser = Browser.open(320, 800, "--blink-settings=scriptEnabled=false");
        Site.signIn(browser, CONTACT);
        browser.get(Site.url("/kommune/pamelding?tilbud=" + id));
        replace(browser, "kolleger:adresser", me + ";Skole");
        browser.findElement(By.id("kolleger:meld-pa")).click();
        await(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("resultat")));
        assertEquals(List.of("Linje 1 " + me + " Påmeldt"), results());
    }

    @Test
    void everyNewPageAndStateIsAccessibleInBokmalAndEnglishOnDesktopAndPhone() throws Exception {
        LocalDate started = LocalDate.now(OSLO).minusDays(1);
        String open = offering("Tilgjengelig kurs " + uniqueWord(), 5, started, LocalDate.now(OSLO).plusDays(25));
        String limited = offering("Tilgjengelig nettverk " + uniqueWord(), 9, LocalDate.now(OSLO).plusDays(26));
        setPolicy(limited, "{\"seatsPerMunicipality\": 1, \"cancelDeadline\": \"" + started + "T08:00\"}");
        String enrolled = participant("Tina Tilgjengelig");
        String enrollment = enrollByApi(enrolled, open, "school").getString("id");
        enrollByApi(enrolled, limited, null);
        enrollByApi(participant("Vidar Venteliste"), open, null);
        browser.quit();
        ChromeDriver anonymous = Browser.open(1280, 1000);
        ChromeDriver person = Browser.open(1280, 1000);
        ChromeDriver other = Browser.open(1280, 1000);
        ChromeDriver editor = Browser.open(1280, 1000);
        ChromeDriver contact = Browser.open(1280, 1000);
        List<ChromeDriver> all = List.of(anonymous, person, other, editor, contact);
        try {
            Site.signIn(person, enrolled);
            Site.signIn(other, participant("Rolf Refusert"));
            Site.signIn(editor, EDITOR);
            Site.signIn(contact, CONTACT);
            for (int[] size : List.of(new int[]{1280, 1000}, new int[]{320, 800})) {
                all.forEach(driver -> driver.manage().window().setSize(new Dimension(size[0], size[1])));
                for (String lang : List.of("nb", "en")) {
                    String width = size[0] > 600 ? "desktop" : "phone";
                    String name = width + " " + lang;
                    check(anonymous, "/tilbudet?id=" + open + "&lang=" + lang, "offering, anonymous " + name, lang);
                    shoot(anonymous, "tilbudet-anonym-" + width, lang);
                    check(person, "/tilbudet?id=" + open + "&pamelding=ja&lang=" + lang, "offering, just enrolled "
                            + name, lang);
                    shoot(person, "tilbudet-pameldt-" + width, lang);
                    other.get(Site.url("/tilbudet?id=" + limited + "&lang=" + lang));
                    other.findElement(By.id("meld-pa")).click();
                    await(other).until(ExpectedConditions.urlContains("pamelding=avvist"));
                    assertEquals(lang.equals("nb") ? "Kommunen din har allerede brukt sin ene plass i dette tilbudet. "
                                    + "Snakk med kommunekontakten din." : "Your municipality has already used its one "
                                    + "seat in this offering. Talk to your municipal contact.",
                            other.findElement(By.id("pamelding-melding")).getText(), "the refusal in " + lang);
                    CalendarEditorPagesIT.accessible(other, "offering, refused " + name);
                    shoot(other, "tilbudet-avvist-" + width, lang);
                    check(other, "/pamelding?tilbud=" + open + "&lang=" + lang, "enrolling, confirm " + name, lang);
                    shoot(other, "pamelding-" + width, lang);
                    check(person, "/min-side?lang=" + lang, "Min side with enrollments " + name, lang);
                    shoot(person, "min-side-pameldinger-" + width, lang);
                    check(person, "/avmelding?pamelding=" + enrollment + "&lang=" + lang, "cancelling " + name, lang);
                    shoot(person, "avmelding-" + width, lang);

                    check(editor, "/tilbudet?id=" + open + "&lang=" + lang, "offering, organiser " + name, lang);
                    check(editor, "/redaktor/tilbud?id=" + open + "&lang=" + lang, "offering editor " + name, lang);
                    editor.get(Site.url("/redaktor/pamelding?tilbud=" + open + "&lang=" + lang));
                    replace(editor, "regler:perMunicipality", "x");
                    editor.findElement(By.id("regler:lagre")).click();
                    await(editor).until(ExpectedConditions.presenceOfElementLocated(By.id("feil")));
                    CalendarEditorPagesIT.accessible(editor, "rules with an error " + name);
                    shoot(editor, "regler-feil-" + width, lang);
                    editor.get(Site.url("/redaktor/deltakere?tilbud=" + open + "&meld-av=" + enrollment + "&lang="
                            + lang));
                    editor.findElement(By.id("avmelding:bekreft")).click();
                    await(editor).until(ExpectedConditions.presenceOfElementLocated(By.id("feil")));
                    CalendarEditorPagesIT.accessible(editor, "participants, cancelling one without a reason " + name);
                    shoot(editor, "deltakere-avmelding-" + width, lang);

                    contact.get(Site.url("/kommune/pamelding?tilbud=" + open + "&lang=" + lang));
                    replace(contact, "kolleger:adresser", "ikke-en-adresse\n" + enrolled + ";astrologi");
                    contact.findElement(By.id("kolleger:meld-pa")).click();
                    await(contact).until(ExpectedConditions.presenceOfElementLocated(By.id("resultat")));
                    CalendarEditorPagesIT.accessible(contact, "colleagues, results " + name);
                    shoot(contact, "kolleger-resultat-" + width, lang);
                    check(contact, "/kommune?alle=ja&lang=" + lang, "the municipality's enrollments " + name, lang);
                    shoot(contact, "kommune-" + width, lang);
                }
            }
        } finally {
            for (ChromeDriver driver : List.of(editor, contact)) {
                driver.get(Site.url("/min-side?lang=nb"));
            }
            all.forEach(ChromeDriver::quit);
        }
        browser = Browser.open(1280, 1000);
    }

    /** Opens a page, checks its language, axe-core and that nothing is wider than the window. */
    static void check(ChromeDriver driver, String path, String name, String lang) throws Exception {
        driver.get(Site.url(path));
        assertEquals(lang, driver.findElement(By.tagName("html")).getAttribute("lang"), name);
        CalendarEditorPagesIT.accessible(driver, name);
    }

    /** Waits for the search to find the offering with this word (the index follows a moment after publishing). */
    static void awaitFound(String word) throws InterruptedException {
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(10);
        while (Client.object(editorApi.get("api/offerings?q=" + word)).getInt("total") != 1
                && java.time.Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
    }

    /** A screenshot of the page in bokmål for review (target's screenshots folder, not committed). */
    static void shoot(ChromeDriver driver, String name, String lang) throws Exception {
        if (lang.equals("nb")) {
            Site.screenshot(driver, "pamelding-" + name);
        }
    }

    /** The results of a bulk enrollment, one line each, as read. */
    List<String> results() {
        return browser.findElements(By.cssSelector(".bulk-results > li")).stream()
                .map(li -> li.getText().replaceAll("\\s+", " ").strip()).toList();
    }

    /** The enrollment in the offering as Min side lists it. */
    static WebElement enrollmentOn(ChromeDriver driver, String offeringId) {
        return driver.findElement(By.xpath("//ul[@class='enrollment-list']/li[.//a[@href='/tilbudet?id="
                + offeringId + "']]"));
    }

    static String enrollmentId(String email, String offeringId) throws Exception {
        return Client.array(new Client(Site.uri()).as(email, Site.PASSWORD).get("api/me/enrollments"))
                .getValuesAs(JsonObject.class).stream().map(e -> e.getJsonObject("enrollment"))
                .filter(e -> e.getString("offeringId").equals(offeringId)).findFirst().orElseThrow().getString("id");
    }

    /** A file from the site with this browser's session, as the browser would download it. */
    HttpResponse<byte[]> download(String address) throws Exception {
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(address))
                        .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Sets a date or time input the way the browser holds its value. */
    void set(String id, String value) {
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), value);
    }

    /** A participant of their own in Alta, so that what one test enrolls is nobody else's. */
    static String participant(String name) {
        String email = "deltaker." + uniqueWord() + "@samkurs.no";
        HttpResponse<String> created = admin.postJson("api/people", """
                {"email": "%s", "name": "%s", "password": "%s", "roles": ["participant"], "municipality": "%s"}"""
                .formatted(email, name, Site.PASSWORD, ALTA));
        assertEquals(201, created.statusCode(), created.body());
        return email;
    }

    /**
     * A published course of RVTS Nord for Finnmark, one session (09–11) on each day given; on a topic few others use,
     * since the catalog's page tests count the offerings about trauma on the shared site.
     */
    static String offering(String title, Integer capacity, LocalDate... days) {
        String sessions = Arrays.stream(days).map(day -> "{\"start\": \"%sT09:00\", \"end\": \"%sT11:00\"}"
                .formatted(day, day)).collect(Collectors.joining(", "));
        HttpResponse<String> created = editorApi.postJson("api/offerings", """
                {"kind": "course", "delivery": "digital", "title": "%s", "summary": "Laget av påmeldingstesten.",
                 "topics": ["cooperation"], "targetGroups": ["leadership"], "counties": ["56"], %s"sessions": [%s]}"""
                .formatted(title, capacity == null ? "" : "\"capacity\": " + capacity + ", ", sessions));
        assertEquals(201, created.statusCode(), created.body());
        String id = Client.object(created).getString("id");
        HttpResponse<String> published = editorApi.postJson("api/offerings/" + id + "/publish", "");
        assertEquals(200, published.statusCode(), published.body());
        return id;
    }

    static JsonObject enrollByApi(String email, String offeringId, String service) throws Exception {
        HttpResponse<String> enrolled = new Client(Site.uri()).as(email, Site.PASSWORD).postJson("api/offerings/"
                + offeringId + "/enrollments", service == null ? "" : "{\"service\": \"" + service + "\"}");
        assertEquals(201, enrolled.statusCode(), enrolled.body());
        return Client.object(enrolled);
    }

    static void setPolicy(String offeringId, String json) {
        HttpResponse<String> set = editorApi.send("PUT", "api/offerings/" + offeringId + "/enrollment-policy",
                "application/json", json);
        assertEquals(200, set.statusCode(), set.body());
    }
}
