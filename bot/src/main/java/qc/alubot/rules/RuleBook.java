package qc.alubot.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import qc.alubot.conversation.Draft;
import qc.alubot.conversation.Turn;
import qc.alubot.knowledge.Company;
import qc.alubot.knowledge.Contact;
import qc.alubot.knowledge.KnowledgeBase;
import qc.alubot.language.AnalyzedText;
import qc.alubot.language.Language;

/**
 * The rules, in the order they are tried: the most specific first (a named person beats a
 * title, a title beats a topic, a company beats its category). Built once per knowledge version.
 */
public final class RuleBook {

    private final Mentions mentions;
    private final Set<Company> described;
    private final List<Rule> rules;
    private volatile Reading last;

    public RuleBook(KnowledgeBase knowledge) {
        this.mentions = new Mentions(knowledge);
        this.described = describedCompanies(knowledge);
        this.rules = List.of(
            new PersonRule(),
            new FollowUpContactRule(),
            new RoleRule(),
            new RepresentativeRule(),
            new TopicContactRule(),
            new BoardRule(),
            new TeamRule(),
            new CompanyRule(described),
            new GeneralContactRule(),
            new NotListedRule(),
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

    /** The first rule's answer, or empty when no rule applies. */
    public Optional<Draft> reply(Turn turn) {
        Understanding understanding = understand(turn);
        return rules.stream()
                .filter(rule -> rule.appliesTo(turn, understanding))
                .findFirst()
                .map(rule -> rule.apply(turn, understanding));
    }

    /** A person's card in the turn's language, with whom to go through when they have no details. */
    public String card(Contact contact, Turn turn) {
        return ContactCards.card(contact, turn.language(), turn.knowledge());
    }

    /**
     * The card of the person with this id, word for word from {@code contacts.yaml}, for a
     * channel's "talk to a person" button; empty for an id the knowledge no longer has.
     */
    public static Optional<String> contactCard(String contactId, Language language, KnowledgeBase knowledge) {
        return knowledge.contact(contactId).map(contact -> ContactCards.card(contact, language, knowledge));
    }

    /** The team and how to reach them, for the /contacts command. */
    public Draft team(Turn turn) {
        return new TeamRule().apply(turn, understand(turn));
    }

    /** The categories of companies with their sizes, for the /companies command. */
    public Draft companiesOverview(Turn turn) {
        return CompanyListRule.overview(turn);
    }

    /** Whether the question names anything from the structured files (a person, company, category…). */
    public boolean recognises(Turn turn) {
        Understanding understanding = understand(turn);
        return !understanding.namedPeople().isEmpty() || !understanding.companies().isEmpty()
                || !understanding.categories().isEmpty() || !understanding.roleHolders().isEmpty();
    }

    /** Every name of every company or organisation the question names. */
    public List<List<String>> companiesNamed(Turn turn) {
        return understand(turn).companies().stream().map(c -> c.names().toList()).toList();
    }

    /** The people a question's subject belongs to, e.g. equipment manufacturers: their development director. */
    public List<String> contactsFor(Turn turn) {
        return understand(turn).topicContacts().stream().map(Contact::id).toList();
    }

    /** The last question read and what was found in it. */
    private record Reading(AnalyzedText text, Understanding understanding) {
    }

    /**
     * What the rules find in a question, read once: the answer service asks the rules, then
     * (when no rule applies) whether the question names anything and whom it concerns. A
     * question is identified by its analysed text; another thread's question only costs a re-read.
     */
    private Understanding understand(Turn turn) {
        Reading reading = last;
        if (reading == null || reading.text() != turn.analyzed()) {
            reading = new Reading(turn.analyzed(), Understanding.of(turn.analyzed(), mentions));
            last = reading;
        }
        return reading.understanding();
    }
}
