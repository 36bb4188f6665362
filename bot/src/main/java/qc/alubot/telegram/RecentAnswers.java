package qc.alubot.telegram;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Optional;
import qc.alubot.conversation.Answer;

/**
 * Answers recently sent, by exchange id, for their buttons (sources, related questions, the
 * person to talk to). Bounded in time and size: a button on a week-old answer says it expired.
 */
final class RecentAnswers {

    /** Buttons are tapped within minutes of an answer, rarely days later. */
    private static final Duration KEEP = Duration.ofDays(2);
    private static final int MAX_ANSWERS = 200_000;

    private final Cache<String, Answer> answers;

    RecentAnswers(Ticker ticker) {
        this.answers = Caffeine.newBuilder().expireAfterWrite(KEEP).maximumSize(MAX_ANSWERS).ticker(ticker).build();
    }

    void remember(Answer answer) {
        answers.put(answer.id(), answer);
    }

    Optional<Answer> find(String id) {
        return Optional.ofNullable(answers.getIfPresent(id));
    }
}
