package qc.alubot.knowledge;

import java.util.List;
import java.util.stream.Stream;

/** A company or organisation named in the sources, with the categories the sources give it. */
public record Company(String id, String name, List<String> aliases, List<String> categories, String source,
                      Origin origin) {

    public Company {
        aliases = List.copyOf(aliases);
        categories = List.copyOf(categories);
    }

    public boolean isIn(String category) {
        return categories.contains(category);
    }

    /** The name and every alias: the ways an investor may write it. */
    public Stream<String> names() {
        return Stream.concat(Stream.of(name), aliases.stream());
    }
}
