package qc.alubot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import qc.alubot.logbook.Logbook;

/**
 * A staff member in a real browser (Debian's headless Chromium, driven by Selenium through
 * Debian's chromedriver: nothing is downloaded): signs in, finds a conversation by search,
 * reads its transcript and downloads the CSV. Skipped with a message when Chromium is not
 * installed, unless {@code BOT_REQUIRE_BROWSER=true} (set by {@code .ci/run}).
 */
@BotTest
class StaffBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Screenshots of each step, for a person to look at after a run. */
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    @LocalServerPort
    int port;
    @Autowired
    Logbook logbook;
    @TempDir
    Path profile;
    @TempDir
    Path downloads;

    private WebDriver browser;

    @BeforeEach
    void openBrowser() {
        chromiumOrSkip();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1280,900");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService driver = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(driver, options);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void staff_sign_in_find_a_conversation_read_it_and_download_it() throws Exception {
        String session = ask("Do you know the Zorblax aluminium foundry?", null);
        ask("Who should I contact about it?", session);
        assertThat(logbook.flush()).isTrue();

        signIn();

        browser.findElement(By.name("q")).sendKeys("zorblax");
        browser.findElement(By.cssSelector(".filters button[type=submit]")).click();
        assertThat(shown(By.cssSelector(".summary"), "1 exchange")).contains("1 exchange");
        screenshot("1-search");

        browser.findElement(By.linkText("Do you know the Zorblax aluminium foundry?")).click();
        shown(By.cssSelector(".bubble.question"), "Zorblax");
        List<String> questions = browser.findElements(By.cssSelector(".bubble.question")).stream().map(e -> e.getText()).toList();
        assertThat(questions).containsExactly("Do you know the Zorblax aluminium foundry?", "Who should I contact about it?");
        screenshot("2-transcript");

        browser.navigate().back();
        shown(By.cssSelector(".summary"), "1 exchange");
        fitsAPhoneScreen();
        browser.findElement(By.linkText("Download CSV")).click();
        Path csv = await().atMost(Duration.ofSeconds(30)).until(this::downloadedCsv, file -> file != null);
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).startsWith("\uFEFFtime,")
                .contains("Do you know the Zorblax aluminium foundry?").doesNotContain("Who should I contact about it?");
    }

    @Test
    void staff_see_what_the_bot_could_not_answer_in_french() throws Exception {
        ask("Do you know the Quuxal aluminium foundry?", null);
        assertThat(logbook.flush()).isTrue();
        signIn();
        browser.findElement(By.linkText("Unanswered questions")).click();
        browser.findElement(By.linkText("Français")).click();
        assertThat(shown(By.tagName("h1"), "Questions sans réponse")).isEqualTo("Questions sans réponse");
        assertThat(browser.findElements(By.cssSelector(".group h2 a"))).extracting(e -> e.getText())
                .contains("Do you know the Quuxal aluminium foundry?");
        screenshot("4-unanswered-fr");
        browser.findElement(By.linkText("Connaissances")).click();
        assertThat(shown(By.cssSelector(".facts code"), "")).hasSize(12);
        screenshot("5-knowledge-fr");
    }

    private void signIn() {
        browser.get(url("/admin"));
        browser.findElement(By.name("username")).sendKeys(BotTest.STAFF_USER);
        browser.findElement(By.name("password")).sendKeys(BotTest.STAFF_PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        assertThat(shown(By.tagName("h1"), "Conversations")).isEqualTo("Conversations");
    }

    /**
     * The text of {@code element} once it shows {@code expected}. A click starts a navigation
     * without waiting for it: reading at once may catch the old page, or an element of it that
     * vanishes while being read.
     */
    private String shown(By element, String expected) {
        return new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .until(driver -> {
                    String text = driver.findElement(element).getText();
                    return text.contains(expected) ? text : null;
                });
    }

    /** On a phone-sized screen the table becomes cards: nothing sticks out sideways. */
    private void fitsAPhoneScreen() throws IOException {
        browser.manage().window().setSize(new Dimension(390, 844));
        Object overflow = ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        screenshot("3-phone");
        assertThat(((Number) overflow).intValue()).as("pixels wider than the screen").isLessThanOrEqualTo(0);
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    private String ask(String question, String session) throws Exception {
        String id = session == null ? "browser-" + UUID.randomUUID() : session;
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/api/ask")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"question\": \"" + question + "\", \"sessionId\": \"" + id + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return id;
    }

    /** The finished download, or null while Chromium is still writing it (as a .crdownload file). */
    private Path downloadedCsv() throws IOException {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".csv")).findFirst().orElse(null);
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
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
