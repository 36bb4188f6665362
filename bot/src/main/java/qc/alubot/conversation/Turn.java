package qc.alubot.conversation;

import qc.alubot.knowledge.KnowledgeBase;
import qc.alubot.language.AnalyzedText;
import qc.alubot.language.Language;

/**
 * A question in its context, as every step sees it.
 *
 * @param language     the language to answer in
 * @param textLanguage the language the question is written in, as far as it tells (else {@code language})
 */
public record Turn(String text, AnalyzedText analyzed, Language language, Language textLanguage,
                   SessionState session, KnowledgeBase knowledge) {

    public static Turn of(String text, Language language, Language textLanguage, SessionState session,
                          KnowledgeBase knowledge) {
        return new Turn(text, new AnalyzedText(text, textLanguage), language, textLanguage, session, knowledge);
    }
}
