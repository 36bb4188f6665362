package qc.alubot.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import qc.alubot.answer.CurrentKnowledge;
import qc.alubot.knowledge.Company;
import qc.alubot.knowledge.Contact;
import qc.alubot.knowledge.KnowledgeBase;
import qc.alubot.knowledge.KnowledgeProperties;
import qc.alubot.knowledge.Passage;
import qc.alubot.language.Language;
import qc.alubot.language.Texts;

/**
 * The staff pages' one link to the knowledge model: every entry of the version in service as a
 * {@link KnowledgeEntry}, so the page lists any kind the same way. A new kind (figures, timeline)
 * is one more mapping here.
 */
@Component
class KnowledgeCatalog {

    private final CurrentKnowledge knowledge;
    private final KnowledgeProperties properties;
    private final Clock clock;

    KnowledgeCatalog(CurrentKnowledge knowledge, KnowledgeProperties properties, Clock clock) {
        this.knowledge = knowledge;
        this.properties = properties;
        this.clock = clock;
    }

    /** The kinds of entry, for the page's filter. */
    List<String> kinds() {
        return List.of("passage", "contact", "company");
    }

    /** Entries of {@code kind} (any when blank) containing every word of {@code search}, whatever the case and accents. */
    List<KnowledgeEntry> find(String kind, String search) {
        List<String> words = search == null ? List.of() : Texts.words(search);
        return all().filter(e -> kind == null || kind.isBlank() || e.kind().equals(kind))
                .filter(e -> matches(e, words)).toList();
    }

    private Stream<KnowledgeEntry> all() {
        KnowledgeBase base = knowledge.get().knowledge();
        LocalDate staleBefore = LocalDate.now(clock).minusDays(properties.reviewAge().toDays());
        List<KnowledgeEntry> entries = new ArrayList<>();
        base.passages().forEach(p -> entries.add(passage(p, base, staleBefore)));
        base.contacts().forEach(c -> entries.add(contact(c)));
        base.companies().forEach(c -> entries.add(company(c)));
        return entries.stream();
    }

    private static KnowledgeEntry passage(Passage p, KnowledgeBase base, LocalDate staleBefore) {
        return new KnowledgeEntry("passage", p.id(), p.language().code(), p.title(), p.body(),
                base.citation(p.source(), p.language()), p.reviewed(), p.reviewed().isBefore(staleBefore),
                p.origin().toString());
    }

    private static KnowledgeEntry contact(Contact c) {
        String text = String.join(" · ", Stream.of(c.role().in(Language.EN), c.role().in(Language.FR), c.organisation(), c.email(), c.phone())
                .filter(v -> v != null && !v.isBlank()).distinct().toList());
        return new KnowledgeEntry("contact", c.id(), null, c.name(), text, c.source(), null, false, c.origin().toString());
    }

    private static KnowledgeEntry company(Company c) {
        String text = String.join(" · ", Stream.concat(c.aliases().stream(), c.categories().stream()).toList());
        return new KnowledgeEntry("company", c.id(), null, c.name(), text, c.source(), null, false, c.origin().toString());
    }

    private static boolean matches(KnowledgeEntry entry, List<String> words) {
        if (words.isEmpty()) {
            return true;
        }
        String text = Texts.wordLine(entry.id() + " " + entry.title() + " " + entry.text() + " " + entry.source());
        return words.stream().allMatch(word -> text.contains(word));
    }
}
