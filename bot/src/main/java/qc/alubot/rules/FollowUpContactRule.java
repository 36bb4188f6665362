package qc.alubot.rules;

import java.util.List;
import qc.alubot.conversation.Draft;
import qc.alubot.conversation.Turn;

/**
 * "What is his email?", "Et son numéro ?": contact details of the person the conversation was
 * just about, when the question names nobody else.
 */
final class FollowUpContactRule implements Rule {

    /** Past this length a question without a pronoun is a new question, not a follow-up. */
    private static final int SHORT_QUESTION_WORDS = 5;

    @Override
    public String name() {
        return "contact";
    }

    @Override
    public boolean appliesTo(Turn turn, Understanding understanding) {
        return turn.session().contactId().flatMap(turn.knowledge()::contact).isPresent()
                && (understanding.hasAny(Intent.EMAIL, Intent.PHONE, Intent.CONTACT)
                    || understanding.pronoun() && understanding.hasAny(Intent.ROLE, Intent.ORGANISATION))
                && understanding.namedPeople().isEmpty()
                && understanding.roleHolders().isEmpty()
                && understanding.companies().isEmpty()
                && (understanding.pronoun() || turn.analyzed().words().size() <= SHORT_QUESTION_WORDS);
    }

    @Override
    public Draft apply(Turn turn, Understanding understanding) {
        return turn.knowledge().contact(turn.session().contactId().orElseThrow())
                .map(contact -> ContactAnswers.about(name(), List.of(contact), turn, understanding))
                .orElseThrow();
    }
}
