package qc.alubot.rules;

import java.util.List;
import java.util.Optional;
import java.util.Set;
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
    /** Where and in which industry ({@link Setting}), and words said of any list: "local", "actually". */
    private static final Set<String> SETTING = java.util.stream.Stream.concat(Setting.WORDS.stream(),
            Stream.of("region", "local", "locales", "locaux", "actually", "vraiment", "really", "companies", "entreprises"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
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
        boolean ofAKind = !onlyGeneric && activity && !part.asks(Asked.COUNT) && makesSomethingUnnamed(part, situation);
        return (aboutCompanies && activity && onlyGeneric || ofAKind) && part.named().companies().isEmpty()
                && part.asksAny(Asked.LIST, Asked.WHO, Asked.COUNT) && (part.named().figures().isEmpty() || ofAKind);
    }

    /**
     * "Which of the equipment makers build pot-tending machines?": after the verb of making, a
     * thing no list names. The list of equipment makers does not say which of them build it.
     */
    private static boolean makesSomethingUnnamed(Part part, Situation situation) {
        String text = part.analyzed().text();
        List<Analyzers.Token> tokens = part.analyzed().tokens(part.analyzed().language());
        int verb = -1;
        for (Analyzers.Token token : tokens) {
            if (ACTIVITIES.contains(Texts.fold(text.substring(token.start(), token.end())))) {
                verb = token.end();
                break;
            }
        }
        int after = verb;
        Named named = part.named();
        List<Mention<?>> known = new java.util.ArrayList<>(named.categoryMentions());
        known.addAll(named.figures());
        known.addAll(named.figureCues());
        java.util.Set<String> own = new java.util.HashSet<>(SETTING);
        for (Category category : named.categories()) {
            for (Language language : Language.values()) {
                own.addAll(Texts.words(category.label().in(language)));
                category.aliasesIn(language).forEach(alias -> own.addAll(Texts.words(alias)));
            }
        }
        return verb >= 0 && tokens.stream().filter(t -> t.start() >= after)
                .filter(t -> t.term().length() > 2 && !LanguageDetector.isFunctionWord(Texts.fold(text.substring(t.start(), t.end())))
                        && !own.contains(Texts.fold(text.substring(t.start(), t.end()))))
                .anyMatch(t -> known.stream().noneMatch(m -> t.start() < m.end() && m.start() < t.end())
                        && named.places().stream().noneMatch(p -> Texts.wordLine(p).contains(" " + Texts.fold(text.substring(t.start(), t.end())) + " ")));
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
