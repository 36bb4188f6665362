package qc.alubot.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads {@code sources.yaml}: the seed pages passages may cite, with readable titles. */
final class SourcesReader {

    private SourcesReader() {
    }

    static List<SourcePage> read(String file, String text, Problems problems) {
        List<SourcePage> pages = new ArrayList<>();
        Yamls.parse(file, text, 0, problems).ifPresent(root -> {
            for (YamlMap entry : root.mapList("sources")) {
                entry.allowOnly(Set.of("file", "title"));
                String name = entry.requiredText("file");
                Localized title = Localizeds.required(entry, "title");
                if (name != null && title != null) {
                    pages.add(new SourcePage(name, title));
                }
            }
        });
        return pages;
    }
}
