package qc.alubot.maintenance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import qc.alubot.knowledge.Passage;
import qc.alubot.language.Language;

/**
 * Writes a large knowledge folder for the scaling benchmark: the project's own files plus
 * generated passage pairs made of the project's vocabulary, so analyzers and the embedding
 * model see realistic words. Deterministic: the same seed writes the same files.
 */
final class SyntheticKnowledge {

    private static final int WORDS_PER_PASSAGE = 60;

    private SyntheticKnowledge() {
    }

    /** Copies {@code knowledge} to {@code target} and adds passages until there are {@code total} files. */
    static void write(Path knowledge, List<Passage> existing, Path target, int total) throws IOException {
        copy(knowledge, target);
        List<String> english = vocabulary(existing, Language.EN);
        List<String> french = vocabulary(existing, Language.FR);
        Random random = new Random(42);
        int pairs = Math.max(0, (total - existing.size()) / 2);
        for (int i = 0; i < pairs; i++) {
            String id = "synthetic-" + i;
            Files.writeString(target.resolve("passages/en/" + id + ".md"), passage(id, "en", english, random, i));
            Files.writeString(target.resolve("passages/fr/" + id + ".md"), passage(id, "fr", french, random, i));
        }
    }

    private static String passage(String id, String lang, List<String> vocabulary, Random random, int number) {
        StringBuilder body = new StringBuilder();
        for (int w = 0; w < WORDS_PER_PASSAGE; w++) {
            body.append(vocabulary.get(random.nextInt(vocabulary.size()))).append(w % 12 == 11 ? ". " : " ");
        }
        String title = vocabulary.get(random.nextInt(vocabulary.size())) + " " + vocabulary.get(random.nextInt(vocabulary.size()));
        return "---\nid: " + id + "\nlang: " + lang + "\ntitle: \"" + title + " " + number + "\"\n"
                + "source: 000_41cfa38f798cc68c.txt § Synthetic\nreviewed: 2026-11-21\ntags: [synthetic]\n"
                + "asks:\n  - \"" + title + "?\"\n---\n" + body.toString().strip() + " Figure: " + (1000 + number) + ".\n";
    }

    private static List<String> vocabulary(List<Passage> passages, Language language) {
        List<String> words = new ArrayList<>();
        passages.stream().filter(p -> p.language() == language)
                .forEach(p -> words.addAll(List.of(p.body().replaceAll("[^\\p{L} ]", " ").split("\\s+"))));
        words.removeIf(w -> w.length() < 3);
        return words;
    }

    /** Copies a folder tree, as a maintainer's working copy would be. */
    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }
}
