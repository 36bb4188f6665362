package qc.alubot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.ApiResponse;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

class ConfigurationTest {

    @Nested
    class Properties {

        @Test
        void never_show_the_token_or_the_secret() {
            TelegramProperties properties = new TelegramProperties("123:SECRET-TOKEN", null, "https://x/telegram/webhook",
                    "hook-secret", null, null, null, null, null, null, null, null, null, null, null);
            assertThat(properties.toString()).doesNotContain("SECRET-TOKEN", "hook-secret").contains("(set)");
            assertThat(WebhookSecret.of("hook-secret").toString()).doesNotContain("hook-secret");
        }

        @Test
        void default_to_telegrams_own_limits() {
            TelegramProperties properties = TelegramProperties.withToken("1:a", null);
            assertThat(properties.apiUrl()).isEqualTo("https://api.telegram.org");
            assertThat(properties.messagesPerSecond()).isEqualTo(30);
            assertThat(properties.chatInterval()).hasSeconds(1);
        }
    }

    @Nested
    class Api_url {

        @Test
        void accepts_any_http_base_with_port_and_path() {
            BotApiEndpoint endpoint = BotApiEndpoint.parse("http://localhost:8089/proxy/telegram/");
            assertThat(endpoint.telegramUrl().getHost()).isEqualTo("localhost");
            assertThat(endpoint.telegramUrl().getPort()).isEqualTo(8089);
            assertThat(endpoint.telegramUrl().getSchema()).isEqualTo("http");
            assertThat(endpoint.pathPrefix()).isEqualTo("/proxy/telegram");
            assertThat(BotApiEndpoint.parse("https://api.telegram.org").telegramUrl().getPort()).isEqualTo(443);
        }

        @Test
        void refuses_what_is_not_a_url_saying_what_to_give() {
            assertThatThrownBy(() -> BotApiEndpoint.parse("api.telegram.org")).hasMessageContaining("TELEGRAM_API_URL")
                    .hasMessageContaining("http://localhost:8081");
        }

        @Test
        void a_token_must_look_like_botfathers() {
            assertThat(BotIdentity.fromToken("123456:AAE-x").id()).isEqualTo(123456);
            assertThatThrownBy(() -> BotIdentity.fromToken("not-a-token")).hasMessageContaining("@BotFather");
        }
    }

    @Nested
    class Failures {

        private TelegramApiRequestException error(int code, String description, Integer retryAfter) {
            ApiResponse<Object> response = new ApiResponse<>(false, code, description,
                    retryAfter == null ? null : new ResponseParameters(null, retryAfter), null);
            return new TelegramApiRequestException("Error", response);
        }

        @Test
        void classify_what_telegram_answers() {
            assertThat(ApiFailure.of(error(429, "Too Many Requests", 7)).retryAfter()).hasSeconds(7);
            assertThat(ApiFailure.of(error(502, "Bad Gateway", null)).kind()).isEqualTo(ApiFailure.Kind.TRANSIENT);
            assertThat(ApiFailure.of(error(400, "Bad Request: can't parse entities: x", null)).kind())
                    .isEqualTo(ApiFailure.Kind.BAD_MARKUP);
            assertThat(ApiFailure.of(error(403, "Forbidden: bot was blocked by the user", null)).kind())
                    .isEqualTo(ApiFailure.Kind.UNREACHABLE_CHAT);
            assertThat(ApiFailure.of(error(409, "Conflict: can't use getUpdates method while webhook is active", null)).kind())
                    .isEqualTo(ApiFailure.Kind.WEBHOOK_ACTIVE);
            assertThat(ApiFailure.of(new java.io.IOException("Connection reset")).kind()).isEqualTo(ApiFailure.Kind.TRANSIENT);
        }

        @Test
        void never_repeat_a_token_found_in_an_error() {
            assertThat(ApiFailure.of(new java.io.IOException("failed http://h/bot123:ABC-def/getupdates")).description())
                    .doesNotContain("ABC-def").contains("bot<token>");
        }
    }
}
