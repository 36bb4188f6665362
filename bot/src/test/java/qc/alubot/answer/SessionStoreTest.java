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
}
