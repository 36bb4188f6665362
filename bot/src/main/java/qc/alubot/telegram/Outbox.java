package qc.alubot.telegram;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Every message the bot sends goes through here, and leaves within Telegram's limits.
 *
 * <p>The library sends what it is given at once; this queue is ours because the guarantees
 * are about ordering and time across calls: per chat, messages leave in order, one at a time,
 * at the chat's pace; across chats, at the bot's pace. A {@code 429} pauses the chat for its
 * {@code retry_after}; a {@code 5xx} or a network error is retried with backoff; HTML that
 * Telegram cannot parse is sent again as plain text rather than lost. A message acknowledged
 * once is remembered by its key and never sent again. Nothing blocks a thread: waits are
 * scheduled and calls are asynchronous.
 *
 * <p>What no client can know: when a call fails after Telegram received it (the answer lost on
 * the way back), a retry may show the message twice. Giving up would lose it instead; a
 * duplicate is the lesser harm, and it needs a network fault at that exact moment.
 */
final class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);
    /** Keys of delivered messages are kept as long as Telegram keeps an unconfirmed update. */
    private static final Duration REMEMBER_DELIVERED = Duration.ofHours(24);

    private final TelegramClient client;
    private final Throttle throttle;
    private final ScheduledExecutorService scheduler;
    private final TelegramProperties properties;
    private final Lanes<Long> chats = new Lanes<>();
    private final Cache<String, Boolean> delivered;
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicLong undelivered = new AtomicLong();
    private final AtomicLong unreachable = new AtomicLong();

    Outbox(TelegramClient client, Throttle throttle, ScheduledExecutorService scheduler, TelegramProperties properties,
           Ticker ticker) {
        this.client = client;
        this.throttle = throttle;
        this.scheduler = scheduler;
        this.properties = properties;
        this.delivered = Caffeine.newBuilder().expireAfterWrite(REMEMBER_DELIVERED).maximumSize(1_000_000)
                .ticker(ticker).build();
    }

    /** Queues a message; the future completes once it is delivered or given up on (never exceptionally). */
    CompletableFuture<Void> send(Outgoing message) {
        waiting.incrementAndGet();
        return chats.submit(message.chatId(), () -> deliver(message)).whenComplete((sent, error) -> waiting.decrementAndGet());
    }

    /** Messages queued or on their way, not yet delivered or given up on: for monitoring. */
    int waiting() {
        return waiting.get();
    }

    /** Messages given up on since start (every try failed, or Telegram refused them): for monitoring. */
    long undelivered() {
        return undelivered.get();
    }

    /** Messages not delivered since start because the person blocked the bot or left the chat. */
    long unreachable() {
        return unreachable.get();
    }

    private CompletableFuture<Void> deliver(Outgoing message) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        if (delivered.getIfPresent(message.key()) != null) {
            done.complete(null);
        } else {
            new Attempt(message, done).waitForChat();
        }
        return done;
    }

    /** One message on its way: which try it is on and whether it fell back to plain text. */
    private final class Attempt {
        private final Outgoing message;
        private final CompletableFuture<Void> done;
        private int tries;
        private boolean plain;

        Attempt(Outgoing message, CompletableFuture<Void> done) {
            this.message = message;
            this.done = done;
        }

        void waitForChat() {
            later(throttle.reserveInChat(message.chatId(), message.group()), this::waitForBot);
        }

        private void waitForBot() {
            later(throttle.reserveGlobal(), this::call);
        }

        private void call() {
            Duration late = throttle.startNow();
            if (!late.isZero()) {
                later(late, this::call);
                return;
            }
            tries++;
            SendMessage method = plain ? message.plain() : message.html();
            try {
                client.executeAsync(method).whenComplete((sent, error) -> {
                    throttle.finished();
                    if (error == null) {
                        delivered.put(message.key(), Boolean.TRUE);
                        done.complete(null);
                    } else {
                        failed(ApiFailure.of(error));
                    }
                });
            } catch (Exception e) { // the library validates before sending: a message it refuses cannot be sent
                throttle.finished();
                giveUp(ApiFailure.of(e));
            }
        }

        private void failed(ApiFailure failure) {
            switch (failure.kind()) {
                case RATE_LIMITED -> {
                    throttle.pauseChat(message.chatId(), message.group(), failure.retryAfter());
                    retry(failure, Duration.ZERO);
                }
                case TRANSIENT -> retry(failure, Backoff.after(tries, properties.minBackoff(), properties.maxBackoff()));
                case BAD_MARKUP -> {
                    if (plain) {
                        giveUp(failure);
                        return;
                    }
                    log.warn("Telegram refused a message's HTML ({}); sending it again as plain text. The rendering "
                            + "has a bug worth reporting: answers should always be valid Telegram HTML.", failure.description());
                    plain = true;
                    waitForChat();
                }
                case UNREACHABLE_CHAT -> {
                    unreachable.incrementAndGet();
                    log.info("A reply was not delivered: the person blocked the bot or left the chat ({})", failure.description());
                    done.complete(null);
                }
                default -> giveUp(failure);
            }
        }

        private void retry(ApiFailure failure, Duration wait) {
            if (tries >= properties.maxSendAttempts()) {
                giveUp(failure);
                return;
            }
            log.debug("sendMessage failed ({}), try {} of {}: retrying in {} ms", failure.description(), tries,
                    properties.maxSendAttempts(), wait.toMillis());
            later(wait, this::waitForChat);
        }

        private void giveUp(ApiFailure failure) {
            undelivered.incrementAndGet();
            log.error("A reply could not be delivered to a Telegram chat after {} tries (last: {}). The investor did not "
                    + "get it; if the Bot API was down, check its status and TELEGRAM_API_URL.", tries, failure.description());
            done.complete(null);
        }
    }

    private void later(Duration wait, Runnable step) {
        if (wait.isZero() || wait.isNegative()) {
            step.run();
        } else {
            scheduler.schedule(step, wait.toNanos(), TimeUnit.NANOSECONDS);
        }
    }
}
