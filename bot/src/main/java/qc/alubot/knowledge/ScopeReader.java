package qc.alubot.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/** Reads {@code scope.yaml}. */
final class ScopeReader {

    private ScopeReader() {
    }

    static Scope read(String file, String text, Problems problems) {
        return Yamls.parse(file, text, 0, problems).map(root -> {
            root.allowOnly(Set.of("in_scope", "out_of_scope", "variants", "details", "places", "declined_topics",
                    "referred_topics"));
            return new Scope(Localizeds.lists(root, "in_scope"), Localizeds.lists(root, "out_of_scope"), variants(root),
                    Localizeds.lists(root, "details"), Localizeds.lists(root, "places"), Localizeds.lists(root, "declined_topics"),
                    Localizeds.lists(root, "referred_topics"));
        }).orElse(Scope.empty());
    }

    private static List<List<String>> variants(YamlMap root) {
        List<List<String>> groups = new ArrayList<>();
        for (Node group : root.nodeList("variants")) {
            List<String> names = root.textListOf(group, "variants");
            if (names.size() < 2) {
                root.problems().error(root.file(), YamlMap.lineOf(group, 0), "a variants group needs at least two names, like [Québec, QC]");
            } else {
                groups.add(names);
            }
        }
        return groups;
    }
}
