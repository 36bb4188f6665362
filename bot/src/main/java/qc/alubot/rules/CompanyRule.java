package qc.alubot.rules;

import qc.alubot.conversation.Route;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import qc.alubot.conversation.Draft;
import qc.alubot.conversation.Outcome;
import qc.alubot.conversation.Source;
import qc.alubot.understanding.Asked;
import qc.alubot.understanding.Part;
import qc.alubot.knowledge.Category;
import qc.alubot.knowledge.Company;
import qc.alubot.knowledge.Contact;
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
    public Route name() {
        return Route.COMPANY_MEMBERSHIP;
    }

    @Override
    public boolean appliesTo(Part part, Situation situation) {
        int named = part.named().companies().size();
        // "Alcoa prévoit-elle agrandir son aluminerie ?" asks a detail of Alcoa, not whether it is in a list
        boolean asksADetail = !part.named().details().isEmpty() && !part.asks(Asked.SAME);
        return named > 0 && named <= MAX_COMPANIES && !part.asksForAValue() && !asksADetail
                && (part.asksAny(Asked.MEMBERSHIP, Asked.SAME) || part.named().companies().stream().noneMatch(described::contains)
                && (!part.named().categories().isEmpty() || part.named().onlyNames()
                || CompanyActivityRule.asksWhatItDoes(part)));
    }

    private static boolean isContainer(Company company, KnowledgeBase knowledge) {
        return company.categories().stream().anyMatch(id -> knowledge.category(id).map(Category::container).orElse(false));
    }

    @Override
    public Draft apply(Part part, Situation situation) {
        if (part.asks(Asked.SAME) && part.named().companies().size() == 1) {
            return sameCompany(part.named().companies().get(0), situation);
        }
        if (CompanyActivityRule.asksWhatItDoes(part) && !part.asksAny(Asked.WHEN, Asked.PERIOD) && madeAsItsCategory(part)) {
            // "c'tu juste Rio Tinto pis Alcoa qui font d'l'alu primaire ?": what they make is the list they are on
            return new CompanyListRule().apply(part, situation);
        }
        Draft listed = listed(part, situation);
        if (CompanyActivityRule.asksWhatItDoes(part) && !part.asks(Asked.MEMBERSHIP)) {
            String unknown = part.named().companies().stream().map(c -> situation.knowledge().replies().say(
                    situation.language(), Reply.COMPANY_ACTIVITY_UNKNOWN, "company", c.name()))
                    .collect(Collectors.joining(" "));
            Contact contact = situation.knowledge().defaultContact();
            String card = ContactCards.card(contact, situation.language(), situation.knowledge());
            return listed.withBody(unknown + "\n\n" + listed.body() + "\n\n" + card).withOutcome(Outcome.NO_ANSWER);
        }
        return listed;
    }

    /**
     * Whether what the companies are said to make is a category named by what its members make
     * ("produce primary aluminum", "font de l'alu primaire") that each of them is listed in.
     */
    private static boolean madeAsItsCategory(Part part) {
        String text = part.analyzed().text();
        List<Category> made = part.named().categoryMentions().stream()
                .filter(m -> CompanyActivityRule.saysAnActivity(text.substring(m.start(), Math.min(m.end(), text.length()))))
                .map(m -> m.value()).toList();
        return !made.isEmpty() && part.named().companies().stream()
                .allMatch(company -> made.stream().anyMatch(category -> company.isIn(category.id())));
    }

    /** "Are Rio Tinto Alcan and Rio Tinto Aluminium the same company?": the names the sources give it. */
    private Draft sameCompany(Company company, Situation situation) {
        String names = company.names().collect(Collectors.joining(", "));
        String body = situation.knowledge().replies().say(situation.language(), Reply.SAME_COMPANY, "company",
                company.name(), "names", names);
        return Draft.fromRule(name(), body, List.of(new Source("companies.yaml#" + company.id(), company.name(),
                situation.knowledge().citation(company.source(), situation.language()))), Optional.empty());
    }

    private Draft listed(Part part, Situation situation) {
        KnowledgeBase knowledge = situation.knowledge();
        Language language = situation.language();
        List<Company> containers = part.named().companies().stream().filter(c -> isContainer(c, knowledge)).toList();
        List<Company> members = part.named().companies().stream().filter(c -> !containers.contains(c)).toList();
        // "Is Alcoa a member of AluQuébec?" is about Alcoa; the sources list no one's memberships.
        boolean inContainer = !members.isEmpty() && !containers.isEmpty();
        List<Company> described = inContainer ? members : part.named().companies();
        Reply wording = part.asks(Asked.MEMBERSHIP) && !inContainer ? Reply.MEMBER_OF : Reply.LISTED_AS;
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
