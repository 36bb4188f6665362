package qc.alubot.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import qc.alubot.conversation.Draft;
import qc.alubot.conversation.Source;
import qc.alubot.conversation.Turn;
import qc.alubot.knowledge.Category;
import qc.alubot.knowledge.Company;
import qc.alubot.knowledge.KnowledgeBase;
import qc.alubot.knowledge.Reply;
import qc.alubot.language.Language;

/**
 * "Is Verbom part of the cluster?", "Mecfor est-il un équipementier ?": a named company and
 * the categories {@code companies.yaml} puts it in.
 */
final class CompanyRule implements Rule {

    private final Set<Company> described;

    /**
     * @param described organisations with passages of their own ("What is AluQuébec?" is
     *                  better answered by the passage than by a category)
     */
    CompanyRule(Set<Company> described) {
        this.described = described;
    }

    /** A question naming more companies than this is a list question, not a membership one. */
    private static final int MAX_COMPANIES = 5;

    @Override
    public String name() {
        return "company-membership";
    }

    @Override
    public boolean appliesTo(Turn turn, Understanding understanding) {
        int named = understanding.companies().size();
        return named > 0 && named <= MAX_COMPANIES && !understanding.has(Intent.COUNT)
                && (understanding.has(Intent.MEMBERSHIP) || understanding.companies().stream().noneMatch(described::contains)
                && (!understanding.categories().isEmpty() || understanding.onlyNames()));
    }

    private static boolean isContainer(Company company, KnowledgeBase knowledge) {
        return company.categories().stream().anyMatch(id -> knowledge.category(id).map(Category::container).orElse(false));
    }

    @Override
    public Draft apply(Turn turn, Understanding understanding) {
        KnowledgeBase knowledge = turn.knowledge();
        Language language = turn.language();
        List<Company> containers = understanding.companies().stream().filter(c -> isContainer(c, knowledge)).toList();
        List<Company> members = understanding.companies().stream().filter(c -> !containers.contains(c)).toList();
        // "Is Alcoa a member of AluQuébec?" is about Alcoa; the sources list no one's memberships.
        boolean inContainer = !members.isEmpty() && !containers.isEmpty();
        List<Company> described = inContainer ? members : understanding.companies();
        Reply wording = understanding.has(Intent.MEMBERSHIP) && !inContainer ? Reply.MEMBER_OF : Reply.LISTED_AS;
        List<String> lines = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        for (Company company : described) {
            String categories = company.categories().stream()
                    .map(id -> knowledge.category(id).map(c -> c.label().in(language)).orElse(id))
                    .collect(Collectors.joining("; "));
            lines.add(knowledge.replies().say(language, wording, "company", company.name(), "categories", categories));
            sources.add(new Source("companies.yaml#" + company.id(), company.name(), knowledge.citation(company.source(), language)));
        }
        if (inContainer) {
            containers.forEach(container -> lines.add(knowledge.replies().say(language, Reply.NO_MEMBER_LIST,
                    "organisation", container.name())));
        }
        return Draft.fromRule(name(), String.join("\n\n", lines), sources, Optional.empty());
    }
}
