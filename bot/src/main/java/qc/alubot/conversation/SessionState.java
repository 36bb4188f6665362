package qc.alubot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import qc.alubot.language.Language;

/**
 * What the bot remembers of a conversation so follow-ups work: "What is his email?" needs the
 * last person, "And how much do they produce?" the last topic. Immutable; replaced after each turn.
 *
 * @param language       the language of the last answer
 * @param contactId      the person the last answer was about, if it was about one
 * @param passageId      the last passage that answered
 * @param topicQuestion  the last question answered from passages, to complete elliptic follow-ups
 * @param history        the last exchanges, oldest first
 */
public record SessionState(Optional<Language> language, Optional<String> contactId, Optional<String> passageId,
                           Optional<String> topicQuestion, List<Exchange> history) {

    /** How many past exchanges are kept: enough context for an LLM, small enough to be cheap. */
    public static final int HISTORY = 6;

    /** One question and its answer's text. */
    public record Exchange(String question, String answer) {
    }

    public SessionState {
        history = List.copyOf(history);
    }

    public static SessionState fresh() {
        return new SessionState(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }

    /** The state after {@code answer} was given to {@code question}. */
    public SessionState after(String question, Answer answer, Draft draft) {
        List<Exchange> longer = new ArrayList<>(history);
        longer.add(new Exchange(question, answer.body()));
        List<Exchange> kept = longer.subList(Math.max(0, longer.size() - HISTORY), longer.size());
        boolean answered = answer.outcome() == Outcome.ANSWERED;
        return new SessionState(Optional.of(answer.language()),
                draft.contactId(),
                draft.passageId().isPresent() ? draft.passageId() : passageId,
                answered ? Optional.of(draft.topicQuestion().orElse(question)) : topicQuestion,
                kept);
    }
}
