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
    private static final long SECOND = 1_000_000_000L;
    private final int perSecond;
    private final java.util.ArrayDeque<Long> starts = new java.util.ArrayDeque<>();

    Throttle(Ticker ticker, Duration chatInterval, Duration groupInterval, int messagesPerSecond) {
        this.ticker = ticker;
        this.chatInterval = chatInterval;
        this.groupInterval = groupInterval;
        this.global = RateLimiter.perSecond(ticker, messagesPerSecond);
        this.perSecond = messagesPerSecond;
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

    /**
     * The last word before a call: a reserved slot can run late (a busy timer thread) and then
     * bunch with the next ones, so the actual starts of the last second are counted too.
     * Returns how long to wait still; zero means go, and the start is recorded.
     */
    synchronized Duration startNow() {
        long now = ticker.read();
        while (!starts.isEmpty() && now - starts.peekFirst() >= SECOND) {
            starts.pollFirst();
        }
        if (starts.size() >= perSecond) {
            return Duration.ofNanos(SECOND - (now - starts.peekFirst()));
        }
        starts.addLast(now);
        return Duration.ZERO;
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
