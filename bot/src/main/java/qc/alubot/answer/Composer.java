package qc.alubot.answer;

import qc.alubot.conversation.Draft;
import qc.alubot.conversation.SessionState;
import qc.alubot.knowledge.KnowledgeBase;
import qc.alubot.language.Language;
import qc.alubot.understanding.Part;

/**
 * Writes the answer to a question from the passages retrieval chose. The extractive composer
 * quotes the passages; an LLM composer may rephrase them, behind a guard that falls back to
 * the extractive answer.
 */
public interface Composer {

    /**
     * The question being answered, in its setting.
     *
     * @param part     the question as understood (its text is what the investor wrote)
     * @param language the answer's language
     * @param session  the conversation so far (an LLM may read its last exchanges)
     */
    record Request(Part part, Language language, KnowledgeBase knowledge, SessionState session) {

        public String text() {
            return part.text();
        }
    }

    Draft compose(Request request, Evidence evidence);
}
