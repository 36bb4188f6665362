package qc.alubot.knowledge;

import qc.alubot.answer.TestEngine;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * A tiny valid knowledge folder in memory, to break one thing at a time in validation tests.
 * Line numbers in the tests refer to the texts below.
 */
final class MiniKnowledge {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC);
    static final String SEED = "000_41cfa38f798cc68c.txt";

    private final Map<String, String> files = new HashMap<>();
    private final Map<String, String> prompts = new HashMap<>(KnowledgeFiles.readFolder(TestEngine.PROMPTS, "prompts").files());

    MiniKnowledge() {
        files.put("sources.yaml", """
                sources:
                  - file: 000_41cfa38f798cc68c.txt
                    title: {en: Investor page, fr: Page investisseurs}
                """);
        files.put("contacts.yaml", """
                default_contact: malika-cherry
                contacts:
                  - id: malika-cherry
                    name: Malika Cherry
                    organisation: Aluminium Valley Society
                    group: team
                    role: {en: General Director, fr: Directrice générale}
                    email: malika.cherry@valuminium.ca
                    source: 000_41cfa38f798cc68c.txt § Our Team
                  - id: lilianne-savard
                    name: Lilianne Savard
                    group: team
                    role: {en: Project Manager, fr: Chargée de projet}
                    reach_through: malika-cherry
                    source: 000_41cfa38f798cc68c.txt § Our Team
                """);
        files.put("companies.yaml", """
                categories:
                  - id: equipment-manufacturer
                    label: {en: Equipment manufacturers, fr: Équipementiers}
                companies:
                  - id: verbom
                    name: Verbom
                    categories: [equipment-manufacturer]
                    source: 000_41cfa38f798cc68c.txt § Equipment manufacturers
                """);
        files.put("scope.yaml", """
                in_scope: {en: [aluminum], fr: [aluminium]}
                out_of_scope: {en: [weather], fr: [météo]}
                """);
        files.put("passages/en/recyclers.md", passage("recyclers", "en", "Québec has 132 aluminum recyclers."));
        files.put("passages/fr/recyclers.md", passage("recyclers", "fr", "Le Québec compte 132 recycleurs d'aluminium."));
    }

    static String passage(String id, String lang, String body) {
        return """
                ---
                id: %s
                lang: %s
                title: Recyclers
                source: 000_41cfa38f798cc68c.txt § Service offer
                reviewed: 2026-11-01
                tags: [recyclers]
                related: []
                ---
                %s
                """.formatted(id, lang, body);
    }

    MiniKnowledge put(String path, String text) {
        files.put(path, text);
        return this;
    }

    MiniKnowledge edit(String path, String from, String to) {
        replace(files, path, from, to);
        return this;
    }

    MiniKnowledge remove(String path) {
        files.remove(path);
        return this;
    }

    MiniKnowledge editPrompt(String path, String from, String to) {
        replace(prompts, path, from, to);
        return this;
    }

    private static void replace(Map<String, String> folder, String path, String from, String to) {
        String text = folder.get(path);
        if (!text.contains(from)) {
            throw new IllegalArgumentException(path + " has no '" + from + "'");
        }
        folder.put(path, text.replace(from, to));
    }

    LoadResult load() {
        KnowledgeLoader loader = new KnowledgeLoader(CLOCK, new KnowledgeValidator(CLOCK, Duration.ofDays(365)));
        return loader.load(new SourceFiles("knowledge", files), new SourceFiles("prompts", prompts));
    }
}
