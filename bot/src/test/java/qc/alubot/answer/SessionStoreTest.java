package qc.alubot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import qc.alubot.conversation.SessionState;
import qc.alubot.language.Language;

class SessionStoreTest {

    private final AtomicLong nanos = new AtomicLong();
    private final SessionStore store = new SessionStore(Duration.ofMinutes(30), nanos::get);
    private final SessionState remembered = new SessionState(Optional.of(Language.FR), Optional.of("julien-gendron"),
            Optional.empty(), Optional.of("Qui est Julien Gendron ?"), List.of());

    @Test
    void remembers_a_conversation_within_its_idle_timeout() {
        store.put("chat-1", remembered);
        nanos.addAndGet(Duration.ofMinutes(29).toNanos());
        assertThat(store.get("chat-1")).isEqualTo(remembered);
    }

    @Test
    void forgets_a_conversation_after_its_idle_timeout() {
        store.put("chat-1", remembered);
        nanos.addAndGet(Duration.ofMinutes(31).toNanos());
        assertThat(store.get("chat-1")).isEqualTo(SessionState.fresh());
    }

    @Test
    void keeps_nothing_for_questions_without_a_session() {
        store.put(null, remembered);
        assertThat(store.get(null)).isEqualTo(SessionState.fresh());
    }

    @Test
    void forgets_on_request() {
        store.put("chat-1", remembered);
        store.forget("chat-1");
        assertThat(store.get("chat-1")).isEqualTo(SessionState.fresh());
    }

    @Test
    void stays_within_its_memory_budget_however_many_long_conversations_there_are() {
        long budget = 2L * 1024 * 1024;
        SessionStore bounded = new SessionStore(Duration.ofMinutes(30), nanos::get, budget);
        String longQuestion = "q".repeat(4_000);
        List<SessionState.Exchange> heavy = java.util.Collections.nCopies(SessionState.HISTORY,
                new SessionState.Exchange(longQuestion, "a".repeat(2_000)));
        SessionState state = new SessionState(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(longQuestion), heavy);
        for (int i = 0; i < 1_000; i++) {
            bounded.put("session-" + i, state);
        }
        assertThat(bounded.weight()).isLessThanOrEqualTo(budget).isGreaterThan(budget / 2);
    }

    @Test
    void weighs_a_conversation_by_the_text_it_holds() {
        SessionState light = new SessionState(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(new SessionState.Exchange("How many smelters?", "Eight.")));
        SessionState heavy = new SessionState(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(new SessionState.Exchange("x".repeat(4_000), "Eight.")));
        assertThat(SessionStore.weigh("s", heavy) - SessionStore.weigh("s", light)).isGreaterThanOrEqualTo(2 * (4_000 - 18));
    }
}
