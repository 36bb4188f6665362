package qc.alubot.conversation;

import java.util.List;
import java.util.Optional;

/**
 * What a step (command, rule, retrieval…) makes of a question, before the orchestrator adds
 * what every answer carries (language, sources line, knowledge version).
 *
 * @param contactId     the person this answer is about, remembered for "his e-mail?" follow-ups
 * @param passageId     the passage that answered, remembered for "and…?" follow-ups
 * @param topicQuestion the question as understood, when it was completed from the last topic
 * @param note          why the answer took this path, for staff (e.g. an LLM answer refused by the guard)
 */
public record Draft(Route route, Outcome outcome, String body, List<Source> sources, double confidence,
                   Optional<String> contactId, Optional<String> passageId, Optional<String> topicQuestion,
                   List<String> related, String note) {

    public Draft {
        sources = List.copyOf(sources);
        related = List.copyOf(related);
        note = note == null ? "" : note;
    }

    public Draft(Route route, Outcome outcome, String body, List<Source> sources, double confidence,
                 Optional<String> contactId, Optional<String> passageId, Optional<String> topicQuestion,
                 List<String> related) {
        this(route, outcome, body, sources, confidence, contactId, passageId, topicQuestion, related, "");
    }

    public Draft withNote(String why) {
        return new Draft(route, outcome, body, sources, confidence, contactId, passageId, topicQuestion, related, why);
    }

    public Draft withRoute(Route newRoute) {
        return new Draft(newRoute, outcome, body, sources, confidence, contactId, passageId, topicQuestion, related, note);
    }

    public Draft withBody(String newBody) {
        return new Draft(route, outcome, newBody, sources, confidence, contactId, passageId, topicQuestion, related, note);
    }

    public Draft withTopic(String topic) {
        return new Draft(route, outcome, body, sources, confidence, contactId, passageId, Optional.of(topic), related, note);
    }

    public Draft withOutcome(Outcome newOutcome) {
        return new Draft(route, newOutcome, body, sources, confidence, contactId, passageId, topicQuestion, related, note);
    }

    /** A reply in the bot's own words: no sources, nothing to remember. */
    public static Draft conversation(Route route, String body) {
        return new Draft(route, Outcome.CONVERSATION, body, List.of(), 1.0, Optional.empty(), Optional.empty(),
                Optional.empty(), List.of());
    }

    /** An answer from the structured files, word for word, about {@code contactId} if any. */
    public static Draft fromRule(Route route, String body, List<Source> sources, Optional<String> contactId) {
        return new Draft(route, Outcome.ANSWERED, body, sources, 1.0, contactId, Optional.empty(), Optional.empty(), List.of());
    }
}
