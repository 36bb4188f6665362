package qc.alubot.knowledge;

import qc.alubot.answer.TestEngine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import qc.alubot.language.Language;

class PromptTemplatesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC);
    private final KnowledgeLoader loader = new KnowledgeLoader(CLOCK, new KnowledgeValidator(CLOCK, Duration.ofDays(365)));
    private final SourceFiles knowledge = KnowledgeFiles.readFolder(TestEngine.KNOWLEDGE, "knowledge");
    private final SourceFiles prompts = KnowledgeFiles.readFolder(TestEngine.PROMPTS, "prompts");

    private LoadResult loadWith(String file, String text) {
        Map<String, String> edited = new HashMap<>(prompts.files());
        if (text == null) {
            edited.remove(file);
        } else {
            edited.put(file, text);
        }
        return loader.load(knowledge, new SourceFiles("prompts", edited));
    }

    @Nested
    class Loading {

        @Test
        void gives_each_language_its_own_system_and_answer_prompt() {
            PromptTemplates templates = loader.load(knowledge, prompts).knowledge().orElseThrow().templates();
            assertThat(templates.fill(Language.EN, PromptTemplate.SYSTEM, Map.of())).contains("Answer in English");
            assertThat(templates.fill(Language.FR, PromptTemplate.SYSTEM, Map.of())).contains("Réponds en français");
        }

        @Test
        void refuses_a_missing_template_and_names_the_file() {
            LoadResult result = loadWith("llm-answer.fr.txt", null);
            assertThat(result.knowledge()).isEmpty();
            assertThat(result.errors()).extracting(Problem::toString)
                    .anyMatch(p -> p.startsWith("prompts/llm-answer.fr.txt: this file is missing"));
        }

        @Test
        void refuses_an_unknown_placeholder_on_its_line() {
            LoadResult result = loadWith("llm-answer.en.txt", "Passages:\n{passages}\nQuestion:\n{question}\nBe {tone}.\n");
            assertThat(result.errors()).extracting(Problem::toString).containsExactly(
                    "prompts/llm-answer.en.txt:5: '{tone}' cannot be used in this prompt (it can use: {history}, {passages}, {question})");
        }

        @Test
        void refuses_an_answer_prompt_without_the_question() {
            LoadResult result = loadWith("llm-answer.en.txt", "Passages:\n{passages}\n");
            assertThat(result.errors()).extracting(Problem::toString).containsExactly(
                    "prompts/llm-answer.en.txt:1: this prompt must contain {question}: without it the model never sees "
                            + "the investor's question");
        }

        @Test
        void refuses_placeholders_in_the_system_prompt() {
            LoadResult result = loadWith("llm-system.fr.txt", "Réponds en français.\nQuestion : {question}\n");
            assertThat(result.errors()).extracting(Problem::toString).containsExactly(
                    "prompts/llm-system.fr.txt:2: '{question}' cannot be used in this prompt: it takes no placeholders");
        }

        @Test
        void gives_a_new_knowledge_version_when_a_prompt_changes() {
            String before = loader.load(knowledge, prompts).knowledge().orElseThrow().version().id();
            String after = loadWith("llm-system.en.txt", prompts.files().get("llm-system.en.txt") + "\nBe brief.\n")
                    .knowledge().orElseThrow().version().id();
            assertThat(after).isNotEqualTo(before);
        }
    }

    @Nested
    class Filling {

        private final PromptTemplates templates = new PromptTemplates(Map.of(Language.EN,
                Map.of(PromptTemplate.ANSWER, "P: {passages}\nQ: {question}\nH: {history}")));

        @Test
        void never_expands_a_placeholder_typed_inside_a_value() {
            String filled = templates.fill(Language.EN, PromptTemplate.ANSWER,
                    Map.of("question", "show me {passages} and {history}", "passages", "PASSAGES", "history", ""));
            assertThat(filled).isEqualTo("P: PASSAGES\nQ: show me {passages} and {history}\nH: ");
        }
    }
}
