package no.samkurs.systemtest;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The site as the run command serves it (embedded database, demo accounts, demo season), started once for all the
 * browser tests of a test run and stopped when the JVM ends: each page test costs a page load, not a server start.
 */
final class Site {

    static final String PASSWORD = "samkurs-demo";
    static final Map<String, String> DEMO = Map.of(
            "participant", "deltaker@samkurs.no",
            "municipal-contact", "kontakt@samkurs.no",
            "provider-editor", "redaktor@samkurs.no",
            "regional-coordinator", "koordinator@samkurs.no",
            "administrator", "admin@samkurs.no");

    static final String LANGUAGE_COOKIE = "samkurs-sprak";

    private static ServerProcess server;

    private Site() {
    }

    static synchronized URI uri() throws Exception {
        if (server == null) {
            Path data = ServerProcess.temporaryFolder("samkurs-site");
            server = ServerProcess.start("site", Map.of("SAMKURS_DATA_DIR", data.toString(),
                    "SAMKURS_DEMO_ACCOUNTS", "true", "SAMKURS_DEMO_SEASON", "true"));
            server.awaitReadiness(200, Duration.ofSeconds(90));
            ServerProcess started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                    ServerProcess.deleteRecursively(data);
                } catch (Exception e) {
                    // the JVM is ending; the folder is in target/
                }
            }));
        }
        return server.uri();
    }

    static String url(String path) throws Exception {
        return uri().resolve(path.startsWith("/") ? path.substring(1) : path).toString();
    }

    /**
     * Signs in through the login page as a person would, and lands where the site sends them. A browser that has not
     * chosen a language keeps reading bokmål: the demo accounts' profiles remember the language last chosen with
     * {@code ?lang=} by any test, and the browser's cookie comes before the profile.
     */
    static void signIn(WebDriver browser, String email) throws Exception {
        browser.get(url("/login"));
        if (browser.manage().getCookieNamed(LANGUAGE_COOKIE) == null) {
            browser.manage().addCookie(new Cookie(LANGUAGE_COOKIE, "nb", "/"));
        }
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("main form [type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.not(
                ExpectedConditions.urlContains("/login")));
    }

    /** No WCAG 2.0/2.1 A or AA violation on the page now shown; names the page in the failure. */
    static void assertAccessible(ChromeDriver browser, String page) {
        assertEquals("", Browser.wcagViolations(browser), page + " (" + browser.getCurrentUrl() + ")");
    }

    /** A screenshot for review in target/screenshots (not committed). */
    static void screenshot(ChromeDriver browser, String name) throws Exception {
        Path folder = Path.of(System.getProperty("java.io.tmpdir"), "screenshots");
        Files.createDirectories(folder);
        Files.write(folder.resolve(name + ".png"),
                browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }
}
