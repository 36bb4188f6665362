package qc.alubot.answer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import qc.alubot.conversation.SessionState;

/**
 * Conversation memory, forgotten after a quiet spell so follow-ups only follow recent
 * questions and memory stays bounded however many people write.
 */
public final class SessionStore {

    /** Room for this many live conversations; the least recent go first beyond it. */
    private static final int MAX_SESSIONS = 100_000;

    private final Cache<String, SessionState> sessions;

    public SessionStore(Duration idleTimeout, Ticker ticker) {
        this.sessions = Caffeine.newBuilder()
                .expireAfterAccess(idleTimeout)
                .maximumSize(MAX_SESSIONS)
                .ticker(ticker)
                .build();
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
