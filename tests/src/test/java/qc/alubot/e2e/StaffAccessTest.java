package qc.alubot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import qc.alubot.logbook.Logbook;

/** The logbook and staff pages over real sockets, as a browser or a script meets them. */
@BotTest
class StaffAccessTest {

    @LocalServerPort
    int port;
    @Autowired
    Logbook logbook;

    private final CookieManager cookies = new CookieManager();
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return browser.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String session() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElse("none");
    }

    private HttpResponse<String> signIn(String password) throws Exception {
        String form = send(HttpRequest.newBuilder(uri("/admin/login")).build()).body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
        assertThat(token.find()).as("the sign-in form carries a CSRF token").isTrue();
        String body = "username=" + BotTest.STAFF_USER + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + token.group(1);
        return send(HttpRequest.newBuilder(uri("/admin/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    @Test
    void records_an_http_exchange_and_lets_a_script_export_it_with_basic_authentication() throws Exception {
        String session = "e2e-" + UUID.randomUUID();
        HttpResponse<String> asked = send(HttpRequest.newBuilder(uri("/api/ask")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"question\": \"How many recyclers are there in Québec?\", "
                        + "\"sessionId\": \"" + session + "\"}")).build());
        assertThat(asked.statusCode()).as("the API needs no CSRF token").isEqualTo(200);
        assertThat(logbook.flush()).isTrue();

        String basic = Base64.getEncoder().encodeToString((BotTest.STAFF_USER + ":" + BotTest.STAFF_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/admin/conversations.csv?channel=http&q=recyclers"))
                .header("Authorization", "Basic " + basic).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Set-Cookie")).as("a script leaves no session behind").isEmpty();
        assertThat(csv.body()).startsWith("\uFEFFtime,").contains("How many recyclers are there in Québec?", ",http,http,")
                .doesNotContain(session);
    }

    @Test
    void lets_monitoring_read_the_metrics_with_the_staff_credentials_only() throws Exception {
        send(HttpRequest.newBuilder(uri("/api/ask")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"question\": \"How many smelters are there in Québec?\"}")).build());
        HttpResponse<String> scraped = metrics(BotTest.STAFF_USER + ":" + BotTest.STAFF_PASSWORD);
        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(scraped.headers().firstValue("Set-Cookie")).as("a scraper leaves no session behind").isEmpty();
        assertThat(scraped.body()).contains("bot_answers_total{channel=\"http\",language=\"en\",outcome=\"answered\",route=\"figure\"}",
                "bot_answer_latency_seconds_bucket{channel=\"http\",le=\"0.005\"}", "bot_logbook_buffer_waiting",
                "bot_logbook_write_failures_total", "bot_knowledge_reloads_total{result=\"refused\"}",
                "bot_knowledge_last_load_refused");
        assertThat(metrics(BotTest.STAFF_USER + ":guess").statusCode()).isEqualTo(401);
        HttpResponse<String> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/actuator/prometheus"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("Basic"));
        assertThat(send(HttpRequest.newBuilder(uri("/actuator/health")).build()).statusCode()).as("health stays open").isEqualTo(200);
    }

    private HttpResponse<String> metrics(String credentials) throws Exception {
        String basic = Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/actuator/prometheus"))
                .header("Authorization", "Basic " + basic).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void refuses_anonymous_visitors_and_wrong_passwords() throws Exception {
        HttpResponse<String> anonymous = send(HttpRequest.newBuilder(uri("/admin/unanswered")).build());
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/admin/login"));
        assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/admin/conversations.csv")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
        HttpResponse<String> wrong = signIn("not the password");
        assertThat(wrong.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/admin/login?error"));
    }

    @Test
    void changes_the_session_id_on_sign_in() throws Exception {
        send(HttpRequest.newBuilder(uri("/admin")).build());
        String before = session();
        HttpResponse<String> signedIn = signIn(BotTest.STAFF_PASSWORD);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/admin")
                .doesNotContain("login"));
        assertThat(session()).isNotEqualTo(before).isNotEqualTo("none");
        assertThat(send(HttpRequest.newBuilder(uri("/admin")).build()).body()).contains("Conversations");
    }
}
