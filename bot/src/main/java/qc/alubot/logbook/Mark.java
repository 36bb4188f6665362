package qc.alubot.logbook;

import java.time.Instant;

/**
 * What staff decided about an unanswered question.
 *
 * @param at      when: a handled question asked again after this comes back to the list
 * @param version the knowledge version in service when it was marked
 */
public record Mark(State state, Instant at, String version) {

    public enum State {
        /** Knowledge was added for it: it leaves the list, and returns if asked (and still unanswered) again. */
        HANDLED,
        /** Not worth answering (spam, a test): it leaves the list for good. */
        IGNORED
    }
}
