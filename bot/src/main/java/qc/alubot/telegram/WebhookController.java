package qc.alubot.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * {@code POST /telegram/webhook}: Telegram delivers updates here in webhook mode. A call
 * without the right {@code X-Telegram-Bot-Api-Secret-Token} is refused. The response waits
 * until the update's replies are delivered (up to a bound): Telegram sends an update again if
 * it gets no 2xx, which is what we want if the process dies mid-answer, and the wait keeps
 * Telegram from sending faster than the bot answers. Repeats are dropped by the intake.
 */
@RestController
@Conditional(TelegramConditions.Webhook.class)
class WebhookController {

    private static final Logger log = LoggerFactory.getLogger(WebhookController.class);
    static final String PATH = "/telegram/webhook";
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    /** Below Spring's 30 s async timeout and Telegram's own patience, above any normal answer. */
    private static final Duration MAX_WAIT = Duration.ofSeconds(20);

    private final WebhookSecret secret;
    private final UpdateIntake intake;
    /** Telegram adds fields to updates over time: unknown ones are ignored, not refused. */
    private final ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    WebhookController(WebhookSecret secret, UpdateIntake intake) {
        this.secret = secret;
        this.intake = intake;
    }

    /** The body is read only once the secret matched, and never past the edge's body limit (a 413 beyond it). */
    @PostMapping(PATH)
    CompletableFuture<ResponseEntity<String>> receive(@RequestHeader(name = SECRET_HEADER, required = false) String given,
                                                      HttpServletRequest request) throws IOException {
        if (!secret.matches(given)) {
            log.warn("Telegram webhook: refused a call {} the secret header. Not from Telegram, or the secret changed "
                    + "without setWebhook: restarting the bot registers it again.", given == null ? "without" : "with a wrong");
            return CompletableFuture.completedFuture(ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                    .body("{\"error\": \"missing or wrong " + SECRET_HEADER + "\"}"));
        }
        Optional<Update> update = parse(new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        if (update.isEmpty()) {
            return CompletableFuture.completedFuture(ResponseEntity.badRequest()
                    .body("{\"error\": \"the body is not a Telegram update (JSON with an update_id)\"}"));
        }
        if (!WellFormedUpdates.answerable(update.get())) {
            log.warn("Telegram webhook: ignored update {}: it has a message without a chat, or a button press without "
                    + "a sender, which Telegram never sends. The secret is right, so check who else knows it.",
                    update.get().getUpdateId());
            return CompletableFuture.completedFuture(ResponseEntity.ok("{}"));
        }
        return intake.accept(update.get()).orElse(CompletableFuture.completedFuture(null))
                .completeOnTimeout(null, MAX_WAIT.toMillis(), TimeUnit.MILLISECONDS)
                .thenApply(done -> ResponseEntity.ok("{}"));
    }

    private Optional<Update> parse(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(json.readValue(body, Update.class)).filter(u -> u.getUpdateId() != null);
        } catch (JsonProcessingException e) {
            log.warn("Telegram webhook: a call with the right secret had a body that is not an update ({})",
                    e.getOriginalMessage());
            return Optional.empty();
        }
    }
}
