package qc.alubot.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads {@code companies.yaml}: the categories, then every company or organisation named in the sources. */
final class CompaniesReader {

    static final Set<String> FIELDS = Set.of("id", "name", "aliases", "categories", "source");
    static final Set<String> CATEGORY_FIELDS = Set.of("id", "label", "aliases", "container", "count_passage");

    record Result(List<Category> categories, List<Company> companies) {
    }

    private CompaniesReader() {
    }

    static Result read(String file, String text, Problems problems) {
        List<Category> categories = new ArrayList<>();
        List<Company> companies = new ArrayList<>();
        Yamls.parse(file, text, 0, problems).ifPresent(root -> {
            root.allowOnly(Set.of("categories", "companies"));
            root.mapList("categories").forEach(entry -> toCategory(entry).ifPresent(categories::add));
            root.mapList("companies").forEach(entry -> toCompany(entry).ifPresent(companies::add));
        });
        return new Result(categories, companies);
    }

    private static Optional<Category> toCategory(YamlMap entry) {
        entry.allowOnly(CATEGORY_FIELDS);
        String id = entry.requiredText("id");
        Localized label = Localizeds.required(entry, "label");
        if (id == null || label == null) {
            return Optional.empty();
        }
        boolean container = entry.optionalText("container").map(value -> {
            if (!value.equals("true") && !value.equals("false")) {
                entry.problems().error(entry.file(), entry.lineOf("container"), "container must be true or false, not '" + value + "'");
            }
            return value.equals("true");
        }).orElse(false);
        return Optional.of(new Category(id, label, Localizeds.lists(entry, "aliases"), container,
                entry.optionalText("count_passage").orElse(null), entry.origin()));
    }

    private static Optional<Company> toCompany(YamlMap entry) {
        entry.allowOnly(FIELDS);
        String id = entry.requiredText("id");
        String name = entry.requiredText("name");
        List<String> categories = entry.textList("categories");
        if (entry.has("id") && categories.isEmpty()) {
            entry.problems().error(entry.file(), entry.line(), "company '" + id + "' has no categories: add at least one, like [equipment-manufacturer]");
        }
        String source = entry.requiredText("source");
        if (id == null || name == null || source == null) {
            return Optional.empty();
        }
        return Optional.of(new Company(id, name, entry.textList("aliases"), categories, source, entry.origin()));
    }
}
