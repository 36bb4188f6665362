package qc.alubot.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import qc.alubot.answer.AnswerService;
import qc.alubot.answer.TestEngine;
import qc.alubot.knowledge.KnowledgeLoader;
import qc.alubot.knowledge.KnowledgeProperties;
import qc.alubot.knowledge.KnowledgeValidator;

class CheckCommandTest {

    private static final Path EVAL = Path.of("../tests/eval/questions.yaml");
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    @TempDir
    Path temp;

    private boolean check(Path knowledge, String... args) throws Exception {
        KnowledgeProperties properties = KnowledgeProperties.of(knowledge, TestEngine.PROMPTS);
        KnowledgeLoader loader = new KnowledgeLoader(TestEngine.CLOCK, new KnowledgeValidator(TestEngine.CLOCK, properties.reviewAge()));
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("answers", TestEngine.shared().service()));
        CheckCommand command = new CheckCommand(properties, loader, beans.getBeanProvider(AnswerService.class),
                new PrintStream(output, true, StandardCharsets.UTF_8));
        return command.check(args);
    }

    private String printed() {
        return output.toString(StandardCharsets.UTF_8);
    }

    @Test
    void passes_the_projects_knowledge_and_evaluation() throws Exception {
        assertThat(check(TestEngine.KNOWLEDGE, "--eval", EVAL.toString())).isTrue();
        assertThat(printed()).contains("No errors", "overall", "PASS: ");
    }

    @Test
    void fails_on_an_error_printing_it_as_file_colon_line_and_skips_the_evaluation() throws Exception {
        Path broken = new LiveKnowledge(temp).knowledgeDir;
        Files.writeString(broken.resolve("passages/en/recyclers.md"),
                Files.readString(broken.resolve("passages/en/recyclers.md")).replace("lang: en", "lang: english"));
        assertThat(check(broken, "--eval", EVAL.toString())).isFalse();
        assertThat(printed()).contains("passages/en/recyclers.md:3: lang must be 'en' or 'fr', not 'english'",
                "1 error(s)").doesNotContain("Running the evaluation set");
    }

    @Test
    void fails_when_the_evaluation_is_below_its_bar() throws Exception {
        Path eval = temp.resolve("eval.yaml");
        Files.writeString(eval, """
                cases:
                  - id: impossible
                    category: figures
                    lang: en
                    turns:
                      - ask: How many smelters are there in Québec?
                        expect: {all: ["forty-two"]}
                """);
        assertThat(check(TestEngine.KNOWLEDGE, "--eval", eval.toString())).isFalse();
        assertThat(printed()).contains("FAIL impossible", "missing \"forty-two\"", "FAIL: 0.0% of cases pass");
    }

    @Test
    void fails_when_an_explicit_evaluation_file_is_missing() throws Exception {
        assertThat(check(TestEngine.KNOWLEDGE, "--eval", temp.resolve("nowhere.yaml").toString())).isFalse();
        assertThat(printed()).contains("nowhere.yaml: no evaluation set there");
    }

    @Test
    void fails_when_the_knowledge_folder_does_not_exist() throws Exception {
        assertThat(check(temp.resolve("missing"))).isFalse();
        assertThat(printed()).contains("this folder does not exist", "BOT_KNOWLEDGE_DIR");
    }
}
