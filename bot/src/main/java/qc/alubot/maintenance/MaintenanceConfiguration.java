package qc.alubot.maintenance;

import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import qc.alubot.answer.CurrentKnowledge;
import qc.alubot.knowledge.KnowledgeProperties;

/** Hot reload of the knowledge while the bot serves (not in the one-shot commands). */
@Configuration
class MaintenanceConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "bot.knowledge.watch", havingValue = "true", matchIfMissing = true)
    @ConditionalOnProperty(name = "bot.mode", havingValue = "serve", matchIfMissing = true)
    KnowledgeWatcher knowledgeWatcher(KnowledgeProperties properties, CurrentKnowledge knowledge) {
        return new KnowledgeWatcher(List.of(properties.dir(), properties.promptsDir()), properties.watchQuiet(), knowledge)
                .start();
    }
}
