package qc.alubot.maintenance;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static qc.alubot.AnswerAssert.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qc.alubot.answer.CurrentKnowledge;
import qc.alubot.conversation.Answer;
import qc.alubot.knowledge.Problem;
import qc.alubot.language.Language;

/** A maintainer saves a file; the running bot answers from it within seconds, or keeps the last good version. */
class HotReloadTest {

    private static final String RECYCLERS = "passages/en/recyclers.md";
    private static final String ADDED = "A maintainer added this sentence to the recyclers passage.";

    @TempDir
    Path root;
    private LiveKnowledge live;

    @BeforeEach
    void start() {
        live = new LiveKnowledge(root);
    }

    @AfterEach
    void stop() {
        live.close();
    }

    @Test
    void answers_from_an_edited_passage_without_a_restart() {
        String before = live.version();
        live.edit(RECYCLERS, "132 recyclers.", "132 recyclers. " + ADDED);
        await().atMost(10, SECONDS).until(() -> !live.version().equals(before));
        assertThat(live.ask("How many aluminum recyclers are there in Québec?")).says(ADDED);
    }

    @Test
    void picks_up_an_added_passage() throws Exception {
        addZephyrPassage();
        assertThat(live.ask("What does the Zephyr laboratory test?")).cameFromRoute("retrieval").citesSource("zephyr-lab");
    }

    @Test
    void forgets_a_deleted_passage() throws Exception {
        addZephyrPassage();
        Files.delete(live.knowledgeDir.resolve("passages/en/zephyr-lab.md"));
        Files.delete(live.knowledgeDir.resolve("passages/fr/zephyr-lab.md"));
        await().atMost(10, SECONDS).until(() -> live.knowledge.get().knowledge().passage("zephyr-lab", Language.EN).isEmpty());
        assertThat(live.ask("What does the Zephyr laboratory test?")).doesNotSay("Zephyr laboratory tests");
    }

    private void addZephyrPassage() throws Exception {
        Files.writeString(live.knowledgeDir.resolve("passages/en/zephyr-lab.md"), passage("en",
                "The cluster's Zephyr laboratory tests aluminium alloys."));
        Files.writeString(live.knowledgeDir.resolve("passages/fr/zephyr-lab.md"), passage("fr",
                "Le laboratoire Zephyr de la grappe teste des alliages d'aluminium."));
        await().atMost(10, SECONDS).until(() -> live.knowledge.get().knowledge().passage("zephyr-lab", Language.EN).isPresent());
    }

    @Test
    void keeps_serving_the_last_good_version_after_a_broken_edit_and_says_where_the_error_is() {
        String good = live.version();
        live.edit(RECYCLERS, "lang: en", "lang: english");
        await().atMost(10, SECONDS).until(() -> live.knowledge.lastLoad().orElseThrow().knowledge().isEmpty());
        assertThat(live.version()).isEqualTo(good);
        assertThat(live.knowledge.lastLoad().orElseThrow().errors()).extracting(Problem::toString)
                .anyMatch(error -> error.endsWith("recyclers.md:3: lang must be 'en' or 'fr', not 'english'"));
        assertThat(live.ask("How many aluminum recyclers are there in Québec?")).says("132");

        live.edit(RECYCLERS, "lang: english", "lang: en");
        live.edit(RECYCLERS, "132 recyclers.", "132 recyclers. " + ADDED);
        await().atMost(10, SECONDS).until(() -> !live.version().equals(good));
    }

    @Test
    void answers_every_question_asked_while_the_knowledge_is_reloaded() throws Exception {
        ExecutorService askers = Executors.newFixedThreadPool(3);
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        AtomicBoolean reloading = new AtomicBoolean(true);
        CountDownLatch started = new CountDownLatch(3);
        List<Future<Integer>> answered = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            answered.add(askers.submit(() -> keepAsking(reloading, started, failures)));
        }
        started.await();
        for (int round = 0; round < 6; round++) {
            live.edit(RECYCLERS, "132 recyclers.", "132 recyclers. Round " + round + ".");
            live.knowledge.reload();
        }
        reloading.set(false);
        int total = 0;
        for (Future<Integer> count : answered) {
            total += count.get(30, SECONDS);
        }
        askers.shutdown();
        assertThat(failures).isEmpty();
        assertThat(total).isGreaterThan(6);
    }

    private int keepAsking(AtomicBoolean reloading, CountDownLatch started, ConcurrentLinkedQueue<Throwable> failures) {
        started.countDown();
        int count = 0;
        while (reloading.get()) {
            try {
                Answer answer = live.ask("How many aluminum recyclers are there in Québec?");
                if (!answer.text().contains("132")) {
                    failures.add(new AssertionError("unexpected answer during reload: " + answer.text()));
                }
                count++;
            } catch (RuntimeException e) {
                failures.add(e);
            }
        }
        return count;
    }

    @Test
    void embeds_only_the_changed_passage_and_nothing_at_a_restart() {
        int first = live.model.embedded();
        assertThat(first).isGreaterThan(100);
        String before = live.version();
        live.edit(RECYCLERS, "132 recyclers.", "132 recyclers. " + ADDED);
        await().atMost(10, SECONDS).until(() -> !live.version().equals(before));
        assertThat(live.model.embedded() - first).as("texts re-embedded after one passage changed").isEqualTo(1);

        CountingEmbeddingModel afterRestart = new CountingEmbeddingModel(live.model);
        CurrentKnowledge restarted = live.restart(afterRestart);
        assertThat(restarted.get().version()).isEqualTo(live.version());
        assertThat(afterRestart.embedded()).as("texts embedded at a restart").isZero();
    }

    private static String passage(String lang, String body) {
        return """
                ---
                id: zephyr-lab
                lang: %s
                title: Zephyr laboratory
                source: 000_41cfa38f798cc68c.txt § Test
                reviewed: 2026-11-21
                tags: [zephyr, laboratory]
                ---
                %s
                """.formatted(lang, body);
    }
}
