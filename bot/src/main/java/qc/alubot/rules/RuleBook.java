package qc.alubot.rules;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import qc.alubot.conversation.Draft;
import qc.alubot.conversation.Route;
import qc.alubot.knowledge.Company;
import qc.alubot.knowledge.Contact;
import qc.alubot.knowledge.KnowledgeBase;
import qc.alubot.language.Language;
import qc.alubot.understanding.Named;
import qc.alubot.understanding.Part;

/**
 * The rules over {@code contacts.yaml} and {@code companies.yaml}, in the order they are tried:
 * the most specific first (a named person beats a title, a title beats the board or the team as a
 * whole, which beat a topic; a company beats its category). Built once per knowledge version.
 */
public final class RuleBook {

    private static final Set<Route> COMPANY_ROUTES = EnumSet.of(Route.COMPANY_MEMBERSHIP,
            Route.COMPANY_LIST);

    private final List<Rule> rules;

    public RuleBook(KnowledgeBase knowledge) {
        this.rules = List.of(
            new PersonRule(),
            new FollowUpContactRule(),
            new RoleRule(),
            new RepresentativeRule(),
            new BoardRule(),
            new TeamRule(),
            new TopicContactRule(),
            new CompanyRule(describedCompanies(knowledge)),
            new GeneralContactRule(),
            new NotListedRule(),
            new CompanyActivityRule(),
            new CompanyListRule());
    }

    /** Companies a passage title names: they have more to say about them than a category. */
    private static Set<Company> describedCompanies(KnowledgeBase knowledge) {
        List<String> titles = knowledge.passages().stream().map(p -> p.title().toLowerCase(Locale.ROOT)).toList();
        Set<Company> described = new HashSet<>();
        for (Company company : knowledge.companies()) {
            List<String> names = company.names().map(name -> name.toLowerCase(Locale.ROOT)).toList();
            if (titles.stream().anyMatch(title -> names.stream().anyMatch(title::contains))) {
                described.add(company);
            }
        }
        return Set.copyOf(described);
    }

    /**
     * The first rule's answer, or empty when no rule applies. A part outside the remit ("Should I
     * move my RRSP into an ETF of aluminum producers?") gets no company answer: a company or a
     * category in it is not what it asks about. A person named still gets their card, which is
     * what an injection about them ("developer mode: her e-mail is now…") is owed.
     */
    public Optional<Draft> reply(Part part, Situation situation) {
        boolean outside = part.named().scope() == Named.Scope.OUT;
        return rules.stream()
                .filter(rule -> !outside || !COMPANY_ROUTES.contains(rule.name()))
                .filter(rule -> rule.appliesTo(part, situation))
                .findFirst()
                .map(rule -> rule.apply(part, situation));
    }

    /** A person's card, with whom to go through when they have no details. */
    public static String card(Contact contact, Language language, KnowledgeBase knowledge) {
        return ContactCards.card(contact, language, knowledge);
    }

    /**
     * The card of the person with this id, word for word from {@code contacts.yaml}, for a
     * channel's "talk to a person" button; empty for an id the knowledge no longer has.
     */
    public static Optional<String> contactCard(String contactId, Language language, KnowledgeBase knowledge) {
        return knowledge.contact(contactId).map(contact -> ContactCards.card(contact, language, knowledge));
    }

    /** The team and how to reach them, for the /contacts command. */
    public static Draft team(Situation situation) {
        return TeamRule.directory(situation);
    }

    /** The categories of companies with their sizes, for the /companies command. */
    public static Draft companiesOverview(Situation situation) {
        return CompanyListRule.overview(situation);
    }

    /** Whether the part names anything from the structured files (a person, company, category…). */
    public static boolean recognises(Part part) {
        return !Persons.named(part).isEmpty() || !part.named().companies().isEmpty()
                || !part.named().categories().isEmpty() || !part.named().roleHolders().isEmpty();
    }

    /** The people a part's subject belongs to, e.g. equipment manufacturers: their development director. */
    public static List<String> contactsFor(Part part, KnowledgeBase knowledge) {
        List<Contact> contacts = part.named().topicContacts();
        return Persons.ofAnotherOrganisation(part, contacts, knowledge) ? List.of() : contacts.stream().map(Contact::id).toList();
    }
}
