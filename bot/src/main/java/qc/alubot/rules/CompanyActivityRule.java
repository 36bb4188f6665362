package qc.alubot.rules;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import qc.alubot.conversation.Draft;
import qc.alubot.conversation.Outcome;
import qc.alubot.conversation.Route;
import qc.alubot.knowledge.Category;
import qc.alubot.knowledge.Reply;
import qc.alubot.language.Language;
import qc.alubot.language.Texts;
import qc.alubot.understanding.Asked;
import qc.alubot.understanding.Part;

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
            "exportent", "embauchent");
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
        return aboutCompanies && activity && onlyGeneric && part.named().companies().isEmpty()
                && part.asksAny(Asked.LIST, Asked.WHO, Asked.COUNT) && part.named().figures().isEmpty();
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
        return Draft.fromRule(name(), intro + "\n\n" + listed, List.of(), Optional.empty()).withOutcome(Outcome.NO_ANSWER);
    }
}
