package qc.alubot.conversation;

import java.util.List;
import qc.alubot.language.Language;

/**
 * A reply, ready for any channel to render.
 *
 * @param id          identifies this exchange, e.g. to attach feedback to it later
 * @param body        lead sentence, then supporting paragraphs, separated by blank lines (plain text)
 * @param route       which step answered
 * @param sourcesLine the sources as a line in the answer's language, empty when there are none
 * @param related     follow-up questions worth offering, in the answer's language
 * @param contactId   who to talk to about this answer's subject, for a "talk to a person" button
 * @param note        why the answer took the path it did, for staff reviewing logs; may be empty
 */
public record Answer(String id, String body, Language language, Route route, Outcome outcome, double confidence,
                     List<Source> sources, String sourcesLine, List<String> related, String contactId,
                     String knowledgeVersion, String note) {

    public Answer {
        sources = List.copyOf(sources);
        related = List.copyOf(related);
        note = note == null ? "" : note;
    }

    /** The whole answer as plain text: body, then the sources line. */
    public String text() {
        return sourcesLine.isEmpty() ? body : body + "\n\n" + sourcesLine;
    }

    public Answer withNote(String why) {
        return new Answer(id, body, language, route, outcome, confidence, sources, sourcesLine, related, contactId,
                knowledgeVersion, why);
    }

    public Answer withVersion(String version) {
        return new Answer(id, body, language, route, outcome, confidence, sources, sourcesLine, related, contactId,
                version, note);
    }
}
