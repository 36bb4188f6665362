package qc.alubot.language;

import java.util.EnumMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;

/** One analyzer per language for the whole application: they are thread-safe and costly to build. */
public final class AnalyzerCache {

    private static final Map<Language, Analyzer> ANALYZERS = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            ANALYZERS.put(language, Analyzers.forLanguage(language));
        }
    }

    private AnalyzerCache() {
    }

    public static Analyzer get(Language language) {
        return ANALYZERS.get(language);
    }
}
