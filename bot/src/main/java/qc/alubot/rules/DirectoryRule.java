package qc.alubot.rules;

import java.util.List;
import qc.alubot.conversation.Turn;

/**
 * A rule for a question about a group of people ("Who is on the board?", "L'équipe ?"),
 * recognised by its words and asking neither about one named person nor for a count.
 */
abstract class DirectoryRule implements Rule {

    private final String name;
    private final List<String> words;

    DirectoryRule(String name, List<String> words) {
        this.name = name;
        this.words = List.copyOf(words);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean appliesTo(Turn turn, Understanding understanding) {
        return turn.analyzed().hasAnyPhrase(words) && understanding.asksForDirectory();
    }
}
