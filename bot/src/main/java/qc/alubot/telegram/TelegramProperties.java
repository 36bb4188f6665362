package qc.alubot.telegram;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Telegram channel ({@code bot.telegram.*}; every key also reads {@code BOT_TELEGRAM_*}).
 * The limits default to what Telegram documents for bots, so a bot never earns a ban by
 * default; raise them only against a Bot API server of your own.
 *
 * @param token             from @BotFather ({@code TELEGRAM_BOT_TOKEN}); blank turns Telegram off
 * @param apiUrl            Bot API base URL ({@code TELEGRAM_API_URL}): a self-hosted {@code telegram-bot-api} or a test double
 * @param webhookUrl        public HTTPS URL of {@code /telegram/webhook} ({@code TELEGRAM_WEBHOOK_URL}); blank means long polling
 * @param webhookSecret     checked against {@code X-Telegram-Bot-Api-Secret-Token} ({@code TELEGRAM_WEBHOOK_SECRET});
 *                          blank: one is generated per run
 * @param pollTimeout       how long Telegram holds an idle getUpdates open: one request a minute when
 *                          nobody writes, and under the 60 s idle cut of most proxies
 * @param minBackoff        first wait after a failed call; doubled on each failure in a row
 * @param maxBackoff        longest wait between retries: an outage is noticed within a minute of its end
 * @param chatInterval      Telegram asks for at most one message a second in a private chat
 * @param groupInterval     and at most 20 a minute in a group
 * @param messagesPerSecond Telegram's limit across all chats (30 a second) before it answers 429
 * @param floodMessages     questions one person may send per {@code floodWindow}: more than anyone types
 *                          by hand, few enough that a script cannot monopolise the bot
 * @param floodWindow       see {@code floodMessages}
 * @param workers           threads answering at once: answers take milliseconds on the CPU, so about the cores
 * @param maxSendAttempts   tries per message before giving up: with the backoff, about two minutes of outage
 * @param callTimeout       how long any other call may take before it counts as failed
 */
@ConfigurationProperties("bot.telegram")
record TelegramProperties(String token, String apiUrl, String webhookUrl, String webhookSecret,
                          Duration pollTimeout, Duration minBackoff, Duration maxBackoff,
                          Duration chatInterval, Duration groupInterval, Integer messagesPerSecond,
                          Integer floodMessages, Duration floodWindow, Integer workers,
                          Integer maxSendAttempts, Duration callTimeout) {

    static final String DEFAULT_API_URL = "https://api.telegram.org";

    TelegramProperties {
        token = blankToNull(token);
        apiUrl = apiUrl == null || apiUrl.isBlank() ? DEFAULT_API_URL : apiUrl.strip();
        webhookUrl = blankToNull(webhookUrl);
        webhookSecret = blankToNull(webhookSecret);
        pollTimeout = or(pollTimeout, Duration.ofSeconds(50));
        minBackoff = or(minBackoff, Duration.ofSeconds(1));
        maxBackoff = or(maxBackoff, Duration.ofSeconds(60));
        chatInterval = or(chatInterval, Duration.ofSeconds(1));
        groupInterval = or(groupInterval, Duration.ofSeconds(3));
        messagesPerSecond = or(messagesPerSecond, 30);
        floodMessages = or(floodMessages, 10);
        floodWindow = or(floodWindow, Duration.ofMinutes(1));
        workers = or(workers, Math.max(2, Runtime.getRuntime().availableProcessors()));
        maxSendAttempts = or(maxSendAttempts, 8);
        callTimeout = or(callTimeout, Duration.ofSeconds(30));
    }

    static TelegramProperties withToken(String token, String apiUrl) {
        return new TelegramProperties(token, apiUrl, null, null, null, null, null, null, null, null, null, null, null,
                null, null);
    }

    boolean enabled() {
        return token != null;
    }

    boolean webhook() {
        return webhookUrl != null;
    }

    @Override
    public String toString() { // the token and the secret let anyone act as the bot: never in logs
        return "TelegramProperties[token=" + (token == null ? "none" : "(set)") + ", apiUrl=" + apiUrl
                + ", webhookUrl=" + webhookUrl + ", webhookSecret=" + (webhookSecret == null ? "none" : "(set)")
                + ", pollTimeout=" + pollTimeout + ", chatInterval=" + chatInterval + ", groupInterval=" + groupInterval
                + ", messagesPerSecond=" + messagesPerSecond + ", flood=" + floodMessages + "/" + floodWindow
                + ", workers=" + workers + "]";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
