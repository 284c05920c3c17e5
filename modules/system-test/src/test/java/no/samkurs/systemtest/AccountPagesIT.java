package no.samkurs.systemtest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Signing in and out, "Min side", the error pages and the accessibility statement, in a real browser against the
 * shared site, and over plain HTTP where the status code is the point. Accounts whose language preference a test
 * changes are made for that test, so that the demo accounts keep reading bokmål.
 */
class AccountPagesIT {

    static final String PASSWORD = Site.PASSWORD;
    static final String PARTICIPANT = Site.DEMO.get("participant");
    static final List<String> LANGUAGES = List.of("nb", "nn", "en");
    static final List<String> SCREENSHOTS = List.of("login", "tilgjengelighet", "404", "403", "403-anonymous",
            "min-side-participant", "min-side-provider-editor", "logg-ut-participant");

    static ChromeDriver browser;

    @BeforeAll
    static void open() throws Exception {
        browser = Browser.open(1280, 1000);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Every test starts as a new visitor: no session, no remembered language, a desktop window. */
    @BeforeEach
    void newVisitor() throws Exception {
        browser.get(Site.url("/tilgjengelighet"));
        browser.manage().deleteAllCookies();
        desktop();
    }

    @Test
    void eachDemoAccountLandsOnThePageOfItsRole() throws Exception {
        Map<String, String> landing = Map.of("participant", "/min-side", "municipal-contact", "/min-side",
                "provider-editor", "/redaktor", "regional-coordinator", "/koordinator", "administrator", "/admin");
        for (var role : landing.entrySet()) {
            browser.manage().deleteAllCookies();
            Site.signIn(browser, Site.DEMO.get(role.getKey()));
            assertEquals(role.getValue(), URI.create(browser.getCurrentUrl()).getPath(), role.getKey());
        }
    }

    @Test
    void aWrongPasswordIsSaidNextToTheFieldAndSummarisedFirst() throws Exception {
        String email = newPerson("Vera Villfaren");
        Map<String, String> message = Map.of("nb", "Feil e-postadresse eller passord",
                "en", "Wrong e-mail address or password");
        for (var language : message.entrySet()) {
            browser.get(Site.url("/login?lang=" + language.getKey()));
            fill(email, "feil-passord");
            WebElement summary = browser.findElement(By.cssSelector("main .error-summary"));
            assertTrue(summary.getText().contains(language.getValue()), summary.getText());
            assertEquals(summary, browser.switchTo().activeElement(), "the summary takes the focus");
            assertEquals(language.getValue(), browser.findElement(By.id("email-feil")).getText().replace("! ", ""));
            WebElement field = browser.findElement(By.id("email"));
            assertEquals("true", field.getAttribute("aria-invalid"));
            assertEquals("email-feil", field.getAttribute("aria-describedby"));
            assertEquals(email, field.getAttribute("value"), "the e-mail address is kept");
            assertEquals("", browser.findElement(By.id("password")).getAttribute("value"), "never the password");
            Site.assertAccessible(browser, "login, wrong password (" + language.getKey() + ")");
        }
        Site.screenshot(browser, "account-login-wrong-password-desktop");
    }

    @Test
    void anEmptyFormAsksForBothFields() throws Exception {
        browser.get(Site.url("/login"));
        browser.findElement(By.id("logg-inn")).click();
        String summary = Browser.await(browser).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("main .error-summary"))).getText();
        assertTrue(summary.contains("Skriv inn e-postadressen din") && summary.contains("Skriv inn passordet ditt"),
                summary);
        Site.assertAccessible(browser, "login, empty");
    }

    @Test
    void aThrottledSignInSaysHowLongToWaitInNorwegianWith429() throws Exception {
        String email = newPerson("Tina Tålmodig");
        Client visitor = new Client(Site.uri());
        HttpResponse<String> answer = null;
        for (int attempt = 0; attempt < 8 && (answer == null || answer.statusCode() != 429); attempt++) {
            answer = post(visitor, visitor.get("login"), email, "gjett-" + attempt, "");
        }
        assertEquals(429, answer.statusCode(), "five free failures per account, then a pause");
        long retryAfter = Long.parseLong(answer.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(answer.body().contains("For mange mislykkede innlogginger. Av sikkerhetshensyn må du vente "
                + retryAfter + (retryAfter == 1 ? " sekund " : " sekunder ") + "før du prøver igjen."), answer.body());
        assertTrue(answer.body().contains("lang=\"nb\""));
        FacesForm.in(answer.body(), "innlogging");
    }

    @Test
    void aThrottledSignInIsSummarisedFirstInTheBrowser() throws Exception {
        String email = newPerson("Tore Tålmodig");
        browser.get(Site.url("/login"));
        // Each wrong password after the fifth doubles the pause, so a refusal comes long before the eighth try.
        for (int attempt = 0; attempt < 8 && browser.findElements(By.id("vent")).isEmpty(); attempt++) {
            fill(email, "gjett-" + attempt);
        }
        WebElement refusal = browser.findElement(By.id("vent"));
        assertTrue(refusal.getText().contains("Av sikkerhetshensyn må du vente"), refusal.getText());
        assertEquals(refusal, active());
        Site.assertAccessible(browser, "login, throttled");
        Site.screenshot(browser, "account-login-throttled-desktop");
    }

    @Test
    void afterSigningInTheNextPathOnThisSiteIsFollowed() throws Exception {
        browser.get(Site.url("/login?neste=" + encode("/tilbud?q=traume")));
        fill(PARTICIPANT, PASSWORD);
        awaitPath("/tilbud");
        assertEquals("q=traume", URI.create(browser.getCurrentUrl()).getQuery());
    }

    @Test
    void aNextAddressOnAnotherSiteLeadsHome() throws Exception {
        for (String hostile : List.of("//evil.example/", "https://evil.example/", "/\\evil.example")) {
            browser.manage().deleteAllCookies();
            browser.get(Site.url("/login?neste=" + encode(hostile)));
            fill(PARTICIPANT, PASSWORD);
            awaitPath("/");
            assertEquals(Site.uri().getAuthority(), URI.create(browser.getCurrentUrl()).getAuthority(), hostile);
        }
    }

    @Test
    void anonymousVisitorsOfMinSideSignInFirstAndComeBack() throws Exception {
        browser.get(Site.url("/min-side"));
        assertEquals("/login", URI.create(browser.getCurrentUrl()).getPath());
        assertEquals("neste=/min-side", URI.create(browser.getCurrentUrl()).getQuery());
        fill(Site.DEMO.get("provider-editor"), PASSWORD);
        awaitPath("/min-side");
    }

    @Test
    void signingOutOnLoggUtEndsTheSession() throws Exception {
        Site.signIn(browser, PARTICIPANT);
        browser.get(Site.url("/min-side"));
        browser.findElement(By.id("til-utlogging")).click();
        awaitPath("/logg-ut");
        Site.assertAccessible(browser, "logg-ut, signed in");
        browser.findElement(By.cssSelector("main form [type=submit]")).click();
        awaitPath("/");
        browser.get(Site.url("/min-side"));
        assertEquals("/login", URI.create(browser.getCurrentUrl()).getPath(), "the session is gone");
    }

    @Test
    void minSideShowsWhoThePersonIsWhereTheyBelongAndTheirRoles() throws Exception {
        Site.signIn(browser, PARTICIPANT);
        browser.get(Site.url("/min-side"));
        assertEquals("Min side", browser.findElement(By.tagName("h1")).getText());
        assertEquals("Dina Deltaker (helsesykepleier, Alta)", text("navn"));
        assertEquals(PARTICIPANT, text("e-post"));
        assertEquals("Alta", text("kommune"));
        assertEquals("Deltaker", text("roller"));
        assertTrue(browser.findElements(By.id("organisasjon")).isEmpty());

        browser.manage().deleteAllCookies();
        Site.signIn(browser, Site.DEMO.get("regional-coordinator"));
        browser.get(Site.url("/min-side"));
        assertEquals("Statsforvalteren i Troms og Finnmark", text("organisasjon"));
        assertEquals("Regional koordinator", text("roller"));
        assertTrue(browser.findElements(By.id("kommune")).isEmpty());
    }

    @Test
    void theChosenLanguageFollowsThePersonAcrossSignOutAndSignIn() throws Exception {
        String email = newPerson("Nils Nynorsk");
        signInOnTheForm(email);
        browser.get(Site.url("/min-side"));
        browser.findElement(By.cssSelector("label[for=sprak-nn]")).click();
        browser.findElement(By.id("lagre-sprak")).click();
        awaitPath("/min-side");
        // The form posts back to its own address: wait for the answer, not the path.
        Browser.await(browser).until(ExpectedConditions.textToBe(By.cssSelector("main [role=status]"),
                "Språket er lagra."));
        assertEquals("nn", browser.findElement(By.tagName("html")).getAttribute("lang"));

        signOutAndForget();
        signInOnTheForm(email);
        browser.get(Site.url("/min-side"));
        assertEquals("nn", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("Mi side", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElement(By.id("sprak-nn")).isSelected());

        browser.get(Site.url("/min-side?lang=en"));
        signOutAndForget();
        signInOnTheForm(email);
        browser.get(Site.url("/min-side"));
        assertEquals("My page", browser.findElement(By.tagName("h1")).getText(), "the language menu saves it too");
    }

    @Test
    void notFoundIsAPageInEachLanguageWithStatus404() throws Exception {
        Map<String, String> titles = Map.of("nb", "Fant ikke det du ba om", "nn", "Fann ikkje det du bad om",
                "en", "Not found");
        for (String language : LANGUAGES) {
            HttpResponse<String> missing = new Client(Site.uri()).get("finnes-ikke?lang=" + language);
            assertEquals(404, missing.statusCode());
            assertTrue(missing.body().contains("<h1>" + titles.get(language) + "</h1>"), missing.body());
            assertTrue(missing.body().contains("lang=\"" + language + "\""));
            assertTrue(missing.body().contains("href=\"/finnes-ikke?lang=nn\""), "the language menu stays here");
        }
    }

    @Test
    void aParticipantOpeningAdministrationGets403() throws Exception {
        Client participant = signedIn(PARTICIPANT);
        HttpResponse<String> refused = participant.get("admin");
        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().contains("<h1>Du har ikke tilgang</h1>"), refused.body());
        assertTrue(refused.body().contains("har ikke tilgang til denne siden"));
        assertFalse(refused.body().contains("neste=%2Fadmin\">Logg inn"), "signed in: no sign-in link");

        HttpResponse<String> anonymous = new Client(Site.uri()).get("feil/403?lang=en");
        assertEquals(403, anonymous.statusCode());
        assertTrue(anonymous.body().contains("<h1>You do not have access</h1>"));
        assertTrue(anonymous.body().contains("You need to sign in to see this page."));
    }

    @Test
    void failuresNeverShowTheirTextAndAnExpiredFormCanBeSentAgain() throws Exception {
        HttpResponse<String> failure = new Client(Site.uri()).get("feil/500?lang=nn");
        assertEquals(500, failure.statusCode());
        assertTrue(failure.body().contains("<h1>Noko gjekk gale hos oss</h1>"), failure.body());

        Client visitor = new Client(Site.uri());
        FacesForm form = FacesForm.in(visitor.get("login").body(), "innlogging");
        HttpResponse<String> expired = new Client(Site.uri()).postForm(form.action(),
                form.with("email", PARTICIPANT).with("password", PASSWORD).fields());
        assertEquals(400, expired.statusCode(), "another browser: the view state is not its own");
        assertTrue(expired.body().contains("<h1>Siden er utløpt</h1>"), expired.body());
        assertTrue(expired.body().contains("href=\"/login\""));
        assertFalse(expired.body().contains("Exception"));
    }

    @Test
    void theAccessibilityStatementSaysWhatItMeetsHowItWasTestedAndWhereToComplain() throws Exception {
        Map<String, String> headings = Map.of("nb", "Tilgjengelighetserklæring for Samkurs",
                "nn", "Tilgjengelegheitserklæring for Samkurs", "en", "Accessibility statement for Samkurs");
        for (String language : LANGUAGES) {
            HttpResponse<String> page = new Client(Site.uri()).get("tilgjengelighet?lang=" + language);
            assertEquals(200, page.statusCode());
            String body = page.body().replace("\u00AD", ""); // the soft hyphen in the long Norwegian word
            assertTrue(body.contains(headings.get(language) + "</h1>"), body);
            assertTrue(body.contains("WCAG 2.1") && body.contains("axe-core"), language);
            assertTrue(body.contains("href=\"https://www.uutilsynet.no/\""), language);
            assertTrue(body.contains("href=\"mailto:"), language);
            assertTrue(body.contains("2026"), language);
        }
    }

    @Test
    void theLoginFlowWorksWithTheKeyboardAlone() throws Exception {
        browser.get(Site.url("/login"));
        keys(Keys.TAB);
        assertEquals("skip", active().getAttribute("class"));
        keys(Keys.ENTER);
        keys(Keys.TAB);
        assertEquals("email", active().getAttribute("id"));
        keys(PARTICIPANT, Keys.TAB);
        assertEquals("password", active().getAttribute("id"));
        keys("feil", Keys.ENTER);
        awaitVisible("main .error-summary");
        assertTrue(active().getAttribute("class").contains("error-summary"));
        keys(Keys.TAB);
        assertEquals("#email", active().getAttribute("href").replaceAll(".*#", "#"), "the summary links to the field");
        keys(Keys.TAB, Keys.TAB);
        assertEquals("password", active().getAttribute("id"));
        keys(PASSWORD, Keys.ENTER);
        awaitPath("/min-side");
    }

    @Test
    void myPagesHaveNoWcagViolationsInAnyLanguageRoleOrWidth() throws Exception {
        for (boolean phone : List.of(false, true)) {
            browser.manage().deleteAllCookies();
            size(phone);
            String device = phone ? "phone" : "desktop";
            for (String language : LANGUAGES) {
                check("/login?lang=" + language, "login", language, device);
                check("/tilgjengelighet?lang=" + language, "tilgjengelighet", language, device);
                check("/finnes-ikke?lang=" + language, "404", language, device);
                check("/feil/403?lang=" + language, "403-anonymous", language, device);
                check("/logg-ut?lang=" + language, "logg-ut-anonymous", language, device);
            }
            // Bokmål last: the demo accounts' profiles keep the language chosen last.
            for (String role : Site.DEMO.keySet()) {
                browser.manage().deleteAllCookies();
                Site.signIn(browser, Site.DEMO.get(role));
                for (String language : List.of("en", "nn", "nb")) {
                    check("/min-side?lang=" + language, "min-side-" + role, language, device);
                    check("/logg-ut?lang=" + language, "logg-ut-" + role, language, device);
                }
            }
            browser.manage().deleteAllCookies();
            Site.signIn(browser, PARTICIPANT);
            for (String language : List.of("en", "nn", "nb")) {
                check("/admin?lang=" + language, "403", language, device);
            }
        }
    }

    private void check(String address, String page, String language, String device) throws Exception {
        browser.get(Site.url(address));
        assertEquals(language, browser.findElement(By.tagName("html")).getAttribute("lang"), address);
        Site.assertAccessible(browser, page + " (" + language + ", " + device + ")");
        Long overflow = (Long) browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertEquals(0L, overflow, page + " is wider than the " + device + " (" + language + ")");
        if ("nb".equals(language) && SCREENSHOTS.contains(page)) {
            Site.screenshot(browser, "account-" + page + "-" + device);
        }
    }

    /** Fills the login form on the page now shown and sends it. */
    private static void fill(String email, String password) {
        WebElement field = browser.findElement(By.id("email"));
        field.clear();
        field.sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.executeScript("window.stillTheFormPage = true;");
        browser.findElement(By.id("logg-inn")).click();
        // The next page has loaded once the mark set on this one is gone and the new document is complete.
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(WebDriverException.class).until(driver ->
                Boolean.TRUE.equals(browser.executeScript(
                        "return window.stillTheFormPage === undefined && document.readyState === 'complete';")));
    }

    /** Signs in as this person, with a browser that has chosen no language, so that the profile decides. */
    private static void signInOnTheForm(String email) throws Exception {
        browser.get(Site.url("/login"));
        fill(email, PASSWORD);
        awaitPath("/min-side");
    }

    private static void signOutAndForget() throws Exception {
        browser.get(Site.url("/logg-ut"));
        browser.findElement(By.cssSelector("main form [type=submit]")).click();
        awaitPath("/");
        browser.manage().deleteAllCookies();
    }

    /** A new participant in Alta, made by the administrator over the API. */
    private static String newPerson(String name) throws Exception {
        String email = "konto-" + UUID.randomUUID().toString().substring(0, 8) + "@alta.kommune.no";
        var created = new Client(Site.uri()).as(Site.DEMO.get("administrator"), PASSWORD).postJson("api/people", """
                {"email": "%s", "name": "%s", "password": "%s", "roles": ["participant"], "municipality": "5601"}"""
                .formatted(email, name, PASSWORD));
        assertEquals(201, created.statusCode(), created.body());
        return email;
    }

    /** An HTTP client signed in through the login form, as a browser without JavaScript would. */
    private static Client signedIn(String email) throws Exception {
        Client client = new Client(Site.uri());
        HttpResponse<String> signedIn = post(client, client.get("login"), email, PASSWORD, "");
        assertEquals(303, signedIn.statusCode(), signedIn.body());
        return client;
    }

    private static HttpResponse<String> post(Client client, HttpResponse<String> page, String email, String password,
                                             String next) {
        FacesForm form = FacesForm.in(page.body(), "innlogging");
        return client.postForm(form.action(), form.with("email", email).with("password", password)
                .with("neste", next).fields());
    }

    private static void awaitPath(String path) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver ->
                path.equals(URI.create(driver.getCurrentUrl()).getPath()));
    }

    private static void awaitVisible(String css) {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    private static String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private static WebElement active() {
        return browser.switchTo().activeElement();
    }

    private static void keys(CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    private static void desktop() {
        size(false);
    }

    private static void size(boolean phone) {
        browser.manage().window().setSize(phone ? new Dimension(390, 844) : new Dimension(1280, 1000));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
