package qc.alubot.understanding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import qc.alubot.knowledge.Category;
import qc.alubot.knowledge.Company;
import qc.alubot.knowledge.Contact;
import qc.alubot.knowledge.Figure;
import qc.alubot.knowledge.KnowledgeBase;
import qc.alubot.knowledge.Milestone;
import qc.alubot.knowledge.Scope;
import qc.alubot.language.AnalyzerCache;
import qc.alubot.language.Analyzers;
import qc.alubot.language.Language;
import qc.alubot.language.PhraseMatcher;
import qc.alubot.language.Texts;
import qc.alubot.language.Vocabulary;

/**
 * Every name the knowledge files give, ready to be found in a question: people, titles, topics,
 * organisations, companies, categories, figures, milestones, places, details and scope words.
 * Built once per knowledge version.
 */
final class Lexicon {

    /**
     * The words the knowledge files use: in passages and in the scope vocabulary. A question's
     * word found here is meant as written ("extruder"), not as a misspelt company ("Extrudex").
     */
    private static Vocabulary vocabulary(KnowledgeBase knowledge) {
        List<String> texts = new ArrayList<>();
        knowledge.passages().forEach(p -> texts.add(p.title() + "\n" + p.body()));
        Scope scope = knowledge.scope();
        Stream.of(scope.inScope(), scope.outOfScope(), scope.details(), scope.places())
                .flatMap(m -> m.values().stream()).forEach(texts::addAll);
        scope.variants().forEach(texts::addAll);
        return Vocabulary.of(texts);
    }

    /** Company names this short are read only as typed: with a typo allowed, "Paber" would catch "paper". */
    private static final int SHORT_NAME = 6;

    final PhraseMatcher<Contact> people = new PhraseMatcher<>();
    final PhraseMatcher<Contact> firstNames = new PhraseMatcher<>();
    final PhraseMatcher<Contact> roles = new PhraseMatcher<>();
    final PhraseMatcher<Contact> topics = new PhraseMatcher<>();
    final PhraseMatcher<Contact> organisations = new PhraseMatcher<>();
    final PhraseMatcher<Company> companies;
    final PhraseMatcher<Category> categories = new PhraseMatcher<>();
    final PhraseMatcher<Figure> figures = new PhraseMatcher<>();
    final PhraseMatcher<Figure> figureCues = new PhraseMatcher<>();
    final PhraseMatcher<Milestone> milestones = new PhraseMatcher<>();
    final PhraseMatcher<Milestone> events = new PhraseMatcher<>();
    final PhraseMatcher<String> timeline = new PhraseMatcher<>();
    final PhraseMatcher<String> details = new PhraseMatcher<>();
    final PhraseMatcher<String> places = new PhraseMatcher<>();
    final PhraseMatcher<String> inScope = new PhraseMatcher<>();
    final List<String> outOfScope;
    final KnowledgeBase knowledge;
    final Vocabulary vocabulary;

    Lexicon(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
        this.vocabulary = vocabulary(knowledge);
        this.companies = new PhraseMatcher<>(vocabulary);
        addContacts(knowledge);
        for (Company company : knowledge.companies()) {
            company.names().forEach(name -> addCompanyName(company, name));
        }
        for (Language language : Language.values()) {
            for (Category category : knowledge.categories()) {
                categories.addNative(category, category.label().in(language), language, false);
                category.aliasesIn(language).forEach(alias -> categories.addNative(category, alias, language, false));
                // the figure that counts a category names it too: "equipment builders", "OEMs"
                knowledge.figures().stream().filter(f -> f.passage().equals(category.countPassage()))
                        .forEach(f -> f.namesIn(language).forEach(name -> categories.add(category, name, language)));
            }
            for (Figure figure : knowledge.figures()) {
                figure.namesIn(language).forEach(name -> figures.addNative(figure, name, language, false));
                figure.cuesIn(language).forEach(cue -> figureCues.addNative(figure, cue, language, true));
            }
            for (Milestone milestone : knowledge.milestones()) {
                milestone.subjectsIn(language).forEach(name -> milestones.addNative(milestone, name, language, false));
                milestone.eventsIn(language).forEach(name -> events.addNative(milestone, name, language, false));
            }
            knowledge.timelineNames(language).forEach(name -> timeline.addNative(name, name, language, false));
            knowledge.scope().details().getOrDefault(language, List.of()).forEach(d -> details.addName(d, d, true));
            knowledge.scope().places().getOrDefault(language, List.of()).forEach(p -> places.addExact(p, p));
            knowledge.scope().inScope().getOrDefault(language, List.of()).forEach(term -> inScope.addNative(term, term, language, false));
        }
        this.outOfScope = outOfScopePhrases(knowledge);
    }

    private void addContacts(KnowledgeBase knowledge) {
        Map<String, Long> firstNameCounts = knowledge.contacts().stream()
                .collect(Collectors.groupingBy(c -> c.name().split(" ")[0], Collectors.counting()));
        for (Contact contact : knowledge.contacts()) {
            String[] parts = contact.name().split(" ");
            people.add(contact, contact.name());
            people.add(contact, parts[parts.length - 1]);
            if (firstNameCounts.get(parts[0]) == 1) {
                firstNames.addExact(contact, parts[0]);
            }
            for (Language language : Language.values()) {
                // "Excellence Cluster Director | Aluminum Transformation": a segment that is one of the person's
                // subjects names what they handle, not who they are ("quel organisme coordonne la transformation ?")
                List<String> subjects = contact.topicsIn(language).stream().map(Texts::fold).toList();
                roleSegments(contact.role().in(language)).stream().filter(segment -> !subjects.contains(Texts.fold(segment)))
                        .forEach(segment -> addTitle(contact, segment, language));
                contact.titlesIn(language).forEach(title -> addTitle(contact, title, language));
                contact.topicsIn(language).forEach(topic -> topics.addNative(contact, topic, language, false)); // as written in the other
                sameSubject(knowledge, subjects, language).forEach(name -> topics.addNative(contact, name, language, false));
            }
            if (contact.organisation() != null && contact.group() == Contact.Group.BOARD) {
                organisations.add(contact, contact.organisation());
            }
        }
    }

    /**
     * A person's subject (folded) that the files also count ("équipementiers") is known by every name the
     * figure gives it: "qui s'occupe des entreprises qui construisent des équipements ?" asks for
     * the person in charge of equipment manufacturers.
     */
    private static Stream<String> sameSubject(KnowledgeBase knowledge, List<String> subjects, Language language) {
        return knowledge.figures().stream()
                .filter(figure -> figure.namesIn(language).stream().map(Texts::fold).anyMatch(subjects::contains))
                .flatMap(figure -> figure.namesIn(language).stream());
    }

    /**
     * A one-word title is found only as typed and only in questions of its language ("chains" is
     * no chair, and "Présidente" must not answer "Who is the president of AluQuébec?"); a longer
     * one with its typos forgiven in its language, and as typed in the other ("What's the e-mail
     * of la directrice générale?").
     */
    private void addTitle(Contact contact, String title, Language language) {
        if (title.strip().contains(" ")) {
            roles.add(contact, title, language);
            Language other = language.other();
            if (Analyzers.terms(AnalyzerCache.get(other), title).size() > 1) { // "présidente du CA" is one English word
                roles.addExact(contact, title, other);
            }
        } else {
            roles.addExact(contact, title, language);
        }
    }

    private void addCompanyName(Company company, String name) {
        companies.addName(company, name, !name.contains(" ") && name.length() <= SHORT_NAME);
    }

    /** "Excellence Cluster Director | Aluminum Transformation" can be asked for by either half. */
    private static List<String> roleSegments(String role) {
        return Arrays.stream(role.split("[|]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Folded word sequences, matched as written: "shares" must not catch "share of production". */
    private static List<String> outOfScopePhrases(KnowledgeBase knowledge) {
        return Arrays.stream(Language.values())
                .flatMap(language -> knowledge.scope().outOfScope().getOrDefault(language, List.of()).stream())
                .map(term -> String.join(" ", qc.alubot.language.Texts.words(term)))
                .distinct()
                .toList();
    }
}
