package qc.alubot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import qc.alubot.answer.Composer;
import qc.alubot.answer.ExtractiveComposer;

/** With no BOT_LLM_BASE_URL, nothing of the LLM is wired: answers are extractive, as before. */
@BotTest
class WithoutLlmTest {

    @Autowired
    ApplicationContext context;

    @Test
    void answers_with_the_extractive_composer_alone() {
        assertThat(context.getBeansOfType(Composer.class).values()).singleElement().isInstanceOf(ExtractiveComposer.class);
        assertThat(context.getBeanNamesForType(java.util.concurrent.ExecutorService.class)).doesNotContain("llmWorkers");
    }
}
