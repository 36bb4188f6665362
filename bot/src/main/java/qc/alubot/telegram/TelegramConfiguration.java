package qc.alubot.telegram;

import com.github.benmanes.caffeine.cache.Ticker;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import qc.alubot.answer.AnswerProperties;
import qc.alubot.answer.AnswerService;
import qc.alubot.answer.CurrentKnowledge;
import qc.alubot.answer.FeedbackListener;
import qc.alubot.answer.PersonalDataEraser;
import qc.alubot.answer.SessionStore;

/** Wires the Telegram channel when a token is set (see {@link TelegramConditions}). */
@Configuration(proxyBeanMethods = false)
@Conditional(TelegramConditions.On.class)
@EnableConfigurationProperties(TelegramProperties.class)
class TelegramConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TelegramConfiguration.class);

    @Bean
    OkHttpClient telegramHttpClient(TelegramProperties properties) {
        return BotApiEndpoint.parse(properties.apiUrl()).httpClient(properties.pollTimeout(), properties.callTimeout());
    }

    /** OkHttp's threads would keep a long poll (and the JVM) alive for a minute after shutdown. */
    @Bean
    DisposableBean telegramHttpShutdown(OkHttpClient telegramHttpClient) {
        return () -> {
            telegramHttpClient.dispatcher().cancelAll();
            telegramHttpClient.dispatcher().executorService().shutdown();
            telegramHttpClient.connectionPool().evictAll();
        };
    }

    @Bean
    TelegramClient telegramClient(TelegramProperties properties, OkHttpClient telegramHttpClient) {
        return new OkHttpTelegramClient(telegramHttpClient, properties.token(),
                BotApiEndpoint.parse(properties.apiUrl()).telegramUrl());
    }

    /** Timers of the outbox and the start-up calls: they only schedule and start asynchronous calls. */
    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService telegramScheduler() {
        return Executors.newSingleThreadScheduledExecutor(daemons("telegram-timer"));
    }

    @Bean(destroyMethod = "shutdownNow")
    ExecutorService telegramWorkers(TelegramProperties properties) {
        return Executors.newFixedThreadPool(properties.workers(), daemons("telegram-answer"));
    }

    @Bean
    BotIdentity telegramIdentity(TelegramProperties properties) {
        return BotIdentity.fromToken(properties.token());
    }

    @Bean
    Throttle telegramThrottle(TelegramProperties properties, Ticker ticker) {
        return Throttle.of(properties, ticker);
    }

    @Bean
    Outbox telegramOutbox(TelegramClient client, Throttle throttle, ScheduledExecutorService telegramScheduler,
                          TelegramProperties properties, Ticker ticker) {
        return new Outbox(client, throttle, telegramScheduler, properties, ticker);
    }

    /** What monitoring sees of the outbox: messages waiting, and those that could not be delivered. */
    @Bean
    MeterBinder telegramMeters(Outbox outbox) {
        return registry -> {
            Gauge.builder("bot.telegram.outbox.waiting", outbox, Outbox::waiting)
                    .description("Replies queued or on their way to Telegram").register(registry);
            FunctionCounter.builder("bot.telegram.send.failures", outbox, Outbox::undelivered).tag("reason", "gave-up")
                    .description("Replies not delivered").register(registry);
            FunctionCounter.builder("bot.telegram.send.failures", outbox, Outbox::unreachable).tag("reason", "blocked")
                    .description("Replies not delivered").register(registry);
        };
    }

    @Bean
    UpdateIntake telegramIntake(TelegramClient client, Outbox outbox, Throttle throttle, ExecutorService telegramWorkers,
                                TelegramProperties properties, Ticker ticker, BotIdentity identity,
                                AnswerService answers, CurrentKnowledge knowledge, SessionStore sessions,
                                AnswerProperties answerProperties, ObjectProvider<FeedbackListener> feedbackListeners,
                                ObjectProvider<PersonalDataEraser> erasers,
                                @Value("${bot.logbook.retention-days:${BOT_LOG_RETENTION_DAYS:180}}") int retentionDays) {
        Replier replier = new Replier(outbox, client, throttle, knowledge);
        People people = new People(sessions, answerProperties.sessionTimeout(), ticker);
        RecentAnswers recent = new RecentAnswers(ticker);
        FloodGuard flood = new FloodGuard(ticker, properties.floodMessages(), properties.floodWindow());
        Asking asking = new Asking(answers, people, recent, replier);
        ChannelCommands commands = new ChannelCommands(replier, asking, people, flood,
                erasers.orderedStream().toList(), retentionDays);
        MessageHandler messages = new MessageHandler(new Addressing(identity), flood, asking, commands, replier);
        CallbackHandler callbacks = new CallbackHandler(asking, commands, new AnswerButtons(recent, asking, replier, knowledge),
                replier, flood, feedbackListeners.orderedStream().toList());
        return new UpdateIntake(telegramWorkers, messages, callbacks, replier, ticker);
    }

    @Bean
    BotSetup telegramSetup(TelegramClient client, ScheduledExecutorService telegramScheduler, TelegramProperties properties,
                           BotIdentity identity, CurrentKnowledge knowledge, ObjectProvider<WebhookSecret> secret) {
        BotSetup setup = new BotSetup(client, telegramScheduler, properties, identity, knowledge);
        secret.ifAvailable(webhookSecret -> setup.add(new BotSetup.Step("setWebhook", true, () -> client.executeAsync(
                SetWebhook.builder().url(properties.webhookUrl()).secretToken(webhookSecret.value())
                        .allowedUpdates(LongPolling.ALLOWED_UPDATES).dropPendingUpdates(false).build()))));
        return setup;
    }

    @Bean
    @Conditional(TelegramConditions.Polling.class)
    LongPolling telegramPolling(TelegramClient client, UpdateIntake intake, TelegramProperties properties) {
        return new LongPolling(client, intake, properties);
    }

    @Bean
    @Conditional(TelegramConditions.Webhook.class)
    WebhookSecret telegramWebhookSecret(TelegramProperties properties) {
        WebhookSecret secret = WebhookSecret.of(properties.webhookSecret());
        log.info("Telegram: receiving updates by webhook at {} (endpoint {}), registered with setWebhook in the background{}",
                properties.webhookUrl(), WebhookController.PATH, secret.generated()
                        ? "; no TELEGRAM_WEBHOOK_SECRET is set, so a random one is used for this run (set one when "
                        + "several instances share the URL)" : "");
        if (!properties.webhookUrl().startsWith("https://")) {
            log.warn("Telegram: TELEGRAM_WEBHOOK_URL is not https; api.telegram.org only delivers to HTTPS URLs");
        }
        return secret;
    }

    private static ThreadFactory daemons(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
