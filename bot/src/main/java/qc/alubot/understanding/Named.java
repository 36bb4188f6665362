package qc.alubot.understanding;

import java.util.List;
import java.util.stream.Stream;
import qc.alubot.knowledge.Category;
import qc.alubot.knowledge.Company;
import qc.alubot.knowledge.Contact;
import qc.alubot.knowledge.Figure;
import qc.alubot.knowledge.Milestone;

/**
 * What a part of a question names, as the knowledge files know it.
 *
 * @param people          people named by full or last name
 * @param firstNamePeople people named by a first name only (counted only in questions about a person)
 * @param roleHolders     people whose title is named ("the general director")
 * @param topicContacts   people whose title covers a subject named ("equipment manufacturers")
 * @param representatives board members from an organisation named ("Promotion Saguenay")
 * @param figures         figures whose subject is named, most specific first
 * @param figureCues      figures a weaker word points to ("produce"), for questions asking a value
 * @param milestones      milestones whose subject is named
 * @param events          milestones whose event is named ("founded")
 * @param years           years and spans of years written in the question
 * @param timeline        the question names the timeline as a whole ("history")
 * @param details         details asked about (an age, a budget) that a passage may lack
 * @param places          places other than Québec as a whole
 * @param onlyNames       nothing but names and framing words ("Verbom?")
 * @param scope           whether it names a topic the bot always declines, or the cluster's subject matter
 */
public record Named(List<Contact> people, List<Contact> firstNamePeople, List<Contact> roleHolders,
                    List<Contact> topicContacts, List<Contact> representatives, List<Company> companies,
                    List<Mention<Category>> categoryMentions, List<Mention<Figure>> figures, List<Mention<Figure>> figureCues,
                    List<Mention<Milestone>> milestones, List<Mention<Milestone>> events, List<Years> years,
                    boolean timeline, List<String> details, List<String> places, boolean pronoun, boolean onlyNames,
                    boolean onlyCategory, boolean onlyRole, Scope scope) {

    /** Where a part stands with the bot's scope ({@code scope.yaml}). */
    public enum Scope {
        /** Names a topic always declined (prices, weather…). */
        OUT,
        /** Names the cluster's subject matter: worth a contact rather than a decline when unanswered. */
        IN,
        /** Neither. */
        UNKNOWN
    }

    /** A year, or a span of years ("2015-2025", "2004-05"), as written in a question. */
    public record Years(int from, int to, int start, int end) {

        public boolean overlaps(int first, int last) {
            return from <= last && to >= first;
        }
    }

    public Named {
        people = List.copyOf(people);
        firstNamePeople = List.copyOf(firstNamePeople);
        roleHolders = List.copyOf(roleHolders);
        topicContacts = List.copyOf(topicContacts);
        representatives = List.copyOf(representatives);
        companies = List.copyOf(companies);
        categoryMentions = List.copyOf(categoryMentions);
        figures = List.copyOf(figures);
        figureCues = List.copyOf(figureCues);
        milestones = List.copyOf(milestones);
        events = List.copyOf(events);
        years = List.copyOf(years);
        details = List.copyOf(details);
        places = List.copyOf(places);
    }

    /** Whether the part names a subject it can be answered about on its own (not just a year or a pronoun). */
    public boolean hasSubject() {
        return Stream.of(people, roleHolders, topicContacts, representatives, companies, categoryMentions, figures, milestones)
                .anyMatch(list -> !list.isEmpty()) || timeline;
    }

    /**
     * This part's names completed by an earlier topic's: each kind of name this part gives
     * replaces the topic's ("and Trans-Al?" after CQRDA), the others are kept from the topic.
     */
    public Named over(Named topic) {
        boolean subjectOwn = hasSubject();
        return new Named(or(people, topic.people), or(firstNamePeople, topic.firstNamePeople),
                or(roleHolders, topic.roleHolders), or(topicContacts, topic.topicContacts),
                or(representatives, topic.representatives), or(companies, topic.companies),
                or(categoryMentions, topic.categoryMentions),
                subjectOwn && !milestones.isEmpty() ? figures : or(figures, topic.figures),
                subjectOwn ? figureCues : or(figureCues, topic.figureCues),
                subjectOwn ? milestones : or(milestones, topic.milestones), or(events, topic.events),
                or(years, subjectOwn ? List.of() : topic.years), timeline || !subjectOwn && topic.timeline,
                details, or(places, topic.places), pronoun, onlyNames, onlyCategory, onlyRole,
                scope == Scope.UNKNOWN ? topic.scope : scope);
    }

    /** These names in another standing with the scope: "Rio Tinto's share price dropped. Is that a good entry point?" */
    public Named withScope(Scope newScope) {
        return new Named(people, firstNamePeople, roleHolders, topicContacts, representatives, companies, categoryMentions,
                figures, figureCues, milestones, events, years, timeline, details, places, pronoun, onlyNames, onlyCategory,
                onlyRole, newScope);
    }

    /**
     * These names without the people and organisations: what an earlier topic still lends to
     * "what about Bombardier?", whose own subject is a name the files do not have.
     */
    public Named withoutWhoAndWhich() {
        return new Named(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), categoryMentions, figures,
                figureCues, milestones, events, years, timeline, details, places, pronoun, onlyNames, onlyCategory,
                onlyRole, scope);
    }

    /** These names with the company and the places of the question before, which "it" or "sa" stands for. */
    public Named ownedBy(Named before) {
        return new Named(people, firstNamePeople, roleHolders, topicContacts, representatives, before.companies,
                categoryMentions, figures, figureCues, milestones, events, years, timeline, details, or(places, before.places),
                pronoun, onlyNames, onlyCategory, onlyRole, scope);
    }

    /** The categories of companies named, the longest name first. */
    public List<Category> categories() {
        return categoryMentions.stream().map(Mention::value).distinct().toList();
    }

    private static <T> List<T> or(List<T> own, List<T> fallback) {
        return own.isEmpty() ? fallback : own;
    }

    /** Someone named by full or last name, or by a unique first name in a question about a person. */
    public List<Contact> namedPeople(boolean aboutAPerson) {
        if (!people.isEmpty()) {
            return people;
        }
        return aboutAPerson ? firstNamePeople : List.of();
    }
}
