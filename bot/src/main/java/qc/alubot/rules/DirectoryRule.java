package qc.alubot.rules;

import qc.alubot.conversation.Route;

import java.util.List;
import qc.alubot.understanding.Asked;
import qc.alubot.understanding.Part;

/**
 * A rule for a question about a group of people ("Who is on the board?", "L'équipe ?"),
 * recognised by its words and asking neither about one named person nor for a count.
 */
abstract class DirectoryRule implements Rule {

    private final Route name;
    private final List<String> words;

    DirectoryRule(Route name, List<String> words) {
        this.name = name;
        this.words = List.copyOf(words);
    }

    @Override
    public Route name() {
        return name;
    }

    @Override
    public boolean appliesTo(Part part, Situation situation) {
        return part.analyzed().hasAnyPhrase(words) && Persons.asksForDirectory(part);
    }
}
