package qc.alubot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static qc.alubot.telegram.TelegramFixtures.message;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import qc.alubot.e2e.BotTest;

/** The Bot API is down when the application starts: it starts anyway, serves HTTP, and picks Telegram up when it is back. */
@BotTest
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class TelegramStartupTest {

    static final FakeBotApi telegram = FakeBotApi.onPort(freePort());

    @DynamicPropertySource
    static void telegramProperties(DynamicPropertyRegistry registry) {
        telegram.configure(registry);
    }

    @AfterAll
    static void stopTelegram() {
        telegram.stop();
    }

    @LocalServerPort
    int port;

    @Test
    void starts_and_serves_http_while_telegram_is_down_then_answers_once_it_is_back(CapturedOutput output) throws Exception {
        HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.body()).contains("UP");

        telegram.send(message(6000).from(600, "en").text("What is AluQuébec?").update());
        telegram.start();

        await().atMost(Duration.ofSeconds(15)).until(() -> telegram.deliveredTo(600).size() == 1);
        assertThat(telegram.deliveredTo(600).get(0).text()).contains("AluQuébec");
        await().atMost(Duration.ofSeconds(15)).until(() -> telegram.calls("setMyCommands").size() >= 2);
        assertThat(output.getAll()).as("the failures while Telegram was down were logged without the token")
                .contains("Telegram").doesNotContain(TelegramFixtures.TOKEN);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
