package qc.alubot.answer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import qc.alubot.conversation.SessionState;

/**
 * Conversation memory, forgotten after a quiet spell so follow-ups only follow recent
 * questions and memory stays bounded however many people write: the store is bounded by the
 * memory its conversations take, not by their number, since one conversation of long questions
 * weighs a hundred of short ones. Beyond the budget the least recently used go first.
 */
public final class SessionStore {

    /**
     * Heap the conversations may take: 16 MB of the 160 MB the bot runs in. Some 10,000 typical
     * conversations (a few questions of a sentence, with their answers), or about 500 of the heaviest
     * (six questions of 500 characters, the most the answer path keeps, with long answers).
     */
    static final long MAX_BYTES = 16L * 1024 * 1024;

    private final Cache<String, SessionState> sessions;

    public SessionStore(Duration idleTimeout, Ticker ticker) {
        this(idleTimeout, ticker, MAX_BYTES);
    }

    SessionStore(Duration idleTimeout, Ticker ticker, long maxBytes) {
        this.sessions = Caffeine.newBuilder()
                .expireAfterAccess(idleTimeout)
                .maximumWeight(maxBytes)
                .weigher(SessionStore::weigh)
                .ticker(ticker)
                .build();
    }

    /** Approximate heap bytes of a conversation: its id and texts at two bytes a character, plus object overheads. */
    static int weigh(String sessionId, SessionState state) {
        long bytes = 200 + 2L * sessionId.length();
        bytes += 2L * (state.topicQuestion().map(String::length).orElse(0) + state.contactId().map(String::length).orElse(0)
                + state.passageId().map(String::length).orElse(0));
        for (SessionState.Exchange exchange : state.history()) {
            bytes += 100 + 2L * (exchange.question().length() + exchange.answer().length());
        }
        return (int) Math.min(Integer.MAX_VALUE, bytes);
    }

    /** Heap the remembered conversations take now, by {@link #weigh} (for tests and the probe). */
    long weight() {
        sessions.cleanUp();
        return sessions.policy().eviction().map(e -> e.weightedSize().orElse(0)).orElse(0L);
    }

    /** The conversation's state; a fresh one for a new or expired session, or when there is no id. */
    public SessionState get(String sessionId) {
        if (sessionId == null || sessionId.isBlank()) {
            return SessionState.fresh();
        }
        SessionState state = sessions.getIfPresent(sessionId);
        return state == null ? SessionState.fresh() : state;
    }

    public void put(String sessionId, SessionState state) {
        if (sessionId != null && !sessionId.isBlank()) {
            sessions.put(sessionId, state);
        }
    }

    public void forget(String sessionId) {
        if (sessionId != null) {
            sessions.invalidate(sessionId);
        }
    }
}
