package qc.alubot.telegram;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.ArrayDeque;

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
    /** How soon to look again when every slot of the last second is a call still under way. */
    private static final Duration IN_FLIGHT_RECHECK = Duration.ofMillis(20);
    private final int perSecond;
    private final ArrayDeque<Long> finishes = new ArrayDeque<>();
    private int inFlight;

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
     * The last word before a call. A message reaches Telegram at some moment between the start
     * and the end of its call, and the HTTP client may hold calls back and release them
     * together, so pacing starts is not enough: a call may start only while fewer than the
     * limit are under way or ended within the last second. Then no second, wherever it falls,
     * can see more arrivals than the limit. Returns how long to wait still; zero means go, and
     * the call is counted until {@link #finished()}.
     */
    synchronized Duration startNow() {
        long now = ticker.read();
        while (!finishes.isEmpty() && now - finishes.peekFirst() >= SECOND) {
            finishes.pollFirst();
        }
        if (inFlight + finishes.size() >= perSecond) {
            return finishes.isEmpty() ? IN_FLIGHT_RECHECK : Duration.ofNanos(SECOND - (now - finishes.peekFirst()));
        }
        inFlight++;
        return Duration.ZERO;
    }

    /** A call started by {@link #startNow()} has ended, delivered or not. */
    synchronized void finished() {
        inFlight--;
        finishes.addLast(ticker.read());
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
