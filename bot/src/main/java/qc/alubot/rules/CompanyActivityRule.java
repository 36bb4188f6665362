package qc.alubot.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import qc.alubot.conversation.Draft;
import qc.alubot.conversation.Outcome;
import qc.alubot.conversation.Route;
import qc.alubot.knowledge.Category;
import qc.alubot.knowledge.Reply;
import qc.alubot.language.Analyzers;
import qc.alubot.language.Language;
import qc.alubot.language.LanguageDetector;
import qc.alubot.language.Texts;
import qc.alubot.understanding.Asked;
import qc.alubot.understanding.Mention;
import qc.alubot.understanding.Named;
import qc.alubot.understanding.Part;
import qc.alubot.understanding.Setting;

/**
 * "Which companies make extrusions?", "Quelles entreprises fabriquent des pièces auto ?": the
 * sources name companies but never say what each one makes. The honest answer says so, then
 * offers the lists they do give, rather than passing off a list of examples as extruders.
 */
final class CompanyActivityRule implements Rule {

    private static final Set<String> ACTIVITIES = Set.of("make", "makes", "making", "manufacture", "manufactures",
            "manufacturing", "produce", "produces", "producing", "supply", "supplies", "specialize", "specialise",
            "specializes", "specialized", "specialised", "offer", "offers", "sell", "sells", "do",
            "does", "extrude", "extrudes", "cast", "casts", "fabriquent", "fabrique", "fabriquer", "produisent",
            "produit", "produire", "font", "fait", "offrent", "offre", "vendent", "vend", "specialisees",
            "specialisee", "specialises", "extrudent", "coulent", "work", "works", "travaillent",
            // what companies took part in, invested in or hire for: no list of the sources says it either
            "took", "participated", "participate", "participating", "attended", "attend", "exhibited", "exhibit",
            "exhibiting", "signed", "invested", "invest", "investing", "export", "exports", "exporting", "hire",
            "hires", "hiring", "participe", "participent", "participer", "exposent", "investi", "investissent",
            "exportent", "embauchent", "build", "builds", "design", "designs", "construisent", "construit",
            "concoivent", "fournissent", "fournit");
    /** Where and in which industry ({@link Setting}), their plants, and words said of any list: "local", "actually". */
    private static final Set<String> SETTING = Stream.concat(Setting.WORDS.stream(),
            Stream.of("region", "local", "locales", "locaux", "actually", "vraiment", "really", "companies", "entreprises",
                    // where they make it, not what: "ceux qui ont les usines"
                    "plant", "plants", "factory", "factories", "facility", "facilities", "usine", "usines", "installations"))
            .collect(Collectors.toUnmodifiableSet());
    /** Words for companies in general: a category known by one of these is the generic list, not a kind. */
    private static final Set<String> GENERIC = Set.of("companies", "company", "firms", "firm", "businesses", "entreprises",
            "entreprise", "societes", "compagnies", "aluminum companies", "aluminium companies", "entreprises de l aluminium");

    @Override
    public Route name() {
        return Route.COMPANY_LIST;
    }

    @Override
    public boolean appliesTo(Part part, Situation situation) {
        List<String> words = part.analyzed().words();
        boolean aboutCompanies = words.stream().anyMatch(GENERIC::contains);
        boolean activity = words.stream().anyMatch(ACTIVITIES::contains);
        boolean onlyGeneric = part.named().categories().stream().allMatch(c -> isGeneric(c, situation.language()));
        boolean ofAKind = !onlyGeneric && activity && !part.asks(Asked.COUNT) && makesSomethingUnnamed(part);
        if (part.asks(Asked.ORGANISATION) && !aboutCompanies) {
            return false; // "Which entity holds the regional mandate for equipment manufacturing?": a body, not what companies make
        }
        return (aboutCompanies && activity && onlyGeneric || ofAKind) && part.named().companies().isEmpty()
                && part.asksAny(Asked.LIST, Asked.WHO, Asked.COUNT) && (part.named().figures().isEmpty() || ofAKind);
    }

    /**
     * "Which of the equipment makers build pot-tending machines?": after the verb of making, a
     * thing no list names. The list of equipment makers does not say which of them build it.
     */
    private static boolean makesSomethingUnnamed(Part part) {
        String text = part.analyzed().text();
        List<Analyzers.Token> tokens = part.analyzed().tokens(part.analyzed().language());
        int verb = tokens.stream().filter(t -> ACTIVITIES.contains(typed(text, t))).mapToInt(Analyzers.Token::end)
                .findFirst().orElse(-1);
        if (verb < 0) {
            return false;
        }
        int object = objectEnd(text, verb);
        Named named = part.named();
        List<Mention<?>> known = new ArrayList<>(named.categoryMentions());
        known.addAll(named.figures());
        known.addAll(named.figureCues());
        Set<String> own = new HashSet<>(SETTING);
        named.categories().forEach(category -> own.addAll(wordsOf(category)));
        for (Analyzers.Token token : tokens) {
            String word = typed(text, token);
            boolean thing = token.start() >= verb && token.end() <= object && token.term().length() > 2
                    && !LanguageDetector.isFunctionWord(word) && !own.contains(word)
                    && known.stream().noneMatch(m -> token.start() < m.end() && m.start() < token.end())
                    && named.places().stream().noneMatch(place -> Texts.wordLine(place).contains(" " + word + " "));
            if (thing) {
                return true;
            }
        }
        return false;
    }

    /** Where the verb's object ends: at the clause's end (", ceux qui ont les usines" says no more of what they make). */
    private static int objectEnd(String text, int verb) {
        Matcher end = CLAUSE_END.matcher(text);
        return end.find(verb) ? end.start() : text.length();
    }

    private static final Pattern CLAUSE_END = Pattern.compile("[,;:?!()]|\\.(?!\\d)");

    private static String typed(String text, Analyzers.Token token) {
        return Texts.fold(text.substring(token.start(), token.end()));
    }

    /** A category's own words, in both languages: "equipment makers" are no thing they make. */
    private static Set<String> wordsOf(Category category) {
        Set<String> words = new HashSet<>();
        for (Language language : Language.values()) {
            words.addAll(Texts.words(category.label().in(language)));
            category.aliasesIn(language).forEach(alias -> words.addAll(Texts.words(alias)));
        }
        return words;
    }

    /** Whether the words hold a verb of making or doing: "produce primary aluminum". */
    static boolean saysAnActivity(String words) {
        return Texts.words(words).stream().anyMatch(ACTIVITIES::contains);
    }

    /** "Que fabrique Mecfor ?", "What does Verbom make?": a verb of making or doing. */
    static boolean asksWhatItDoes(Part part) {
        return part.analyzed().words().stream().anyMatch(ACTIVITIES::contains) && !part.asks(Asked.COUNT);
    }

    private static boolean isGeneric(Category category, Language language) {
        return category.aliasesIn(language).stream().map(alias -> String.join(" ", Texts.words(alias)))
                .anyMatch(GENERIC::contains);
    }

    @Override
    public Draft apply(Part part, Situation situation) {
        String intro = situation.knowledge().replies().say(situation.language(), Reply.NO_ACTIVITY_DETAIL);
        Draft lists = CompanyListRule.overview(situation);
        String listed = lists.body().substring(lists.body().indexOf("\n\n") + 2);
        String card = RuleBook.card(situation.knowledge().defaultContact(), situation.language(), situation.knowledge());
        return Draft.fromRule(name(), intro + "\n\n" + listed + "\n\n" + card, List.of(), Optional.empty())
                .withOutcome(Outcome.NO_ANSWER);
    }
}
