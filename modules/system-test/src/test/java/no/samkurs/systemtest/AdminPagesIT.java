package no.samkurs.systemtest;

import jakarta.json.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The administrator's pages in a real browser against the shared site: finding people, creating one (the home
 * their role needs is asked for next to the field), changing roles and deactivating, with the change felt at once
 * by the person's HTTP Basic scripts; organisations; who may come in; WCAG 2.1 AA on every page.
 */
class AdminPagesIT {

    static final String ADMIN = Site.DEMO.get("administrator");
    static final String PASSWORD = "et-langt-passord";
    static final AtomicInteger SERIAL = new AtomicInteger();

    ChromeDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.open(1280, 1000);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void anAdministratorFindsADemoPersonByName() throws Exception {
        Site.signIn(browser, ADMIN);
        browser.get(Site.url("/admin"));
        browser.findElement(By.id("q")).sendKeys("dina", Keys.ENTER);
        await().until(ExpectedConditions.urlContains("q=dina"));
        WebElement found = browser.findElement(By.id("personer"));
        assertTrue(found.getText().contains("Dina Deltaker"), found.getText());
        assertTrue(found.getText().contains("deltaker@samkurs.no"), found.getText());
        assertTrue(found.getText().contains("Deltaker"), "the role, named");
        assertTrue(found.getText().contains("Alta"), "the home");
        assertTrue(found.getText().contains("Aktiv"), "the status, in words");

        found.findElement(By.linkText("Dina Deltaker (helsesykepleier, Alta)")).click();
        await().until(ExpectedConditions.urlContains("/admin/person?id="));
        assertEquals("deltaker@samkurs.no", browser.findElement(By.id("person-epost")).getText());
    }

    @Test
    void aSearchThatFindsNobodySaysSoAndOffersEveryone() throws Exception {
        Site.signIn(browser, ADMIN);
        browser.get(Site.url("/admin?q=finnesikke"));
        assertEquals("Ingen personer passer med «finnesikke»", browser.findElement(By.id("treff-antall")).getText());
        assertTrue(browser.findElements(By.id("personer")).isEmpty());
        browser.findElement(By.linkText("Vis alle personer")).click();
        await().until(ExpectedConditions.presenceOfElementLocated(By.id("personer")));
    }

    @Test
    void aNewPersonWhoseRoleNeedsAHomeIsAskedForItNextToTheField() throws Exception {
        Site.signIn(browser, ADMIN);
        browser.get(Site.url("/admin"));
        browser.findElement(By.id("ny-person")).click();
        await().until(ExpectedConditions.urlContains("/admin/ny-person"));
        String email = uniqueEmail("redaktor");
        browser.findElement(By.id("navn")).sendKeys("Rita Ny Redaktør");
        browser.findElement(By.id("epost")).sendKeys(email);
        browser.findElement(By.id("passord")).sendKeys(PASSWORD);
        role("provider-editor").click();
        browser.findElement(By.id("opprett")).click();

        WebElement error = await().until(ExpectedConditions.visibilityOfElementLocated(By.id("organisasjon-feil")));
        assertTrue(error.getText().contains("Velg en organisasjon"), error.getText());
        assertEquals("true", browser.findElement(By.id("organisasjon")).getAttribute("aria-invalid"));
        WebElement summary = browser.findElement(By.cssSelector(".error-summary"));
        assertEquals(1, summary.findElements(By.cssSelector("a[href='#organisasjon']")).size(), summary.getText());
        assertTrue(role("provider-editor").isSelected(), "the roles ticked stay ticked");

        new Select(browser.findElement(By.id("organisasjon"))).selectByValue("rvts-nord");
        browser.findElement(By.id("passord")).sendKeys(PASSWORD);
        browser.findElement(By.id("opprett")).click();
        await().until(ExpectedConditions.urlContains("/admin/person?id="));
        assertTrue(browser.findElement(By.id("lagret")).getText().contains("opprettet"));
        assertEquals("RVTS Nord", browser.findElement(By.id("person-tilhorighet")).getText());

        assertEquals(200, new Client(Site.uri()).as(email, PASSWORD).get("api/people/me").statusCode(),
                "the new person signs in");
    }

    @Test
    void aDeactivatedPersonIsRefusedAtOnceEvenWithARememberedBasicCredential() throws Exception {
        String email = uniqueEmail("deltaker");
        String id = createThroughTheApi(email, "participant");
        Client person = new Client(Site.uri()).as(email, PASSWORD);
        assertEquals(200, person.get("api/people/me").statusCode(), "signed in, and now remembered");

        Site.signIn(browser, ADMIN);
        browser.get(Site.url("/admin/person?id=" + id));
        browser.findElement(By.id("konto-knapp")).click();
        await().until(ExpectedConditions.presenceOfElementLocated(By.id("lagret")));
        assertEquals("Deaktivert", browser.findElement(By.id("person-status")).getText());
        assertEquals(401, person.get("api/people/me").statusCode(), "refused on the next request, not minutes later");

        browser.findElement(By.id("konto-knapp")).click();
        await().until(ExpectedConditions.textToBe(By.id("person-status"), "Aktiv"));
        assertEquals(200, person.get("api/people/me").statusCode(), "reactivated");
    }

    @Test
    void changedRolesTakeEffectAtOnce() throws Exception {
        String email = uniqueEmail("rolle");
        String id = createThroughTheApi(email, "participant");
        Client person = new Client(Site.uri()).as(email, PASSWORD);
        assertEquals(403, person.get("api/people/" + id).statusCode(), "only administrators read people");

        Site.signIn(browser, ADMIN);
        browser.get(Site.url("/admin/person?id=" + id));
        role("administrator").click();
        browser.findElement(By.id("lagre")).click();
        await().until(ExpectedConditions.presenceOfElementLocated(By.id("lagret")));
        assertEquals("Deltaker, Administrator", browser.findElement(By.id("person-roller")).getText());
        assertEquals(200, person.get("api/people/" + id).statusCode(), "the new role counts on the next request");
    }

    @Test
    void aChangeMadeMeanwhileIsShownAndNotOverwritten() throws Exception {
        String id = createThroughTheApi(uniqueEmail("samtidig"), "participant");
        Site.signIn(browser, ADMIN);
        browser.get(Site.url("/admin/person?id=" + id));
        String first = browser.getWindowHandle();
        browser.switchTo().newWindow(WindowType.TAB);
        browser.get(Site.url("/admin/person?id=" + id));
        role("municipal-contact").click();
        browser.findElement(By.id("lagre")).click();
        await().until(ExpectedConditions.presenceOfElementLocated(By.id("lagret")));

        browser.switchTo().window(first);
        role("administrator").click();
        browser.findElement(By.id("lagre")).click();
        WebElement summary = await().until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".error-summary")));
        assertTrue(summary.getText().contains("Noen andre har endret personen"), summary.getText());
        assertEquals("Deltaker, Kommunekontakt", browser.findElement(By.id("person-roller")).getText(),
                "the other change is shown");
        assertTrue(role("administrator").isSelected(), "this change is kept in the form");
        role("municipal-contact").click();
        browser.findElement(By.id("lagre")).click();
        await().until(ExpectedConditions.presenceOfElementLocated(By.id("lagret")));
        assertEquals("Deltaker, Kommunekontakt, Administrator", browser.findElement(By.id("person-roller")).getText());
    }

    @Test
    void anAdministratorSeesTheOrganisationsAndOneWithItsCountiesAndPeople() throws Exception {
        Site.signIn(browser, ADMIN);
        browser.get(Site.url("/admin"));
        browser.findElement(By.id("nav-organisasjoner")).click();
        await().until(ExpectedConditions.urlContains("/admin/organisasjoner"));
        new Select(browser.findElement(By.id("type"))).selectByValue("rvts");
        new Select(browser.findElement(By.id("fylke"))).selectByVisibleText("Troms");
        browser.findElement(By.cssSelector("#avgrens button")).click();
        await().until(ExpectedConditions.urlContains("type=rvts"));
        WebElement list = browser.findElement(By.id("organisasjoner"));
        assertEquals(1, list.findElements(By.cssSelector("li")).size(), list.getText());
        assertTrue(list.getText().contains("Finnmark"), "the counties it covers: " + list.getText());

        list.findElement(By.linkText("RVTS Nord")).click();
        await().until(ExpectedConditions.urlContains("/admin/organisasjon?id=rvts-nord"));
        assertTrue(browser.findElement(By.id("fylker")).getText().contains("Nordland"));
        assertTrue(browser.findElement(By.id("personer")).getText().contains("Rune Redaktør"));
    }

    @Test
    void aParticipantIsForbiddenAndTheAnonymousAreAskedToSignIn() throws Exception {
        HttpResponse<String> anonymous = new Client(Site.uri()).get("admin/organisasjoner?type=rvts");
        assertEquals(302, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Location").orElseThrow()
                .endsWith("/login?neste=%2Fadmin%2Forganisasjoner%3Ftype%3Drvts"), anonymous.headers().toString());
        for (String page : List.of("admin", "admin/ny-person", "admin/organisasjoner",
                "admin/organisasjon?id=rvts-nord")) {
            HttpResponse<String> participant = new Client(Site.uri()).as(Site.DEMO.get("participant"), Site.PASSWORD)
                    .get(page);
            assertEquals(403, participant.statusCode(), page);
        }

        Site.signIn(browser, Site.DEMO.get("participant"));
        browser.get(Site.url("/admin"));
        assertTrue(browser.findElements(By.id("personer")).isEmpty());
        assertTrue(browser.findElements(By.cssSelector("a[href$='/admin']")).isEmpty(), "no menu entry either");
    }

    @Test
    void aPersonIsCreatedWithTheKeyboardAlone() throws Exception {
        Site.signIn(browser, ADMIN);
        browser.get(Site.url("/admin"));
        tabTo("ny-person");
        keys(Keys.ENTER);
        await().until(ExpectedConditions.urlContains("/admin/ny-person"));
        String email = uniqueEmail("tastatur");
        tabTo("navn");
        keys("Tora Tastatur");
        keys(Keys.TAB, email);
        keys(Keys.TAB, PASSWORD);
        tabTo(role("participant").getAttribute("id"));
        keys(Keys.SPACE);
        tabTo("kommune");
        keys("Alta");
        assertEquals("Alta", new Select(browser.findElement(By.id("kommune"))).getFirstSelectedOption().getText());
        tabTo("opprett");
        keys(Keys.ENTER);
        await().until(ExpectedConditions.urlContains("/admin/person?id="));
        assertEquals("Deltaker", browser.findElement(By.id("person-roller")).getText());
        assertEquals("Alta", browser.findElement(By.id("person-tilhorighet")).getText());
    }

    @Test
    void everyAdminPageIsAccessibleInEveryLanguageOnADesktop() throws Exception {
        everyPageIsAccessible(new Dimension(1280, 1000), "desktop");
    }

    @Test
    void everyAdminPageIsAccessibleInEveryLanguageOnAPhone() throws Exception {
        everyPageIsAccessible(new Dimension(390, 844), "phone");
    }

    private void everyPageIsAccessible(Dimension size, String device) throws Exception {
        browser.manage().window().setSize(size);
        // A name that is one long word ("Test " and the address) must wrap on a phone too.
        createThroughTheApi(uniqueEmail("et-langt-ord-uten-mellomrom"), "participant");
        Site.signIn(browser, ADMIN);
        browser.get(Site.url("/admin?q=deltaker@samkurs.no"));
        String dina = browser.findElement(By.cssSelector("#personer h3 a")).getAttribute("href");
        for (String language : List.of("nb", "nn", "en")) {
            String lang = "lang=" + language;
            check("/admin?" + lang, "people", language, device);
            check("/admin?q=finnesikke&" + lang, "people-no-hits", language, device);
            browser.get(Site.url("/admin/ny-person?" + lang));
            browser.findElement(By.id("opprett")).click();
            await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary")));
            assertEquals(language, browser.findElement(By.tagName("html")).getAttribute("lang"));
            verify("new-person-errors", language, device);
            check(dina + "&" + lang, "person", language, device);
            check("/admin/organisasjoner?" + lang, "organisations", language, device);
            check("/admin/organisasjon?id=rvts-nord&" + lang, "organisation", language, device);
        }
    }

    private void check(String address, String page, String language, String device) throws Exception {
        browser.get(address.startsWith("http") ? address : Site.url(address));
        assertEquals(language, browser.findElement(By.tagName("html")).getAttribute("lang"), address);
        verify(page, language, device);
    }

    private void verify(String page, String language, String device) throws Exception {
        String name = "admin " + page + " (" + language + ", " + device + ")";
        Site.assertAccessible(browser, name);
        assertEquals(Boolean.TRUE, browser.executeScript("return document.documentElement.scrollWidth"
                + " <= document.documentElement.clientWidth"), name + ": nothing wider than the window");
        if (language.equals("nb")) {
            Site.screenshot(browser, "admin-" + page + "-" + device);
        }
    }

    private String createThroughTheApi(String email, String role) {
        String json = Json.createObjectBuilder().add("email", email).add("name", "Test " + email)
                .add("password", PASSWORD).add("roles", Json.createArrayBuilder().add(role))
                .add("municipality", "5601").build().toString();
        try {
            HttpResponse<String> created = new Client(Site.uri()).as(ADMIN, Site.PASSWORD).postJson("api/people", json);
            assertEquals(201, created.statusCode(), created.body());
            return Client.object(created).getString("id");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private WebElement role(String name) {
        return browser.findElement(By.cssSelector("input[type=checkbox][value='" + name + "']"));
    }

    private void tabTo(String id) {
        for (int i = 0; i < 60; i++) {
            if (id.equals(browser.switchTo().activeElement().getAttribute("id"))) {
                return;
            }
            keys(Keys.TAB);
        }
        fail("Tab never reached #" + id);
    }

    private void keys(CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    private WebDriverWait await() {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    private static String uniqueEmail(String who) {
        return who + "." + System.currentTimeMillis() + "." + SERIAL.incrementAndGet() + "@alta.kommune.no";
    }
}
