package qc.alubot.rules;

import qc.alubot.conversation.Route;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import qc.alubot.conversation.Draft;
import qc.alubot.conversation.Source;
import qc.alubot.understanding.Asked;
import qc.alubot.understanding.Part;
import qc.alubot.understanding.Setting;
import qc.alubot.knowledge.Category;
import qc.alubot.knowledge.Company;
import qc.alubot.knowledge.KnowledgeBase;
import qc.alubot.knowledge.Passage;
import qc.alubot.knowledge.Reply;
import qc.alubot.language.Language;
import qc.alubot.language.LanguageDetector;
import qc.alubot.language.Sentences;
import qc.alubot.language.Texts;

/**
 * "Which equipment manufacturers are there?", "Liste des producteurs": every company of a
 * category, named exactly as in {@code companies.yaml}. "How many…" questions are left to the
 * passages, which have the cluster's real counts (the lists are examples).
 */
final class CompanyListRule implements Rule {

    @Override
    public Route name() {
        return Route.COMPANY_LIST;
    }

    @Override
    public boolean appliesTo(Part part, Situation situation) {
        return !part.named().categories().isEmpty() && (!part.asksForAValue()
                && (part.asksAny(Asked.LIST, Asked.WHO, Asked.MEMBERSHIP) && listsTheCategory(part) || part.named().onlyCategory())
                || countsTheNamed(part));
    }

    /** "How many of them do your sources name?", "combien en citent vos sources ?": the length of the list named. */
    private static final java.util.regex.Pattern NAMING = java.util.regex.Pattern.compile(
            "(?iu)\\b(?:name|names|named|list|lists|listed|mention|mentions|mentioned|cite|cites|cited|nomment|nommes|nommees|"
                    + "citent|cites|citees|mentionnent|mentionnes|mentionnees|enumerent)\\b");

    private static boolean countsTheNamed(Part part) {
        return part.asks(Asked.COUNT) && !part.asksAny(Asked.AMOUNT, Asked.SHARE)
                && NAMING.matcher(Texts.fold(part.text())).find();
    }

    /** How far after "which" or "list" the category must stand to be what is listed. */
    private static final int HEAD_REACH = 24;
    private static final List<String> LIST_WORDS = List.of("which", "what", "who are", "list", "name", "quels", "quelles",
            "quel", "quelle", "liste", "nommez", "nomme", "citez", "donnez", "donne", "give", "show", "examples", "exemples",
            "some", "quelques", "any", "all the", "tous les", "toutes les", "are there", "y a-t-il", "ya tu");

    /**
     * "Which equipment manufacturers are there?" lists a category; "Which entity holds the mandate
     * for equipment manufacturing?" and "Quelles subventions aux entreprises…?" ask for something
     * else that a category only qualifies.
     */
    private static boolean listsTheCategory(Part part) {
        String folded = Texts.fold(part.text());
        int first = part.named().categoryMentions().stream().mapToInt(m -> m.start()).min().orElse(0);
        String before = folded.substring(0, Math.min(first, folded.length()));
        int lastListWord = LIST_WORDS.stream().mapToInt(word -> {
            int at = before.lastIndexOf(word);
            return at < 0 ? -1 : at + word.length();
        }).max().orElse(-1);
        if (lastListWord >= 0 && ORGANISATION_HEADS.stream().anyMatch(head -> (" " + before.substring(lastListWord) + " ")
                .contains(" " + head + " "))) {
            return false; // "Which cluster coordinates equipment manufacturers?": a cluster asked for, not the makers
        }
        if (lastListWord >= 0 && somethingElseListed(Texts.words(before.substring(lastListWord)))) {
            return false; // "quels équipements les entreprises peuvent-elles louer ?": equipment asked for, not companies
        }
        return lastListWord < 0 || first - lastListWord <= HEAD_REACH;
    }

    /** Nouns that, right after "which", ask for one organisation rather than a category's members. */
    private static final Set<String> DETERMINERS = Set.of("the", "les", "la", "le", "l",
            "these", "those", "ces", "their", "leurs", "its", "ses");

    /**
     * A thing named after the list word, then the category as the subject of what follows ("quels
     * équipements les entreprises peuvent-elles louer ?"); not a part of it ("a couple of the
     * equipment builders", "le paysage des équipementiers").
     */
    private static boolean somethingElseListed(List<String> between) {
        if (between.size() < 2 || !DETERMINERS.contains(between.get(between.size() - 1))
                || Set.of("of", "de", "d", "du").contains(between.get(between.size() - 2))) {
            return false;
        }
        return between.subList(0, between.size() - 1).stream().anyMatch(word -> word.length() > 3
                && !LanguageDetector.isFunctionWord(word)
                && !Setting.WORDS.contains(word));
    }

    private static final List<String> ORGANISATION_HEADS = List.of("cluster", "clusters", "grappe", "body", "agency",
            "association", "network", "organisation", "organization", "group", "entity", "institution", "organisme",
            "regroupement", "reseau", "agence", "entite");

    static Draft overview(Situation situation) {
        KnowledgeBase knowledge = situation.knowledge();
        Language language = situation.language();
        List<String> lines = new ArrayList<>();
        for (Category category : knowledge.categories()) {
            long members = knowledge.companies().stream().filter(c -> c.isIn(category.id())).count();
            lines.add("• " + category.label().in(language) + " (" + members + ")");
        }
        String intro = knowledge.replies().say(language, Reply.COMPANIES_INTRO);
        return Draft.fromRule(Route.COMPANY_LIST, intro + "\n\n" + String.join("\n", lines), List.of(), Optional.empty());
    }

    /** The passage with the category's real total, when the names listed are only examples. */
    private static Optional<Passage> total(Category category, Language language, KnowledgeBase knowledge) {
        return Optional.ofNullable(category.countPassage()).flatMap(id -> knowledge.passage(id, language));
    }

    @Override
    public Draft apply(Part part, Situation situation) {
        KnowledgeBase knowledge = situation.knowledge();
        Language language = situation.language();
        List<String> blocks = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        for (Category category : part.named().categories()) {
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
