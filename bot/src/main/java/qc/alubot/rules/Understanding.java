package qc.alubot.rules;

import java.util.List;
import java.util.Set;
import qc.alubot.knowledge.Category;
import qc.alubot.knowledge.Company;
import qc.alubot.knowledge.Contact;
import qc.alubot.language.AnalyzedText;

/**
 * Everything the rules look for in a question, found once: framing intents and the people,
 * roles, organisations, companies and categories it names.
 */
record Understanding(Set<Intent> intents, List<Contact> people, List<Contact> firstNamePeople,
                     List<Contact> roleHolders, List<Contact> topicContacts, List<Contact> representatives,
                     List<Company> companies, List<Category> categories, boolean pronoun, boolean onlyNames,
                     boolean onlyCategory, boolean onlyRole) {

    /** What one asks about a person: who they are, how to reach them, what they do, whom they represent. */
    static final Intent[] PERSON_INTENTS = {Intent.WHO, Intent.EMAIL, Intent.PHONE, Intent.CONTACT, Intent.ROLE,
            Intent.ORGANISATION};

    private static final List<String> PRONOUNS = List.of("his", "her", "him", "he", "she", "their", "them", "they",
            "this person", "that person", "son", "sa", "ses", "lui", "elle", "il", "leur", "cette personne");

    static Understanding of(AnalyzedText text, Mentions mentions) {
        return new Understanding(Intent.of(text), mentions.people(text), mentions.byFirstName(text),
                mentions.roleHolders(text), mentions.topicContacts(text), mentions.representatives(text),
                mentions.companies(text), mentions.categories(text),
                text.hasAnyPhrase(PRONOUNS), mentions.onlyNames(text), mentions.onlyCategory(text),
                mentions.onlyRole(text));
    }

    boolean has(Intent intent) {
        return intents.contains(intent);
    }

    boolean hasAny(Intent... wanted) {
        for (Intent intent : wanted) {
            if (intents.contains(intent)) {
                return true;
            }
        }
        return false;
    }

    /** A question about a group of people (the team, the board), not about one person or a count. */
    boolean asksForDirectory() {
        return namedPeople().isEmpty() && !has(Intent.COUNT);
    }

    /** Someone named by full or last name, or by a unique first name in a question about a person. */
    List<Contact> namedPeople() {
        if (!people.isEmpty()) {
            return people;
        }
        return hasAny(PERSON_INTENTS) ? firstNamePeople : List.of();
    }
}
