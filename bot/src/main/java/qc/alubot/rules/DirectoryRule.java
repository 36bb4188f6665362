package qc.alubot.rules;

import java.util.List;
import java.util.Set;
import qc.alubot.conversation.Route;
import qc.alubot.understanding.Named;
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

    /**
     * "my board", "our procurement team", "notre équipe": the asker's own group, not the
     * Society's. "Your team" and "their board" are the Society's.
     */
    private static final Set<String> OWNERS = Set.of("my", "our", "mon", "ma", "mes", "notre", "nos");
    /** How many words may stand between the owner and the group: "our procurement team". */
    private static final int OWNER_REACH = 2;

    @Override
    public boolean appliesTo(Part part, Situation situation) {
        return part.analyzed().hasAnyPhrase(words) && Persons.asksForDirectory(part)
                && part.named().scope() != Named.Scope.OUT && !someoneElses(part.analyzed().words());
    }

    /** Whether every group word of the question belongs to someone else ("for my board", "hockey team" is out of scope). */
    private boolean someoneElses(List<String> said) {
        boolean any = false;
        for (int i = 0; i < said.size(); i++) {
            if (!words.contains(said.get(i))) {
                continue;
            }
            any = true;
            boolean owned = false;
            for (int j = Math.max(0, i - OWNER_REACH); j < i; j++) {
                owned |= OWNERS.contains(said.get(j));
            }
            if (!owned) {
                return false;
            }
        }
        return any;
    }
}
