package org.sanayan.e2e;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.time.Duration;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium and ChromeDriver for end-to-end tests, never downloaded. Without them a test is skipped on a
 * developer's machine but fails under CI=true, so a missing browser can never pass for a green run.
 */
final class Browsers {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Browsers() {
    }

    static ChromeDriver start(int width, int height, boolean javascript) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            String why = "Chromium or ChromeDriver is missing (apt-get install chromium chromium-driver)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(why);
            }
            Assumptions.abort(why);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=" + width + "," + height);
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /**
     * Clicks the form button labelled {@code buttonText} and waits for the page it leads to, so the next step never
     * reads the old page (a race that showed on a slower CI machine).
     */
    static void submit(WebDriver d, String buttonText) {
        WebElement page = d.findElement(By.tagName("html"));
        d.findElements(By.tagName("button")).stream().filter(b -> b.getText().strip().equals(buttonText)).findFirst()
                .orElseThrow(() -> new AssertionError("no button '" + buttonText + "' on " + d.getCurrentUrl()))
                .click();
        // the old page is gone once touching its root fails: ChromeDriver says so with a stale-element error or,
        // now and then, with an "unknown error" that the node no longer belongs to the document
        new WebDriverWait(d, Duration.ofSeconds(20)).until(x -> {
            try {
                page.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
        new WebDriverWait(d, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.tagName("footer")));
    }
}
