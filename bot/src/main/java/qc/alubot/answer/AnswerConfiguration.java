package qc.alubot.answer;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import qc.alubot.knowledge.KnowledgeLoader;
import qc.alubot.knowledge.KnowledgeProperties;
import qc.alubot.knowledge.KnowledgeValidator;
import qc.alubot.retrieval.Calibration;
import qc.alubot.retrieval.DiskCachedEmbeddingModel;
import qc.alubot.retrieval.EmbeddingChoice;
import qc.alubot.retrieval.MemoryCachedEmbeddingModel;

/** Wires the answer engine: embedding model, knowledge, sessions and the answer service. */
@Configuration
@EnableConfigurationProperties({AnswerProperties.class, KnowledgeProperties.class})
public class AnswerConfiguration {


    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnMissingBean
    Ticker ticker() {
        return Ticker.systemTicker();
    }

    @Bean
    @ConditionalOnMissingBean
    EmbeddingModel embeddingModel(ObjectProvider<EmbeddingModelLoading> loading, AnswerProperties properties) {
        EmbeddingModelLoading early = loading.getIfAvailable();
        EmbeddingChoice choice = properties.embeddingChoice();
        return early != null && early.choice() == choice ? early.model().join() : choice.load();
    }

    @Bean
    SnapshotFactory snapshotFactory(EmbeddingModel embeddingModel, AnswerProperties properties) {
        Calibration defaults = Calibration.defaults();
        Calibration calibration = properties.minConfidence() == null ? defaults
                : defaults.withThreshold(properties.minConfidence());
        EmbeddingChoice choice = properties.embeddingChoice();
        DiskCachedEmbeddingModel passages = new DiskCachedEmbeddingModel(embeddingModel, choice.cacheId(),
                properties.dataDir().resolve("embeddings.bin"));
        return new SnapshotFactory(passages, new MemoryCachedEmbeddingModel(embeddingModel), calibration, choice);
    }

    @Bean
    KnowledgeLoader knowledgeLoader(Clock clock, KnowledgeProperties properties) {
        return new KnowledgeLoader(clock, new KnowledgeValidator(clock, properties.reviewAge()));
    }

    @Bean
    CurrentKnowledge currentKnowledge(KnowledgeProperties properties, KnowledgeLoader loader, SnapshotFactory factory) {
        CurrentKnowledge knowledge = new CurrentKnowledge(properties, loader, factory);
        knowledge.reload();
        return knowledge;
    }

    @Bean
    SessionStore sessionStore(AnswerProperties properties, Ticker ticker) {
        return new SessionStore(properties.sessionTimeout(), ticker);
    }

    @Bean
    @ConditionalOnMissingBean
    Composer composer() {
        return new ExtractiveComposer();
    }

    @Bean
    AnswerService answerService(CurrentKnowledge knowledge, SessionStore sessions, Composer composer,
                                ObjectProvider<AnswerListener> listeners) {
        List<AnswerListener> all = listeners.orderedStream().toList();
        return new AnswerService(knowledge, sessions, composer, all);
    }
}
