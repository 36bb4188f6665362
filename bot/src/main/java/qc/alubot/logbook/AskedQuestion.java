package qc.alubot.logbook;

import java.time.Instant;

/**
 * One unanswered question with its exact repetitions merged (same words, whatever the case).
 *
 * @param key        the question as the logbook compares it (lower case); marks are kept by it
 * @param newest     its latest asking
 * @param count      how often it was asked (since it was marked handled, when it came back after that)
 * @param firstAsked its first asking counted
 * @param mark       what staff decided about it, or null
 */
public record AskedQuestion(String key, Exchange newest, long count, Instant firstAsked, Mark mark) {

    /** Marked handled, yet asked again since, and still unanswered. */
    public boolean back() {
        return mark != null && mark.state() == Mark.State.HANDLED && newest.askedAt().isAfter(mark.at());
    }
}
