package qc.alubot.answer;

import qc.alubot.conversation.SessionState;
import qc.alubot.knowledge.KnowledgeBase;
import qc.alubot.knowledge.Reply;
import qc.alubot.language.Language;
import qc.alubot.rules.Situation;
import qc.alubot.understanding.Understanding;

/**
 * What every step sees besides the part it answers: the whole message as understood, the
 * conversation so far, the knowledge version in service and the answer's language.
 *
 * @param trace what the steps tried, for staff ("try a question") and the logbook's note
 */
public record Context(Understanding understanding, SessionState session, Snapshot snapshot, Language language,
                      Trace trace) {

    public KnowledgeBase knowledge() {
        return snapshot.knowledge();
    }

    /** The bot's own wording in the answer's language. */
    public String say(Reply reply, String... values) {
        return knowledge().replies().say(language, reply, values);
    }

    public Situation situation() {
        return new Situation(knowledge(), language, session);
    }
}
