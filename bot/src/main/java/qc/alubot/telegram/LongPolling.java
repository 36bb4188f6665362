package qc.alubot.telegram;

import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Fetches updates with {@code getUpdates} for as long as the application runs.
 *
 * <p>The loop is ours, not the library's {@code TelegramBotsLongPollingApplication}, because
 * that one confirms each batch as soon as it is received (a crash then loses the questions
 * being answered), deletes the webhook at start-up and throws if Telegram is unreachable then
 * (start-up would depend on Telegram), and sleeps a fixed way on errors whatever Telegram said.
 * Here the offset follows {@link OffsetTracker}, the first call happens on this thread after
 * start-up, and failures back off by their kind. The calls themselves are the library's.
 */
final class LongPolling implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LongPolling.class);
    static final List<String> ALLOWED_UPDATES = List.of("message", "edited_message", "callback_query");
    /** Telegram returns at most this many updates a call. */
    private static final int BATCH = 100;
    /** When a poll brought only updates already in hand: wait this long at most for one to finish. */
    private static final Duration REPOLL_PAUSE = Duration.ofMillis(250);
    /** On shutdown, how long answers in progress may take to be delivered and confirmed. */
    private static final Duration DRAIN = Duration.ofSeconds(10);

    private final TelegramClient client;
    private final UpdateIntake intake;
    private final TelegramProperties properties;
    private final OffsetTracker offsets = new OffsetTracker();
    private final Backoff backoff;
    private volatile boolean running;
    private Thread thread;

    LongPolling(TelegramClient client, UpdateIntake intake, TelegramProperties properties) {
        this.client = client;
        this.intake = intake;
        this.properties = properties;
        this.backoff = new Backoff(properties.minBackoff(), properties.maxBackoff());
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = new Thread(this::loop, "telegram-polling");
        thread.setDaemon(true);
        thread.start();
        log.info("Telegram: long polling {} for updates (set TELEGRAM_WEBHOOK_URL to receive them by webhook instead)",
                properties.apiUrl());
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (thread == null) {
            return;
        }
        thread.interrupt();
        try {
            thread.join(DRAIN.toMillis());
            if (!offsets.awaitAllDone(DRAIN)) {
                log.warn("Telegram: stopping with {} update(s) not yet answered; Telegram will send them again at the "
                        + "next start", offsets.inHand());
            }
            confirm();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void loop() {
        while (running) {
            try {
                pollOnce();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.error("Telegram: unexpected error in the polling loop; polling goes on", e);
            }
        }
    }

    private void pollOnce() throws InterruptedException {
        List<Update> updates;
        try {
            updates = client.execute(request(offsets.next(), (int) properties.pollTimeout().toSeconds()));
        } catch (TelegramApiException e) {
            if (running) {
                failed(ApiFailure.of(e));
            }
            return;
        }
        recovered();
        int fresh = 0;
        for (Update update : updates) {
            if (take(update)) {
                fresh++;
            }
        }
        if (!updates.isEmpty() && fresh == 0) {
            offsets.awaitProgress(REPOLL_PAUSE);
        }
    }

    private boolean take(Update update) {
        int id = update.getUpdateId();
        return intake.accept(update).map(handled -> {
            offsets.taken(id);
            handled.whenComplete((ignored, error) -> offsets.done(id));
            return true;
        }).orElse(false);
    }

    private static GetUpdates request(Integer offset, int timeoutSeconds) {
        return GetUpdates.builder().offset(offset).timeout(timeoutSeconds).limit(BATCH)
                .allowedUpdates(ALLOWED_UPDATES).build();
    }

    private void failed(ApiFailure failure) throws InterruptedException {
        Duration wait = failure.kind() == ApiFailure.Kind.RATE_LIMITED ? failure.retryAfter() : backoff.next();
        switch (failure.kind()) {
            case WEBHOOK_ACTIVE -> {
                log.warn("Telegram: a webhook is set for this bot, so updates cannot be polled; removing it. To use the "
                        + "webhook instead, set TELEGRAM_WEBHOOK_URL.");
                deleteWebhook();
            }
            case OTHER_POLLER -> log.error("Telegram: another process is polling this bot's updates (409 Conflict). Only "
                    + "one may: stop the other instance, or give each its own token. Retrying in {} s.", wait.toSeconds());
            case BAD_TOKEN -> log.error("Telegram rejected the bot token ({}). Check TELEGRAM_BOT_TOKEN against @BotFather's "
                    + "/token; retrying in {} s.", failure.description(), wait.toSeconds());
            default -> log.warn("Telegram: getUpdates failed ({}); retrying in {} ms. HTTP keeps serving; messages wait on "
                    + "Telegram's side meanwhile.", failure.description(), wait.toMillis());
        }
        Thread.sleep(wait.toMillis());
    }

    private void recovered() {
        if (backoff.failures() > 0) {
            log.info("Telegram: the Bot API answers again after {} failed call(s); receiving updates", backoff.failures());
        }
        backoff.reset();
    }

    private void deleteWebhook() {
        try {
            client.execute(DeleteWebhook.builder().dropPendingUpdates(false).build());
        } catch (TelegramApiException e) {
            log.warn("Telegram: could not remove the webhook ({}); will try again", ApiFailure.of(e).description());
        }
    }

    /** Tells Telegram which updates are done, so they are not sent again after a restart. */
    private void confirm() {
        Integer offset = offsets.next();
        if (offset == null) {
            return;
        }
        try {
            client.execute(GetUpdates.builder().offset(offset).timeout(0).limit(1).allowedUpdates(ALLOWED_UPDATES).build());
        } catch (TelegramApiException e) {
            log.info("Telegram: could not confirm the last updates on shutdown ({}); they will be received again and "
                    + "answered once more at the next start", ApiFailure.of(e).description());
        }
    }
}
