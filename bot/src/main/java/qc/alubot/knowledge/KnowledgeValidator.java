package qc.alubot.knowledge;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import qc.alubot.language.Language;

/**
 * Checks that tie files together: ids are unique, every reference points somewhere, every
 * passage has its translation, every person can be reached, and reviews are not too old.
 */
public final class KnowledgeValidator {

    private final Clock clock;
    private final Duration reviewAge;

    /**
     * @param reviewAge passages reviewed longer ago than this get a warning (facts go stale)
     */
    public KnowledgeValidator(Clock clock, Duration reviewAge) {
        this.clock = clock;
        this.reviewAge = reviewAge;
    }

    void validate(KnowledgeBase kb, SourceFiles files, Problems problems) {
        checkPassages(kb, files, problems);
        checkContacts(kb, problems);
        checkCompanies(kb, problems);
        FactsValidator.validate(kb, files, problems);
    }

    private void checkPassages(KnowledgeBase kb, SourceFiles files, Problems problems) {
        Map<String, Passage> seen = new HashMap<>();
        Set<String> ids = kb.passages().stream().map(Passage::id).collect(Collectors.toSet());
        Set<String> loaded = kb.passages().stream().map(p -> p.id() + "/" + p.language()).collect(Collectors.toSet());
        Set<String> sourceFiles = kb.sources().stream().map(SourcePage::file).collect(Collectors.toSet());
        LocalDate staleBefore = LocalDate.now(clock).minusDays(reviewAge.toDays());
        for (Passage passage : kb.passages()) {
            Origin origin = passage.origin();
            Passage twin = seen.putIfAbsent(passage.id() + "/" + passage.language(), passage);
            if (twin != null) {
                problems.error(origin.file(), origin.lineOf("id"), "id '" + passage.id() + "' is already used by " + twin.origin().file());
            }
            Language other = passage.language().other();
            boolean counterpartFileExists = files.files().containsKey("passages/" + other.code() + "/" + passage.id() + ".md");
            if (!counterpartFileExists && !loaded.contains(passage.id() + "/" + other)) {
                problems.error(origin.file(), origin.lineOf("id"), "this " + name(passage.language()) + " passage has no "
                        + name(other) + " version: add passages/" + other.code() + "/" + passage.id() + ".md with the same id");
            }
            for (String related : passage.related()) {
                if (!ids.contains(related)) {
                    problems.error(origin.file(), origin.lineOf("related"), "related passage '" + related + "' does not exist");
                }
            }
            if (!sourceFiles.contains(passage.sourceFile())) {
                problems.error(origin.file(), origin.lineOf("source"), "source '" + passage.sourceFile()
                        + "' is not listed in sources.yaml (write the seed file name, then ' § ', then the section)");
            }
            if (passage.reviewed().isBefore(staleBefore)) {
                problems.warning(origin.file(), origin.lineOf("reviewed"), "last reviewed on " + passage.reviewed()
                        + ", more than " + reviewAge.toDays() + " days ago: check the facts are still current");
            }
        }
    }

    void checkDefaultContact(KnowledgeBase kb, String file, int line, Problems problems) {
        String id = kb.defaultContactId();
        if (id == null) {
            return;
        }
        kb.contact(id).ifPresentOrElse(contact -> {
            if (!contact.reachable()) {
                problems.error(file, line, "default_contact '" + id + "' has no email or phone: investors sent to them could not reach them");
            }
        }, () -> problems.error(file, line, "default_contact '" + id + "' is not the id of any contact"));
    }

    private static String name(Language language) {
        return language == Language.EN ? "English" : "French";
    }

    private static void checkContacts(KnowledgeBase kb, Problems problems) {
        checkUnique(kb.contacts(), Contact::id, Contact::origin, "contact", problems);
        Set<String> passageIds = kb.passages().stream().map(Passage::id).collect(Collectors.toSet());
        for (Contact contact : kb.contacts()) {
            Origin origin = contact.origin();
            if (contact.profile() != null && !passageIds.contains(contact.profile())) {
                problems.error(origin.file(), origin.lineOf("profile"), "profile passage '" + contact.profile() + "' does not exist");
            }
            if (contact.reachThrough() == null) {
                if (!contact.reachable()) {
                    problems.error(origin.file(), origin.line(), contact.name() + " has no email, no phone and no reach_through: "
                            + "investors would have no way to reach them. Add reach_through: <id of a contact who has details>");
                }
                continue;
            }
            kb.contact(contact.reachThrough()).ifPresentOrElse(
                    via -> {
                        if (!via.reachable()) {
                            problems.error(origin.file(), origin.lineOf("reach_through"), "reach_through '" + via.id()
                                    + "' has no email or phone either: point to someone who has");
                        }
                    },
                    () -> problems.error(origin.file(), origin.lineOf("reach_through"), "reach_through '" + contact.reachThrough()
                            + "' is not the id of any contact"));
        }
    }

    private static void checkCompanies(KnowledgeBase kb, Problems problems) {
        checkUnique(kb.companies(), Company::id, Company::origin, "company", problems);
        Set<String> categories = kb.categories().stream().map(Category::id).collect(Collectors.toSet());
        Set<String> passageIds = kb.passages().stream().map(Passage::id).collect(Collectors.toSet());
        for (Category category : kb.categories()) {
            if (category.countPassage() != null && !passageIds.contains(category.countPassage())) {
                problems.error(category.origin().file(), category.origin().lineOf("count_passage"),
                        "count_passage '" + category.countPassage() + "' is not the id of any passage");
            }
        }
        for (Company company : kb.companies()) {
            for (String category : company.categories()) {
                if (!categories.contains(category)) {
                    problems.error(company.origin().file(), company.origin().lineOf("categories"), "category '" + category
                            + "' is not defined under 'categories:' (known: " + String.join(", ", categories.stream().sorted().toList()) + ")");
                }
            }
        }
    }

    private static <T> void checkUnique(List<T> items, Function<T, String> id, Function<T, Origin> origin,
                                        String what, Problems problems) {
        Set<String> seen = new HashSet<>();
        for (T item : items) {
            if (!seen.add(id.apply(item))) {
                problems.error(origin.apply(item).file(), origin.apply(item).lineOf("id"), what + " id '" + id.apply(item) + "' is used twice");
            }
        }
    }
}
