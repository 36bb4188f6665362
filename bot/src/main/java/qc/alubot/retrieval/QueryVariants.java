package qc.alubot.retrieval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import qc.alubot.language.Language;
import qc.alubot.language.Texts;

/**
 * Rewrites what a question names another way ("QC", "AVS", "Société de la Vallée de
 * l'aluminium", "texte complet") into the group's main wording in the passages of its language:
 * the first name of its group in {@code scope.yaml} that those passages use. Abbreviations mean
 * nothing to the embedding model, so even one the passages also use is spelt out.
 */
final class QueryVariants {

    /** The folded names of each group, and per language those the passages use. */
    private record Group(List<String> names, Map<Language, List<String>> used) {
    }

    private final List<Group> groups = new ArrayList<>();

    QueryVariants(List<List<String>> variants, Map<Language, LexicalIndex> indexes) {
        for (List<String> group : variants) {
            List<String> names = group.stream().map(name -> String.join(" ", Texts.words(name))).toList();
            Map<Language, List<String>> used = new EnumMap<>(Language.class);
            indexes.forEach((language, index) -> used.put(language, names.stream().filter(index::containsPhrase).toList()));
            groups.add(new Group(names, used));
        }
    }

    String expand(String question, Language language) {
        String line = Texts.wordLine(question);
        boolean changed = false;
        for (Group group : groups) {
            List<String> used = group.used().get(language);
            String current = line;
            Optional<String> typed = group.names().stream().filter(name -> current.contains(" " + name + " ")).findFirst();
            if (typed.isEmpty() || used.isEmpty() || typed.get().equals(used.get(0))) {
                continue;
            }
            line = line.replace(" " + typed.get() + " ", " " + used.get(0) + " ");
            changed = true;
        }
        return changed ? line.strip() : question;
    }
}
