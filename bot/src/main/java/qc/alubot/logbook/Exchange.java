package qc.alubot.logbook;

import java.time.Instant;
import java.util.List;
import qc.alubot.conversation.Channel;
import qc.alubot.conversation.Feedback;
import qc.alubot.conversation.Outcome;
import qc.alubot.language.Language;

/**
 * One question and its answer as the logbook keeps it: personal data already pseudonymised
 * and masked, so this is safe to show staff and to export.
 *
 * @param id               the answer's id, which feedback refers to
 * @param userRef          keyed hash of the person's id, or null when the channel has none
 * @param chatRef          keyed hash of the conversation (Telegram chat, API session), or null
 * @param question         as typed, with e-mail addresses and phone numbers masked (by default)
 * @param answer           the answer's whole text as the investor saw it, sources line included
 * @param sourceIds        the passages or structured entries the answer rests on
 * @param knowledgeVersion the knowledge version that answered, to tell answers before and after an edit apart
 * @param note             why the answer took its path (e.g. an LLM answer refused by the guard); may be empty
 * @param feedback         the investor's rating, or null when none was given
 */
public record Exchange(String id, Instant askedAt, Channel channel, String userRef, String chatRef, String chatType,
                       Language language, String question, String answer, String route, Outcome outcome,
                       double confidence, List<String> sourceIds, long latencyMillis, String knowledgeVersion,
                       String note, Feedback feedback) {

    public Exchange {
        sourceIds = List.copyOf(sourceIds);
        note = note == null ? "" : note;
    }

    /** Whether the bot could not answer it: declined as out of scope, or not in the knowledge. */
    public boolean unanswered() {
        return outcome == Outcome.NO_ANSWER || outcome == Outcome.DECLINED;
    }
}
