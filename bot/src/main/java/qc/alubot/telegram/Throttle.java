package qc.alubot.telegram;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;

/**
 * Telegram's sending limits: one pace per chat (slower in groups) and one for the whole bot.
 * A message first waits for its chat's slot, then for a global one, so a chat waiting on its
 * own limit never holds a global slot that another chat could use.
 */
final class Throttle {

    /** A chat silent this long has no pace left to keep. */
    private static final Duration IDLE_CHAT = Duration.ofMinutes(10);

    private final Ticker ticker;
    private final Duration chatInterval;
    private final Duration groupInterval;
    private final RateLimiter global;
    private final Cache<Long, RateLimiter> chats;

    Throttle(Ticker ticker, Duration chatInterval, Duration groupInterval, int messagesPerSecond) {
        this.ticker = ticker;
        this.chatInterval = chatInterval;
        this.groupInterval = groupInterval;
        this.global = RateLimiter.perSecond(ticker, messagesPerSecond);
        this.chats = Caffeine.newBuilder().expireAfterAccess(IDLE_CHAT).ticker(ticker).build();
    }

    static Throttle of(TelegramProperties properties, Ticker ticker) {
        return new Throttle(ticker, properties.chatInterval(), properties.groupInterval(), properties.messagesPerSecond());
    }

    Duration reserveInChat(long chatId, boolean group) {
        return chat(chatId, group).reserve();
    }

    Duration reserveGlobal() {
        return global.reserve();
    }

    /** Whether a non-essential call (a typing indicator) may go now without delaying any message. */
    boolean spareSlotNow() {
        return global.tryAcquire();
    }

    void pauseChat(long chatId, boolean group, Duration pause) {
        chat(chatId, group).pauseFor(pause);
    }

    private RateLimiter chat(long chatId, boolean group) {
        return chats.get(chatId, id -> new RateLimiter(ticker, group ? groupInterval : chatInterval));
    }
}
