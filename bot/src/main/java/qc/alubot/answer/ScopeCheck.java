package qc.alubot.answer;

import java.util.ArrayList;
import java.util.List;
import qc.alubot.knowledge.KnowledgeBase;
import qc.alubot.language.AnalyzedText;
import qc.alubot.language.Language;
import qc.alubot.language.PhraseMatcher;
import qc.alubot.language.Texts;

/**
 * Tells questions the bot must decline (prices, weather, code…) from questions about the
 * cluster, using the vocabulary in {@code scope.yaml}.
 */
public final class ScopeCheck {

    /** Folded word sequences, matched as written: "shares" must not catch "share of production". */
    private final List<String> outOfScope = new ArrayList<>();
    private final PhraseMatcher<String> inScope = new PhraseMatcher<>();

    public ScopeCheck(KnowledgeBase knowledge) {
        for (Language language : Language.values()) {
            knowledge.scope().outOfScope().getOrDefault(language, List.of())
                    .forEach(term -> outOfScope.add(String.join(" ", Texts.words(term))));
            knowledge.scope().inScope().getOrDefault(language, List.of()).forEach(term -> inScope.add(term, term));
        }
    }

    /** A topic the bot always declines, whatever else the question mentions. */
    public boolean outOfScope(AnalyzedText text) {
        return text.hasAnyPhrase(outOfScope);
    }

    /** Mentions the cluster's subject matter: worth an "I don't have that" rather than a decline. */
    public boolean inScope(AnalyzedText text) {
        return inScope.foundIn(text);
    }
}
