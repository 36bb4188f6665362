package qc.alubot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static qc.alubot.telegram.TelegramFixtures.message;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.telegram.telegrambots.meta.api.objects.Update;
import qc.alubot.conversation.Channel;
import qc.alubot.e2e.BotTest;
import qc.alubot.e2e.RawHttp;
import qc.alubot.logbook.ConversationFilter;
import qc.alubot.logbook.Conversations;
import qc.alubot.logbook.Exchange;
import qc.alubot.logbook.Logbook;

/** Webhook mode: registered with setWebhook, updates posted to /telegram/webhook with the secret header. */
@BotTest
@DirtiesContext
class TelegramWebhookTest {

    static final FakeBotApi telegram = FakeBotApi.started();
    static final String SECRET = "webhook-secret_for_tests";
    static final String PUBLIC_URL = "https://bot.example.com/telegram/webhook";

    @DynamicPropertySource
    static void telegramProperties(DynamicPropertyRegistry registry) {
        telegram.configure(registry);
        registry.add("bot.telegram.webhook-url", () -> PUBLIC_URL);
        registry.add("bot.telegram.webhook-secret", () -> SECRET);
    }

    @AfterAll
    static void stopTelegram() {
        telegram.stop();
    }

    @LocalServerPort
    int port;

    @Autowired
    Logbook logbook;

    @Autowired
    Conversations conversations;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> post(String secret, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/telegram/webhook"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void registers_itself_with_its_url_and_secret_and_does_not_poll() {
        await().atMost(Duration.ofSeconds(10)).until(() -> !telegram.calls("setWebhook").isEmpty());
        assertThat(telegram.calls("setWebhook").get(0).raw()).contains(PUBLIC_URL, SECRET);
        assertThat(telegram.calls("getupdates")).isEmpty();
    }

    @Test
    void answers_an_update_posted_with_the_secret_once_even_if_posted_again() throws Exception {
        Update update = message(7000).from(700, "en").text("What is AluQuébec?").update();
        assertThat(post(SECRET, TelegramFixtures.json(update)).statusCode()).isEqualTo(200);
        assertThat(telegram.deliveredTo(700)).as("answered before the webhook call returns").hasSize(1);
        assertThat(post(SECRET, TelegramFixtures.json(update)).statusCode()).isEqualTo(200);
        assertThat(post(SECRET, TelegramFixtures.json(message(7001).from(700, "en").text("/help").update())).statusCode())
                .isEqualTo(200);
        assertThat(telegram.deliveredTo(700)).hasSize(2);
    }

    @Test
    void refuses_callers_without_the_secret() throws Exception {
        String update = TelegramFixtures.json(message(7100).from(710, "en").text("What is AluQuébec?").update());
        assertThat(post(null, update).statusCode()).isEqualTo(401);
        assertThat(post("not-the-secret", update).statusCode()).isEqualTo(401);
        assertThat(post(SECRET, "{\"not\": \"an update\"}").statusCode()).isEqualTo(400);
        assertThat(post(SECRET, "garbage").statusCode()).isEqualTo(400);
        assertThat(telegram.deliveredTo(710)).isEmpty();
    }

    @Test
    void ignores_an_update_without_a_chat_instead_of_failing() throws Exception {
        String withoutChat = "{\"update_id\": 7300, \"message\": {\"message_id\": 1, \"date\": 1, \"text\": \"hi\", "
                + "\"from\": {\"id\": 730, \"is_bot\": false, \"first_name\": \"X\"}}}";
        assertThat(post(SECRET, withoutChat).statusCode()).isEqualTo(200);
        String tapWithoutSender = "{\"update_id\": 7301, \"callback_query\": {\"id\": \"1\", \"data\": \"x\", \"chat_instance\": \"1\"}}";
        assertThat(post(SECRET, tapWithoutSender).statusCode()).isEqualTo(200);
        assertThat(telegram.deliveredTo(730)).isEmpty();
    }

    @Test
    void refuses_a_body_larger_than_any_update_with_413_secret_or_not() throws Exception {
        String head = "POST /telegram/webhook HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: 307200";
        assertThat(RawHttp.statusLine(port, head + "\r\nX-Telegram-Bot-Api-Secret-Token: " + SECRET, new byte[0])).contains(" 413");
        assertThat(RawHttp.statusLine(port, head, new byte[0])).contains(" 413");
        assertThat(RawHttp.statusLine(port, "POST /telegram/webhook HTTP/1.1\r\nContent-Type: application/json\r\n"
                + "X-Telegram-Bot-Api-Secret-Token: " + SECRET + "\r\nTransfer-Encoding: chunked", RawHttp.endlessChunks(300 * 1024)))
                .contains(" 413");
    }

    @Test
    void records_telegram_exchanges_pseudonymously_and_forgets_them_on_request() throws Exception {
        String question = "How many recyclers are there in Québec? zephyr-check";
        post(SECRET, TelegramFixtures.json(message(7200).from(720, "en").text(question).update()));
        assertThat(logbook.flush()).isTrue();
        Exchange recorded = logged(question).orElseThrow();
        assertThat(recorded.channel()).isEqualTo(Channel.TELEGRAM);
        assertThat(recorded.chatType()).isEqualTo("private");
        assertThat(recorded.userRef()).isNotBlank().doesNotContain("720");

        post(SECRET, TelegramFixtures.json(TelegramFixtures.tap(7201).from(720, "en").data("forget-yes:0:").update()));
        assertThat(telegram.deliveredTo(720).get(telegram.deliveredTo(720).size() - 1).text())
                .isEqualTo("Done: I deleted 1 record(s) about you and forgot our conversation.");
        assertThat(logged(question)).isEmpty();
    }

    private Optional<Exchange> logged(String question) {
        return conversations.newest(ConversationFilter.none(), 500).stream()
                .filter(exchange -> exchange.question().equals(question)).findFirst();
    }
}
