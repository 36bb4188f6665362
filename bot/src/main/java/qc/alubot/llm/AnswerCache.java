package qc.alubot.llm;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.util.List;
import java.util.Optional;
import qc.alubot.answer.Evidence;
import qc.alubot.answer.Composer;
import qc.alubot.knowledge.Passage;
import qc.alubot.language.Language;
import qc.alubot.language.Texts;

/**
 * The guard's verdicts on past model replies, so a question asked again is answered without
 * calling the model. Keyed by the question as understood (words folded: "How many smelters?"
 * and "how many smelters" are one), the language, the knowledge version (which covers the
 * prompts, so an edited prompt is never answered from the old one) and the passages given.
 * Transport failures are not cached: the next question tries again.
 */
final class AnswerCache {

    record Key(String question, Language language, String knowledgeVersion, List<String> passageIds) {
    }

    private final Cache<Key, Verdict> verdicts;

    AnswerCache(LlmProperties properties, Ticker ticker) {
        this.verdicts = Caffeine.newBuilder()
                .maximumSize(properties.cacheSize())
                .expireAfterWrite(properties.cacheTtl())
                .ticker(ticker)
                .build();
    }

    static Key key(Composer.Request request, Evidence evidence) {
        return new Key(String.join(" ", Texts.words(evidence.question())), request.language(),
                request.knowledge().version().id(), evidence.passages().stream().map(Passage::id).toList());
    }

    Optional<Verdict> get(Key key) {
        return Optional.ofNullable(verdicts.getIfPresent(key));
    }

    void put(Key key, Verdict verdict) {
        verdicts.put(key, verdict);
    }
}
