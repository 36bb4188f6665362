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
import org.junit.jupiter.api.Test;
import qc.alubot.language.Language;

class KnowledgeLoaderTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC);
    private final KnowledgeLoader loader = new KnowledgeLoader(CLOCK, new KnowledgeValidator(CLOCK, Duration.ofDays(365)));
    private final SourceFiles projectKnowledge = KnowledgeFiles.readFolder(TestEngine.KNOWLEDGE, "knowledge");
    private final SourceFiles projectPrompts = KnowledgeFiles.readFolder(TestEngine.PROMPTS, "prompts");

    @Test
    void loads_the_projects_knowledge_without_a_single_problem() {
        LoadResult result = loader.load(projectKnowledge, projectPrompts);
        assertThat(result.problems()).isEmpty();
        KnowledgeBase knowledge = result.knowledge().orElseThrow();
        assertThat(knowledge.passages(Language.EN)).hasSameSizeAs(knowledge.passages(Language.FR)).hasSizeGreaterThan(30);
        assertThat(knowledge.defaultContact().email()).isEqualTo("malika.cherry@valuminium.ca");
    }

    @Test
    void gives_the_same_version_to_the_same_files_and_another_to_any_change() {
        String first = loader.load(projectKnowledge, projectPrompts).knowledge().orElseThrow().version().id();
        String again = loader.load(projectKnowledge, projectPrompts).knowledge().orElseThrow().version().id();
        Map<String, String> edited = new HashMap<>(projectKnowledge.files());
        edited.put("scope.yaml", edited.get("scope.yaml") + "\n# edited\n");
        String changed = loader.load(new SourceFiles("knowledge", edited), projectPrompts).knowledge().orElseThrow().version().id();
        assertThat(again).isEqualTo(first);
        assertThat(changed).isNotEqualTo(first);
    }

    @Test
    void refuses_a_knowledge_base_with_an_error_and_says_where_it_is() {
        Map<String, String> edited = new HashMap<>(projectKnowledge.files());
        edited.put("passages/en/recyclers.md", edited.get("passages/en/recyclers.md").replace("lang: en", "lang: english"));
        LoadResult result = loader.load(new SourceFiles("knowledge", edited), projectPrompts);
        assertThat(result.knowledge()).isEmpty();
        assertThat(result.errors()).extracting(Problem::toString)
                .contains("knowledge/passages/en/recyclers.md:3: lang must be 'en' or 'fr', not 'english'");
    }
}
