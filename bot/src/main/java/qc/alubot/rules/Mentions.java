package qc.alubot.rules;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import qc.alubot.knowledge.Category;
import qc.alubot.knowledge.Company;
import qc.alubot.knowledge.Contact;
import qc.alubot.knowledge.KnowledgeBase;
import qc.alubot.language.AnalyzedText;
import qc.alubot.language.EditDistance;
import qc.alubot.language.Language;
import qc.alubot.language.LanguageDetector;
import qc.alubot.language.PhraseMatcher;
import qc.alubot.language.Texts;

/**
 * Finds the people, roles, topics, companies and categories a question names, built once
 * per knowledge version from the structured files.
 */
public final class Mentions {

    private final PhraseMatcher<Contact> people = new PhraseMatcher<>();
    private final PhraseMatcher<Contact> firstNames = new PhraseMatcher<>();
    private final PhraseMatcher<Contact> roles = new PhraseMatcher<>();
    private final PhraseMatcher<Contact> topics = new PhraseMatcher<>();
    private final PhraseMatcher<Contact> organisations = new PhraseMatcher<>();
    private final PhraseMatcher<Company> companies = new PhraseMatcher<>();
    private final PhraseMatcher<Category> categories = new PhraseMatcher<>();

    public Mentions(KnowledgeBase knowledge) {
        Map<String, Long> firstNames = knowledge.contacts().stream()
                .collect(Collectors.groupingBy(c -> c.name().split(" ")[0], Collectors.counting()));
        for (Contact contact : knowledge.contacts()) {
            addPerson(contact, firstNames.get(contact.name().split(" ")[0]) == 1);
            for (Language language : Language.values()) {
                roleSegments(contact.role().in(language)).forEach(segment -> roles.addExact(contact, segment, language));
                contact.topicsIn(language).forEach(topic -> topics.add(contact, topic, language));
            }
            if (contact.organisation() != null && contact.group() == Contact.Group.BOARD) {
                organisations.add(contact, contact.organisation());
            }
        }
        for (Company company : knowledge.companies()) {
            company.names().forEach(name -> companies.add(company, name));
        }
        for (Category category : knowledge.categories()) {
            for (Language language : Language.values()) {
                categories.add(category, category.label().in(language), language);
                category.aliasesIn(language).forEach(alias -> categories.add(category, alias, language));
            }
        }
    }

    /**
     * Full name or last name, typos forgiven. A first name alone ("Laval", "Martin") is also a
     * place or a common word, so it is kept apart, exact, for questions that clearly ask about a person.
     */
    private void addPerson(Contact contact, boolean uniqueFirstName) {
        people.add(contact, contact.name());
        String[] parts = contact.name().split(" ");
        people.add(contact, parts[parts.length - 1]);
        if (uniqueFirstName) {
            firstNames.addExact(contact, parts[0]);
        }
    }

    /** "Excellence Cluster Director | Aluminum Transformation" can be asked for by either half. */
    private static List<String> roleSegments(String role) {
        return Arrays.stream(role.split("[|]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * Whether the question is nothing but names and framing words ("Verbom?", "Malika Cherry?",
     * "Who is Malika Chery"): every other word is a function word.
     */
    boolean onlyNames(AnalyzedText text) {
        Set<String> nameWords = new HashSet<>();
        for (PhraseMatcher.Match<Contact> match : people.find(text)) {
            nameWords.addAll(Texts.words(match.value().name()));
        }
        for (PhraseMatcher.Match<Company> match : companies.find(text)) {
            match.value().names().forEach(name -> nameWords.addAll(Texts.words(name)));
        }
        long other = text.words().stream()
                .filter(w -> !LanguageDetector.isFunctionWord(w))
                .filter(w -> nameWords.stream().noneMatch(n -> EditDistance.between(n, w) <= 1))
                .count();
        return other == 0 && !nameWords.isEmpty();
    }

    /** The question is only a category, like "équipementiers ?". */
    boolean onlyCategory(AnalyzedText text) {
        return categories.isWholeOf(text);
    }

    /** The question is only a title, like "general director?". */
    boolean onlyRole(AnalyzedText text) {
        return roles.isWholeOf(text);
    }

    List<Contact> people(AnalyzedText text) {
        return people.findLongest(text);
    }

    List<Contact> byFirstName(AnalyzedText text) {
        return firstNames.findLongest(text);
    }

    List<Contact> roleHolders(AnalyzedText text) {
        return roles.findLongest(text);
    }

    List<Contact> topicContacts(AnalyzedText text) {
        return topics.findLongest(text);
    }

    List<Contact> representatives(AnalyzedText text) {
        return organisations.findLongest(text);
    }

    List<Company> companies(AnalyzedText text) {
        return companies.find(text).stream().map(PhraseMatcher.Match::value).toList();
    }

    List<Category> categories(AnalyzedText text) {
        return categories.findLongest(text);
    }

}
