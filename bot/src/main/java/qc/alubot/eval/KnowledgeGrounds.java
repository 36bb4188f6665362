package qc.alubot.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import qc.alubot.knowledge.Category;
import qc.alubot.knowledge.Company;
import qc.alubot.knowledge.Contact;
import qc.alubot.knowledge.Figure;
import qc.alubot.knowledge.KnowledgeBase;
import qc.alubot.knowledge.Milestone;
import qc.alubot.knowledge.Origin;
import qc.alubot.knowledge.Passage;
import qc.alubot.knowledge.SourcePage;
import qc.alubot.language.Language;

/**
 * Everything the bot may state, as passages: the passages themselves, and the structured files
 * (people and their details, companies, categories, figures, milestones, sources) and its own
 * wording written out as text. An answer's claim found in none of these was invented.
 */
final class KnowledgeGrounds {

    private KnowledgeGrounds() {
    }

    static List<Passage> of(KnowledgeBase knowledge) {
        List<Passage> grounds = new ArrayList<>(knowledge.passages());
        for (Language language : Language.values()) {
            List<String> lines = new ArrayList<>();
            for (Contact contact : knowledge.contacts()) {
                lines.add(contact.name() + ". " + contact.role().in(language) + ". " + nullToEmpty(contact.organisation())
                        + ". " + nullToEmpty(contact.email()) + " " + nullToEmpty(contact.phone()) + " "
                        + nullToEmpty(contact.extension()));
            }
            for (Company company : knowledge.companies()) {
                lines.add(String.join(". ", company.names().toList()) + ".");
            }
            for (Category category : knowledge.categories()) {
                long members = knowledge.companies().stream().filter(c -> c.isIn(category.id())).count();
                lines.add(category.label().in(language) + " (" + members + ").");
            }
            for (Figure figure : knowledge.figures()) {
                lines.add(figure.statement().in(language) + " " + figure.label().in(language) + ".");
            }
            for (Milestone milestone : knowledge.milestones()) {
                lines.add(milestone.statement().in(language) + " " + milestone.label().in(language) + ".");
            }
            for (SourcePage page : knowledge.sources()) {
                lines.add(page.title().in(language) + ".");
            }
            knowledge.passages().forEach(p -> lines.add(knowledge.citation(p.source(), language) + "."));
            lines.addAll(knowledge.replies().texts());
            grounds.add(new Passage("structured-" + language.code(), language, "", "", LocalDate.MIN, List.of(), List.of(),
                    List.of(), String.join("\n", lines), new Origin("knowledge", 0, Map.of())));
        }
        return grounds;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
