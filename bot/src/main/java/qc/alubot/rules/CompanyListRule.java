package qc.alubot.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import qc.alubot.conversation.Draft;
import qc.alubot.conversation.Source;
import qc.alubot.conversation.Turn;
import qc.alubot.knowledge.Category;
import qc.alubot.knowledge.Company;
import qc.alubot.knowledge.KnowledgeBase;
import qc.alubot.knowledge.Passage;
import qc.alubot.knowledge.Reply;
import qc.alubot.language.Language;
import qc.alubot.language.Sentences;

/**
 * "Which equipment manufacturers are there?", "Liste des producteurs": every company of a
 * category, named exactly as in {@code companies.yaml}. "How many…" questions are left to the
 * passages, which have the cluster's real counts (the lists are examples).
 */
final class CompanyListRule implements Rule {

    @Override
    public String name() {
        return "company-list";
    }

    @Override
    public boolean appliesTo(Turn turn, Understanding understanding) {
        return !understanding.categories().isEmpty() && !understanding.has(Intent.COUNT)
                && (understanding.hasAny(Intent.LIST, Intent.WHO, Intent.MEMBERSHIP) || understanding.onlyCategory());
    }

    static Draft overview(Turn turn) {
        KnowledgeBase knowledge = turn.knowledge();
        Language language = turn.language();
        List<String> lines = new ArrayList<>();
        for (Category category : knowledge.categories()) {
            long members = knowledge.companies().stream().filter(c -> c.isIn(category.id())).count();
            lines.add("• " + category.label().in(language) + " (" + members + ")");
        }
        String intro = knowledge.replies().say(language, Reply.COMPANIES_INTRO);
        return Draft.fromRule("company-list", intro + "\n\n" + String.join("\n", lines), List.of(), Optional.empty());
    }

    /** The passage with the category's real total, when the names listed are only examples. */
    private static Optional<Passage> total(Category category, Language language, KnowledgeBase knowledge) {
        return Optional.ofNullable(category.countPassage()).flatMap(id -> knowledge.passage(id, language));
    }

    @Override
    public Draft apply(Turn turn, Understanding understanding) {
        KnowledgeBase knowledge = turn.knowledge();
        Language language = turn.language();
        List<String> blocks = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        for (Category category : understanding.categories()) {
            List<Company> members = knowledge.companies().stream().filter(c -> c.isIn(category.id())).toList();
            List<String> lines = new ArrayList<>();
            lines.add(knowledge.replies().say(language, Reply.LIST_INTRO, "category", category.label().in(language),
                    "count", String.valueOf(members.size())));
            members.forEach(company -> lines.add("• " + company.name()));
            blocks.add(lines.get(0) + "\n\n" + String.join("\n", lines.subList(1, lines.size())));
            members.stream().findFirst().ifPresent(first -> sources.add(new Source("companies.yaml#" + category.id(),
                    category.label().in(language), knowledge.citation(first.source(), language))));
            total(category, language, knowledge).ifPresent(total -> {
                blocks.add(Sentences.of(total.body()).get(0));
                sources.add(new Source(total.id(), total.title(), knowledge.citation(total.source(), language)));
            });
        }
        return Draft.fromRule(name(), String.join("\n\n", blocks), sources, Optional.empty());
    }
}
