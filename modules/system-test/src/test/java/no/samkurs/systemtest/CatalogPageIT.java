package no.samkurs.systemtest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The catalog search page in a real browser (headless Chromium) against the run command's setup: embedded
 * database with the demo season. What a municipal employee does: search, narrow with filters, page, go back; and
 * what they must never meet: an untranslated error, a layout wider than their phone, a WCAG 2.1 AA violation.
 */
class CatalogPageIT {

    static Path data;
    static ServerProcess server;
    static Client api;
    ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        data = ServerProcess.temporaryFolder("samkurs-page");
        server = ServerProcess.start("catalog-page", Map.of("SAMKURS_DATA_DIR", data.toString(),
                "SAMKURS_DEMO_SEASON", "true"));
        server.awaitReadiness(200, Duration.ofSeconds(90));
        api = new Client(server.uri());
        CatalogIT.awaitSearch(api);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        ServerProcess.deleteRecursively(data);
    }

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.open(1280, 1000);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    static int apiTotal(String query) throws Exception {
        return Client.object(api.get("api/offerings?" + query)).getInt("total");
    }

    static String awaitStatus(ChromeDriver browser, String expected) {
        WebElement status = browser.findElement(By.id("status"));
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElement(status, expected));
        return status.getText();
    }

    @Test
    void searchingNarrowingAndPagingOnADesktop() throws Exception {
        browser.get(server.uri().resolve("tilbud.html").toString());
        awaitStatus(browser, "Fant " + apiTotal("") + " tilbud");
        assertEquals(20, browser.findElements(By.cssSelector("#hits > li")).size(), "a page holds 20");

        browser.findElement(By.id("q")).sendKeys("traum", Keys.ENTER);
        int traum = apiTotal("q=traum");
        assertTrue(traum > 0 && traum < 20, "the demo season has a handful about trauma: " + traum);
        awaitStatus(browser, "Fant " + traum + " tilbud.");
        assertEquals(traum, browser.findElements(By.cssSelector("#hits > li")).size());
        assertTrue(browser.getCurrentUrl().contains("q=traum"), "the address holds the search");

        browser.findElement(By.cssSelector("label[for='f-kind-webinar']")).click();
        int webinars = apiTotal("q=traum&kind=webinar");
        awaitStatus(browser, webinars == 0 ? "Ingen tilbud" : "Fant " + webinars + " tilbud.");
        assertTrue(browser.getCurrentUrl().contains("kind=webinar"));
        assertEquals("f-kind-webinar", browser.switchTo().activeElement().getAttribute("id"),
                "focus stays on the filter that was used");
        browser.findElements(By.cssSelector("#hits h3")).forEach(title -> assertTrue(
                title.findElement(By.xpath("following-sibling::p[1]")).getText().startsWith("Webinar"),
                "only webinars: " + title.getText()));

        browser.navigate().back();
        awaitStatus(browser, "Fant " + traum + " tilbud.");
        assertEquals("", Browser.wcagViolations(browser), "WCAG 2.1 A/AA on the search page");

        browser.get(server.uri().resolve("tilbud.html?sort=date").toString());
        awaitStatus(browser, "viser 1–20");
        browser.findElement(By.linkText("Neste side")).click();
        awaitStatus(browser, "viser 21–40");
        assertEquals("treff", browser.switchTo().activeElement().getAttribute("id"),
                "after paging, the reader is taken to the hits");
    }

    @Test
    void aHitOpensTheOfferingWithItsSessionsAndPracticalities() throws Exception {
        browser.get(server.uri().resolve("tilbud.html?q=skien").toString());
        awaitStatus(browser, "Fant ");
        WebElement first = browser.findElement(By.cssSelector("#hits h3 a"));
        String title = first.getText();
        first.click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBe(By.cssSelector("#offering h1"), title));
        String id = browser.getCurrentUrl().replaceAll(".*[?&]id=", "");
        var offering = Client.object(api.get("api/offerings/" + id));
        assertEquals(offering.getJsonArray("sessions").size(),
                browser.findElements(By.cssSelector(".sessions li")).size(), "every session listed");
        assertTrue(browser.findElement(By.cssSelector(".details")).getText()
                .contains(offering.getJsonObject("lead").getString("name")), "the hosts are named");
        assertEquals(title + " – Samkurs", browser.getTitle(), "the tab says which offering");
        assertEquals("", Browser.wcagViolations(browser), "WCAG 2.1 A/AA on an offering");

        browser.get(server.uri().resolve("tilbudet.html?id=finnes-ikke").toString());
        WebElement problem = browser.findElement(By.id("problem"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOf(problem));
        assertEquals("Fant ikke tilbudet med id «finnes-ikke».", problem.getText());
        assertEquals("Fant ikke tilbudet", browser.findElement(By.tagName("h1")).getText());
    }

    @Test
    void nynorskAndEnglishOnRequestAndRemembered() throws Exception {
        browser.get(server.uri().resolve("?lang=en").toString());
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(By.tagName("h1"),
                "Professional development for everyone who works with children and young people – in one place"));
        assertEquals("", Browser.wcagViolations(browser), "WCAG 2.1 A/AA on the front page in English");
        browser.findElement(By.linkText("Find courses, webinars and learning networks")).click();
        awaitStatus(browser, "Found " + apiTotal("") + " offerings");

        int courses = apiTotal("kind=course");
        browser.get(server.uri().resolve("tilbud.html?lang=en&kind=course").toString());
        awaitStatus(browser, "Found " + courses + " offerings");
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("Find courses, webinars and learning networks",
                browser.findElement(By.tagName("h1")).getText());
        assertEquals("Course (" + courses + ")",
                browser.findElement(By.cssSelector("label[for='f-kind-course']")).getText(),
                "vocabulary labels come from the API in the same language");
        assertEquals("", Browser.wcagViolations(browser), "WCAG 2.1 A/AA in English");

        browser.get(server.uri().resolve("tilbud.html?lang=nn").toString());
        awaitStatus(browser, "Fann " + apiTotal("") + " tilbod");
        browser.get(server.uri().resolve("tilbud.html").toString());
        awaitStatus(browser, "Fann ");
        assertEquals("nn", browser.findElement(By.tagName("html")).getAttribute("lang"), "the choice is kept");
        assertEquals("true", browser.findElement(By.cssSelector("a[data-lang='nn']")).getAttribute("aria-current"));
    }

    @Test
    void badInputIsExplainedInNorwegian() throws Exception {
        browser.get(server.uri().resolve("tilbud.html?from=2027-03-01&to=2027-01-01").toString());
        WebElement problem = browser.findElement(By.id("problem"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOf(problem));
        assertEquals("Til-datoen kan ikke være før fra-datoen.", problem.getText());
        assertEquals("alert", problem.getAttribute("role"), "read out by screen readers at once");
        assertEquals(List.of(), browser.findElements(By.cssSelector("#hits > li")));
    }

    @Test
    void fitsAPhoneAndPassesTheSameChecks() throws Exception {
        browser.manage().window().setSize(new Dimension(360, 800));
        browser.get(server.uri().resolve("tilbud.html?kind=course").toString());
        awaitStatus(browser, "Fant " + apiTotal("kind=course") + " tilbud");
        Object overflow = browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertEquals(0L, ((Number) overflow).longValue(), "no sideways scrolling on a 360 px phone");
        assertEquals("", Browser.wcagViolations(browser), "WCAG 2.1 A/AA on a phone");
        Browser.screenshot(browser, "catalog-page-phone");
    }
}
