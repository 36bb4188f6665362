package qc.alubot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A staff member's browser: Debian's headless Chromium driven by Selenium through Debian's
 * chromedriver (nothing is downloaded), with the steps the browser tests share. Skips the test
 * with a message when Chromium is not installed, unless {@code BOT_REQUIRE_BROWSER=true} (set by
 * {@code .ci/run}).
 */
final class StaffBrowser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Screenshots of each step, for a person to look at after a run. */
    static final Path SCREENSHOTS = Path.of("target/screenshots");
    static final Dimension DESKTOP = new Dimension(1280, 900);
    /** An ordinary phone held upright. */
    static final Dimension PHONE = new Dimension(390, 844);
    /** Screenshots stop here: enough for any page to be judged, small enough to open. */
    private static final int MAX_SHOT_HEIGHT = 4_000;

    final ChromeDriver driver;
    private final int port;

    StaffBrowser(int port, Path profile, Path downloads) {
        chromiumOrSkip();
        this.port = port;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--lang=en-US",
                "--user-data-dir=" + profile, "--window-size=1280,900");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Signs in from the first staff page, which is the dashboard. */
    void signIn() {
        driver.get(url("/admin"));
        driver.findElement(By.name("username")).sendKeys(BotTest.STAFF_USER);
        driver.findElement(By.name("password")).sendKeys(BotTest.STAFF_PASSWORD);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        assertThat(shown(By.tagName("h1"), "Dashboard")).isEqualTo("Dashboard");
    }

    void open(String path, String heading) {
        driver.get(url(path));
        shown(By.tagName("h1"), heading);
    }

    void click(String linkText, String heading) {
        driver.findElement(By.linkText(linkText)).click();
        shown(By.tagName("h1"), heading);
    }

    /**
     * The text of {@code element} once it shows {@code expected}. A click starts a navigation
     * without waiting for it: reading at once may catch the old page, or an element of it that
     * vanishes while being read.
     */
    String shown(By element, String expected) {
        return new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    String text = d.findElement(element).getText();
                    return text.contains(expected) ? text : null;
                });
    }

    /** Waits until no element matches: the page that had it was replaced. */
    void gone(By element) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElements(element).isEmpty());
    }

    List<String> texts(By elements) {
        return driver.findElements(elements).stream().map(WebElement::getText).toList();
    }

    /** Nothing sticks out sideways at this size (a long word, a table, a chart); a screenshot shows it. */
    void fits(Dimension size, String screenshot) throws IOException {
        driver.manage().window().setSize(size);
        Object overflow = ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        screenshot(screenshot);
        driver.manage().window().setSize(DESKTOP);
        assertThat(((Number) overflow).intValue()).as("pixels wider than the screen in " + screenshot).isLessThanOrEqualTo(0);
    }

    /** The whole page, not just what the window shows: the window grows to the page's height for the shot. */
    void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Dimension size = driver.manage().window().getSize();
        Number height = (Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight;");
        driver.manage().window().setSize(new Dimension(size.getWidth(), Math.min(MAX_SHOT_HEIGHT, height.intValue() + 140)));
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        driver.manage().window().setSize(size);
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static void chromiumOrSkip() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return;
        }
        String message = "Chromium or its driver is not installed (" + CHROMIUM + ", " + CHROMEDRIVER + "), so the browser "
                + "test is skipped. Install them with 'apt-get install chromium chromium-driver' to run it; CI sets "
                + "BOT_REQUIRE_BROWSER=true, which makes this a failure.";
        if (Boolean.parseBoolean(System.getenv("BOT_REQUIRE_BROWSER"))) {
            fail(message);
        }
        System.err.println("SKIPPED: " + message);
        Assumptions.assumeTrue(false, message);
    }
}
