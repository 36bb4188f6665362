package qc.alubot.rules;

import qc.alubot.conversation.Route;

import qc.alubot.conversation.Draft;
import qc.alubot.understanding.Asked;
import qc.alubot.understanding.Part;
import qc.alubot.language.AnalyzedText;

/** "Who represents Rio Tinto on the board?", "Qui siège pour Promotion Saguenay ?". */
final class RepresentativeRule implements Rule {

    @Override
    public Route name() {
        return Route.BOARD;
    }

    @Override
    public boolean appliesTo(Part part, Situation situation) {
        return !part.named().representatives().isEmpty() && Persons.named(part).isEmpty()
                && (part.asksAny(Asked.WHO, Asked.ORGANISATION) || mentionsBoard(part.analyzed())
                || part.asks(Asked.LIST) && part.analyzed().hasAnyPhrase(PEOPLE));
    }

    /** "Which people…", "quels sont les représentants…": a list of people, not of Rio Tinto's expansion plans. */
    private static final java.util.List<String> PEOPLE = java.util.List.of("people", "person", "persons", "representative",
            "representatives", "delegate", "delegates", "personnes", "representant", "representants", "representante",
            "delegue", "delegues", "membres", "members", "member");

    static boolean mentionsBoard(AnalyzedText text) {
        return text.hasAnyPhrase(BoardRule.WORDS) || text.hasPhrase("represent")
                || text.hasPhrase("represents") || text.hasPhrase("represente") || text.hasPhrase("siege");
    }

    @Override
    public Draft apply(Part part, Situation situation) {
        return ContactAnswers.about(name(), part.named().representatives(), part, situation);
    }
}
