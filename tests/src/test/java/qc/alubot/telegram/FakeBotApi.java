package qc.alubot.telegram;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * WireMock standing in for the Bot API: the stubs under {@code telegram/mappings} answer every
 * call the bot makes, {@code telegram/faults} holds failures a test switches on, and updates a
 * test sends wait in {@link PendingUpdates} until the bot polls them.
 */
final class FakeBotApi {

    private final PendingUpdates updates = new PendingUpdates();
    private final WireMockServer server;
    private final ObjectMapper json = new ObjectMapper();

    private final int port;

    private FakeBotApi(int port) {
        this.port = port;
        server = new WireMockServer(options().port(port).usingFilesUnderClasspath("telegram").extensions(updates));
    }

    static FakeBotApi started() {
        FakeBotApi api = new FakeBotApi(0);
        api.server.start();
        return api;
    }

    /** Not started: the bot finds nothing listening on this port until {@link #start()}. */
    static FakeBotApi onPort(int port) {
        return new FakeBotApi(port);
    }

    void start() {
        server.start();
    }

    void stop() {
        server.stop();
    }

    String url() {
        return "http://localhost:" + (server.isRunning() ? server.port() : port);
    }

    /** The channel's properties for a test: this server, the fixture token, fast retries, limits out of the way. */
    void configure(DynamicPropertyRegistry registry) {
        registry.add("bot.telegram.token", () -> TelegramFixtures.TOKEN);
        registry.add("bot.telegram.api-url", this::url);
        registry.add("bot.telegram.min-backoff", () -> "20ms");
        registry.add("bot.telegram.max-backoff", () -> "200ms");
        registry.add("bot.telegram.chat-interval", () -> "10ms");
        registry.add("bot.telegram.group-interval", () -> "10ms");
        registry.add("bot.telegram.messages-per-second", () -> "1000");
        registry.add("bot.telegram.call-timeout", () -> "5s");
        registry.add("bot.telegram.poll-timeout", () -> "1s");
    }

    void send(Update... sent) {
        for (Update update : sent) {
            updates.add(update.getUpdateId(), TelegramFixtures.json(update));
        }
    }

    PendingUpdates updates() {
        return updates;
    }

    /** Switches on a failure from {@code telegram/faults}. */
    void fail(String faultFile) {
        try (InputStream in = FakeBotApi.class.getResourceAsStream("/telegram/faults/" + faultFile)) {
            server.addStubMapping(StubMapping.buildFrom(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every call to {@code method} (as the library spells it), oldest first. */
    List<Call> calls(String method) {
        return server.getAllServeEvents().stream()
                .filter(event -> event.getRequest().getUrl().endsWith("/" + method))
                .map(this::call)
                .sorted(Comparator.comparing(Call::at))
                .toList();
    }

    /** Messages Telegram accepted (answered 200), oldest first. */
    List<Call> delivered() {
        return calls("sendmessage").stream().filter(Call::accepted).toList();
    }

    List<Call> deliveredTo(long chatId) {
        return delivered().stream().filter(call -> call.chatId() == chatId).toList();
    }

    private Call call(ServeEvent event) {
        try {
            JsonNode body = event.getRequest().getBodyAsString().startsWith("{")
                    ? json.readTree(event.getRequest().getBodyAsString()) : json.createObjectNode();
            boolean accepted = event.getResponseDefinition().getFault() == null && event.getResponse() != null
                    && event.getResponse().getStatus() == 200;
            return new Call(event.getRequest().getLoggedDate().toInstant(), body, accepted,
                    event.getStubMapping() == null ? "" : String.valueOf(event.getStubMapping().getName()),
                    event.getRequest().getBodyAsString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One request the bot made. */
    record Call(Instant at, JsonNode body, boolean accepted, String stub, String raw) {

        long chatId() {
            return body.path("chat_id").asLong();
        }

        String text() {
            return body.path("text").asText();
        }

        boolean html() {
            return "html".equals(body.path("parse_mode").asText());
        }

        /** The callback_data of every button, row by row, in order. */
        List<String> buttons() {
            return body.path("reply_markup").path("inline_keyboard").findValuesAsText("callback_data");
        }

        List<String> buttonTexts() {
            return body.path("reply_markup").path("inline_keyboard").findValuesAsText("text");
        }
    }
}
