package qc.alubot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The bot behind a TLS reverse proxy whose headers it trusts ({@code SERVER_FORWARD_HEADERS_STRATEGY=native};
 * the test's requests come from 127.0.0.1, a trusted proxy address): limits count the forwarded
 * client, and requests forwarded from https get HSTS, https redirects and Secure cookies. Each test
 * poses as a client address of its own.
 */
@BotTest
@TestPropertySource(properties = {"server.forward-headers-strategy=native", "bot.api.rate-limit=" + BehindProxyTest.LIMIT})
class BehindProxyTest {

    static final int LIMIT = 3;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> send(HttpRequest.Builder request, String client) throws Exception {
        return http.send(request.header("X-Forwarded-For", client).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder ask() {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/ask")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"question\": \"How many recyclers?\"}"));
    }

    @Test
    void refuses_a_client_past_its_questions_per_minute_with_429_and_retry_after_and_no_one_else() throws Exception {
        for (int i = 0; i < LIMIT; i++) {
            assertThat(send(ask(), "203.0.113.10").statusCode()).isEqualTo(200);
        }
        HttpResponse<String> refused = send(ask(), "203.0.113.10");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(s -> assertThat(Integer.parseInt(s)).isBetween(1, 60));
        assertThat(refused.body()).contains("at most " + LIMIT + " a minute");
        assertThat(send(ask(), "203.0.113.11").statusCode()).as("another client").isEqualTo(200);
    }

    @Test
    void sends_hsts_https_redirects_and_a_secure_same_site_cookie_when_the_proxy_says_https() throws Exception {
        HttpResponse<String> viaHttps = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin"))
                .header("X-Forwarded-Proto", "https"), "203.0.113.20");
        assertThat(viaHttps.statusCode()).isEqualTo(302);
        assertThat(viaHttps.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).startsWith("https://"));
        assertThat(viaHttps.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(h -> assertThat(h).contains("max-age="));
        List<String> cookies = viaHttps.headers().allValues("Set-Cookie");
        assertThat(cookies).anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=").contains("Secure", "HttpOnly", "SameSite=Lax"));

        HttpResponse<String> plain = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin")), "203.0.113.21");
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(plain.headers().allValues("Set-Cookie")).allSatisfy(c -> assertThat(c).doesNotContain("Secure"));
    }

    @Test
    void slows_down_then_locks_out_a_client_guessing_the_staff_password_on_the_form() throws Exception {
        String client = "198.51.100.30";
        java.net.CookieManager cookies = new java.net.CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        int refusedAt = -1;
        for (int attempt = 1; attempt <= 6 && refusedAt < 0; attempt++) {
            String form = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin/login"))
                    .header("X-Forwarded-For", client).build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
            assertThat(token.find()).isTrue();
            HttpResponse<String> posted = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin/login"))
                    .header("X-Forwarded-For", client).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + BotTest.STAFF_USER + "&password=wrong" + attempt
                            + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());
            refusedAt = posted.statusCode() == 429 ? attempt : -1;
        }
        // 3 free mistakes, a 4th that must then wait 1 s (2 s after a 5th): one of the next two comes too soon
        assertThat(refusedAt).as("an attempt made without waiting after the free ones is refused").isBetween(5, 6);
    }

    @Test
    void slows_down_a_client_guessing_the_staff_password_with_http_basic_on_the_csv() throws Exception {
        String wrong = Base64.getEncoder().encodeToString((BotTest.STAFF_USER + ":guess").getBytes(StandardCharsets.UTF_8));
        List<Integer> statuses = new java.util.ArrayList<>();
        for (int attempt = 1; attempt <= 6 && !statuses.contains(429); attempt++) {
            statuses.add(send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin/conversations.csv"))
                    .header("Authorization", "Basic " + wrong), "198.51.100.40").statusCode());
        }
        assertThat(statuses.subList(0, 4)).containsOnly(401);
        assertThat(statuses).contains(429);
    }
}
