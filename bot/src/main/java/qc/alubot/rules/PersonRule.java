package qc.alubot.rules;

import qc.alubot.conversation.Draft;
import qc.alubot.conversation.Turn;

/**
 * "Julien Gendron's email", "Who is Malika Cherry?", "Comment joindre Mme Cherry ?": a named
 * person with a question about who they are or how to reach them. Other questions about a
 * person (their background) are left to the passages.
 */
final class PersonRule implements Rule {

    @Override
    public String name() {
        return "contact";
    }

    @Override
    public boolean appliesTo(Turn turn, Understanding understanding) {
        return !understanding.namedPeople().isEmpty()
                && (understanding.hasAny(Understanding.PERSON_INTENTS) || understanding.onlyNames());
    }

    @Override
    public Draft apply(Turn turn, Understanding understanding) {
        return ContactAnswers.about(name(), understanding.namedPeople(), turn, understanding);
    }
}
