package qc.alubot.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import qc.alubot.logbook.Logbook;

/**
 * A staff member in a real browser: signs in to the dashboard, finds and reads a conversation,
 * downloads it, works through the unanswered questions, tries a question, in English and in
 * French, on a desktop and on a phone. Each step leaves a screenshot in {@code target/screenshots}.
 */
@BotTest
class StaffBrowserTest {

    /** One word of three thousand letters: it must wrap, not widen the page. */
    static final String ENDLESS = "Aluminium".repeat(333) + "?";

    @LocalServerPort
    int port;
    @Autowired
    Logbook logbook;
    @TempDir
    Path profile;
    @TempDir
    Path downloads;

    private StaffBrowser browser;

    @BeforeEach
    void openBrowser() {
        browser = new StaffBrowser(port, profile, downloads);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void staff_sign_in_find_a_conversation_read_it_and_download_it() throws Exception {
        String session = ask("Do you know the Zorblax aluminium foundry?", null);
        ask("Who should I contact about it?", session);
        assertThat(logbook.flush()).isTrue();

        browser.signIn();
        browser.click("Conversations", "Conversations");
        browser.driver.findElement(By.name("q")).sendKeys("zorblax");
        browser.driver.findElement(By.cssSelector(".filters button[type=submit]")).click();
        assertThat(browser.shown(By.cssSelector(".summary"), "1 exchange")).contains("1 exchange");
        browser.screenshot("1-search");

        browser.driver.findElement(By.linkText("Do you know the Zorblax aluminium foundry?")).click();
        browser.shown(By.cssSelector(".bubble.question"), "Zorblax");
        assertThat(browser.texts(By.cssSelector(".bubble.question")))
                .containsExactly("Do you know the Zorblax aluminium foundry?", "Who should I contact about it?");
        browser.screenshot("2-transcript");

        browser.driver.navigate().back();
        browser.shown(By.cssSelector(".summary"), "1 exchange");
        browser.fits(StaffBrowser.PHONE, "3-conversations-phone");
        browser.driver.findElement(By.linkText("Download CSV")).click();
        Path csv = await().atMost(Duration.ofSeconds(30)).until(this::downloadedCsv, file -> file != null);
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).startsWith("\uFEFFtime,")
                .contains("Do you know the Zorblax aluminium foundry?").doesNotContain("Who should I contact about it?");
    }

    @Test
    void the_dashboard_reads_at_a_glance_in_both_languages_and_on_a_phone() throws Exception {
        ask("How many smelters are there in Québec?", null);
        ask("Combien y a-t-il de recycleurs au Québec ?", null);
        ask("Do you know the Frobnitz aluminium plant?", null);
        assertThat(logbook.flush()).isTrue();

        browser.signIn();
        assertThat(browser.driver.findElements(By.cssSelector("svg.bars rect.answered"))).isNotEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("svg.bars line.marker"))).isNotEmpty();
        assertThat(browser.texts(By.cssSelector(".top-unanswered a"))).contains("Do you know the Frobnitz aluminium plant?");
        browser.fits(StaffBrowser.DESKTOP, "10-dashboard-en");
        browser.fits(StaffBrowser.PHONE, "11-dashboard-en-phone");

        browser.click("Français", "Tableau de bord");
        assertThat(browser.driver.findElement(By.name("to")).getAttribute("value")).matches("\\d\\d/\\d\\d/\\d{4}");
        browser.fits(StaffBrowser.DESKTOP, "12-dashboard-fr");
        browser.fits(StaffBrowser.PHONE, "13-dashboard-fr-phone");
    }

    @Test
    void staff_work_through_the_unanswered_questions() throws Exception {
        ask("Do you know the Quuxal aluminium foundry?", null);
        ask("do you know the quuxal aluminium foundry?", null);
        ask("Quuxal aluminium foundry, do you know it?", null);
        ask(ENDLESS, null);
        assertThat(logbook.flush()).isTrue();

        browser.signIn();
        browser.click("Unanswered questions", "Unanswered questions");
        assertThat(quuxalCount()).isEqualTo("3");
        browser.driver.findElement(By.xpath("//section[contains(., 'Quuxal')]//summary")).click();
        assertThat(browser.driver.findElements(By.xpath("//section[contains(., 'Quuxal')]//table[@class='scores']//tr")))
                .hasSizeGreaterThan(1);
        browser.fits(StaffBrowser.DESKTOP, "20-unanswered-en");
        browser.fits(StaffBrowser.PHONE, "21-unanswered-en-phone");

        browser.driver.findElement(By.xpath("//section[contains(., 'Quuxal')]//button[@value='handled']")).click();
        browser.gone(By.xpath("//section[contains(., 'Quuxal')]"));
        ask("Do you know the Quuxal aluminium foundry?", null);
        assertThat(logbook.flush()).isTrue();
        browser.driver.navigate().refresh();
        assertThat(quuxalCount()).as("back, counting only the new asking").isEqualTo("1");
        assertThat(browser.driver.findElement(By.xpath("//section[contains(., 'Quuxal')]//p[@class='notice']")).getText())
                .contains("asked again since");

        browser.click("Français", "Questions sans réponse");
        browser.fits(StaffBrowser.DESKTOP, "22-unanswered-fr");
        browser.fits(StaffBrowser.PHONE, "23-unanswered-fr-phone");
        browser.click("Traitées ou ignorées", "Questions sans réponse");
        browser.screenshot("24-unanswered-marked-fr");
        browser.click("Connaissances", "Connaissances");
        assertThat(browser.shown(By.cssSelector(".facts code"), "")).hasSize(12);
        browser.fits(StaffBrowser.DESKTOP, "25-knowledge-fr");
    }

    @Test
    void a_maintainer_tries_a_question_and_sees_why_it_was_answered_that_way() throws Exception {
        browser.signIn();
        browser.click("Try a question", "Try a question");
        browser.driver.findElement(By.name("q")).sendKeys("How many smelters are there in Québec?");
        browser.driver.findElement(By.cssSelector(".ask button")).click();
        assertThat(browser.shown(By.cssSelector(".bubble.answer"), "eight")).contains("Sources:");
        assertThat(browser.driver.findElement(By.cssSelector("dd.route")).getText()).isEqualTo("figure");
        assertThat(browser.texts(By.cssSelector("tr.clears code"))).contains("smelters-output");
        browser.fits(StaffBrowser.DESKTOP, "30-try-en");
        browser.fits(StaffBrowser.PHONE, "31-try-en-phone");

        browser.click("Français", "Essayer une question");
        browser.driver.findElement(By.name("q")).clear();
        browser.driver.findElement(By.name("q")).sendKeys("Quel est le tarif d'électricité des alumineries ?");
        browser.driver.findElement(By.cssSelector(".ask button")).click();
        browser.shown(By.cssSelector(".bubble.question"), "tarif");
        assertThat(browser.driver.findElement(By.cssSelector("dd.outcome")).getText()).isNotEmpty();
        browser.fits(StaffBrowser.DESKTOP, "32-try-fr");
        browser.fits(StaffBrowser.PHONE, "33-try-fr-phone");
        assertThat(tried()).as("trials are not recorded").isFalse();
    }

    @Test
    void one_endless_word_does_not_widen_the_pages() throws Exception {
        ask(ENDLESS, null);
        assertThat(logbook.flush()).isTrue();
        browser.signIn();
        browser.click("Conversations", "Conversations");
        browser.fits(StaffBrowser.DESKTOP, "40-endless-conversations");
        browser.fits(StaffBrowser.PHONE, "41-endless-conversations-phone");
        browser.click("Unanswered questions", "Unanswered questions");
        browser.fits(StaffBrowser.DESKTOP, "42-endless-unanswered");
    }

    private String quuxalCount() {
        return browser.driver.findElement(By.xpath("//section[contains(., 'Quuxal')]//span[@class='count']")).getText();
    }

    /** Whether the logbook holds the French question tried above. */
    private boolean tried() throws Exception {
        logbook.flush();
        browser.open("/admin/conversations?q=tarif", "Conversations");
        return !browser.driver.findElements(By.linkText("Quel est le tarif d'électricité des alumineries ?")).isEmpty();
    }

    private String ask(String question, String session) throws Exception {
        String id = session == null ? "browser-" + UUID.randomUUID() : session;
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(browser.url("/api/ask")))
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
}
