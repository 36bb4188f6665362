package qc.alubot.rules;

import qc.alubot.conversation.Draft;
import qc.alubot.conversation.Turn;

/**
 * "Who is the general director?", "Qui est la présidente du conseil ?", "development manager
 * email": a title named, answered with the people who hold it. A title many hold ("board
 * member") or a plural question about a title ("Qui sont les observateurs ?") is a directory
 * question, left to the board rule. A title that names a field
 * ("Transformation de l'aluminium") only counts when the question asks about a person.
 */
final class RoleRule implements Rule {

    @Override
    public String name() {
        return "contact";
    }

    @Override
    public boolean appliesTo(Turn turn, Understanding understanding) {
        int holders = understanding.roleHolders().size();
        boolean directory = holders > 1 && understanding.has(Intent.LIST);
        return holders > 0 && holders <= ContactAnswers.MAX_CARDS && !directory && understanding.namedPeople().isEmpty()
                && !understanding.has(Intent.COUNT)
                && (understanding.hasAny(Understanding.PERSON_INTENTS) || understanding.has(Intent.HANDLES)
                || understanding.onlyRole());
    }

    @Override
    public Draft apply(Turn turn, Understanding understanding) {
        return ContactAnswers.about(name(), understanding.roleHolders(), turn, understanding);
    }
}
