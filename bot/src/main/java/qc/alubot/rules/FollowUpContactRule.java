package qc.alubot.rules;

import qc.alubot.conversation.Route;

import java.util.List;
import java.util.Optional;
import qc.alubot.conversation.Draft;
import qc.alubot.knowledge.Contact;
import qc.alubot.understanding.Asked;
import qc.alubot.understanding.Part;

/**
 * "What is his email?", "Et son numéro ?": contact details of the person the conversation was
 * just about, when the question names nobody else.
 */
final class FollowUpContactRule implements Rule {

    /** Past this length a question without a pronoun is a new question, not a follow-up. */
    private static final int SHORT_QUESTION_WORDS = 5;

    @Override
    public Route name() {
        return Route.CONTACT;
    }

    @Override
    public boolean appliesTo(Part part, Situation situation) {
        Optional<Contact> last = situation.session().contactId().flatMap(situation.knowledge()::contact);
        // "ok pis j'le rejoins comment ?" after "c'est qui chez AVS qui…": AVS is where that person works
        return last.isPresent()
                && (part.asksAny(Asked.EMAIL, Asked.PHONE, Asked.CONTACT)
                    || part.named().pronoun() && part.asksAny(Asked.ROLE, Asked.ORGANISATION))
                && Persons.named(part).isEmpty()
                && part.named().roleHolders().isEmpty()
                && !Persons.ofAnotherOrganisation(part, List.of(last.get()), situation.knowledge())
                && (part.named().pronoun() || part.analyzed().words().size() <= SHORT_QUESTION_WORDS);
    }

    @Override
    public Draft apply(Part part, Situation situation) {
        return situation.knowledge().contact(situation.session().contactId().orElseThrow())
                .map(contact -> ContactAnswers.about(name(), List.of(contact), part, situation))
                .orElseThrow();
    }
}
