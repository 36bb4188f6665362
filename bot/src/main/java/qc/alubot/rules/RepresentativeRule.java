package qc.alubot.rules;

import qc.alubot.conversation.Draft;
import qc.alubot.conversation.Turn;
import qc.alubot.language.AnalyzedText;

/** "Who represents Rio Tinto on the board?", "Qui siège pour Promotion Saguenay ?". */
final class RepresentativeRule implements Rule {

    @Override
    public String name() {
        return "board";
    }

    @Override
    public boolean appliesTo(Turn turn, Understanding understanding) {
        return !understanding.representatives().isEmpty() && understanding.namedPeople().isEmpty()
                && (understanding.has(Intent.WHO) || mentionsBoard(turn.analyzed()));
    }

    static boolean mentionsBoard(AnalyzedText text) {
        return text.hasAnyPhrase(BoardRule.WORDS) || text.hasPhrase("represent")
                || text.hasPhrase("represents") || text.hasPhrase("represente") || text.hasPhrase("siege");
    }

    @Override
    public Draft apply(Turn turn, Understanding understanding) {
        return ContactAnswers.about(name(), understanding.representatives(), turn, understanding);
    }
}
