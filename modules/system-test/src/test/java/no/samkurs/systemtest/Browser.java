package no.samkurs.systemtest;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Debian's Chromium, headless, driven through its chromedriver (no driver download), with the flags this
 * machine's closed network needs, and axe-core's WCAG 2.1 A/AA checks.
 */
final class Browser {

    private Browser() {
    }

    /**
     * Waits up to 10 s. A node read just as the next page replaces it (Chrome says it no longer belongs to the
     * document, which is not always a stale-element error) counts as not yet, so waits across a submit do not flake.
     */
    static WebDriverWait await(ChromeDriver driver) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.ignoring(WebDriverException.class);
        return wait;
    }

    static ChromeDriver open(int width, int height) throws Exception {
        return open(width, height, "--lang=nb-NO");
    }

    /**
     * With other flags of Chromium's own: {@code --lang=en-US} for a browser in English,
     * {@code --blink-settings=scriptEnabled=false} for one without JavaScript.
     */
    static ChromeDriver open(int width, int height, String... flags) throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + ServerProcess.temporaryFolder("chromium"));
        options.addArguments(flags);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        return driver;
    }

    /** The WCAG 2.1 A and AA rules axe-core finds broken on the current page, described for a failure message. */
    static String wcagViolations(ChromeDriver driver) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        if (results.getPasses().isEmpty()) {
            throw new IllegalStateException("axe-core checked nothing: " + results.getErrorMessage());
        }
        List<Rule> violations = results.getViolations();
        return violations.stream().map(v -> v.getId() + ": " + v.getHelp() + " (" + v.getNodes().size() + ")")
                .collect(Collectors.joining("; "));
    }

    static Path screenshot(ChromeDriver driver, String name) throws Exception {
        Path file = Path.of(System.getProperty("java.io.tmpdir"), name + ".png");
        java.nio.file.Files.write(file, driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        return file;
    }
}
