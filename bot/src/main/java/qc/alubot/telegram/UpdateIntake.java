package qc.alubot.telegram;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import qc.alubot.knowledge.Reply;
import qc.alubot.language.Language;

/**
 * Where every update arrives, from long polling or the webhook. Each is handled once (Telegram
 * sends an update again until it is confirmed, and a webhook call may be retried), in its
 * chat's lane so a chat's messages are answered in order while other chats go on in parallel.
 */
final class UpdateIntake {

    private static final Logger log = LoggerFactory.getLogger(UpdateIntake.class);
    /** Telegram keeps an unconfirmed update for 24 hours: after that it cannot come back. */
    private static final Duration REMEMBER_SEEN = Duration.ofHours(24);

    private final Cache<Integer, Boolean> seen;
    private final Lanes<Long> lanes = new Lanes<>();
    private final ExecutorService workers;
    private final MessageHandler messages;
    private final CallbackHandler callbacks;
    private final Replier replier;

    UpdateIntake(ExecutorService workers, MessageHandler messages, CallbackHandler callbacks, Replier replier,
                 Ticker ticker) {
        this.workers = workers;
        this.messages = messages;
        this.callbacks = callbacks;
        this.replier = replier;
        this.seen = Caffeine.newBuilder().expireAfterWrite(REMEMBER_SEEN).maximumSize(1_000_000).ticker(ticker).build();
    }

    /**
     * @return empty for an update already taken; else a future that completes once its replies
     *         are delivered or given up on (never exceptionally)
     */
    Optional<CompletableFuture<Void>> accept(Update update) {
        if (update.getUpdateId() == null || seen.asMap().putIfAbsent(update.getUpdateId(), Boolean.TRUE) != null) {
            return Optional.empty();
        }
        String key = "u" + update.getUpdateId();
        CompletableFuture<CompletableFuture<Void>> answered = lanes.submit(laneOf(update),
                () -> CompletableFuture.supplyAsync(() -> route(update, key), workers));
        return Optional.of(answered.thenCompose(delivered -> delivered)
                .exceptionally(error -> failed(update, key, error)));
    }

    private CompletableFuture<Void> route(Update update, String key) {
        if (update.hasMessage()) {
            return messages.handle(update.getMessage(), false, key);
        }
        if (update.hasEditedMessage()) {
            return messages.handle(update.getEditedMessage(), true, key);
        }
        if (update.hasCallbackQuery()) {
            return callbacks.handle(update.getCallbackQuery(), key);
        }
        return CompletableFuture.completedFuture(null);
    }

    private static long laneOf(Update update) {
        Message message = update.hasMessage() ? update.getMessage() : update.hasEditedMessage() ? update.getEditedMessage() : null;
        if (message != null) {
            return message.getChatId();
        }
        if (update.hasCallbackQuery() && update.getCallbackQuery().getMessage() != null) {
            return update.getCallbackQuery().getMessage().getChatId();
        }
        return update.hasCallbackQuery() ? update.getCallbackQuery().getFrom().getId() : 0L;
    }

    /** A bug while answering: the person hears something went wrong rather than nothing, and the update is done. */
    private Void failed(Update update, String key, Throwable error) {
        log.error("Answering a Telegram update failed; the investor was told to ask again. This is a bug: the stack "
                + "trace shows where.", error);
        Message message = update.hasMessage() ? update.getMessage() : update.getEditedMessage();
        if (message != null && message.getFrom() != null) {
            Sender sender = Sender.of(message);
            replier.say(sender, key + ":error", sender.appLanguage().orElse(Language.EN), Reply.TELEGRAM_ERROR, null);
        }
        return null;
    }
}
