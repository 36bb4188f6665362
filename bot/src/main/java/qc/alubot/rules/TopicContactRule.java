package qc.alubot.rules;

import qc.alubot.conversation.Route;

import qc.alubot.conversation.Draft;
import qc.alubot.understanding.Asked;
import qc.alubot.understanding.Part;

/**
 * "Who handles equipment manufacturers?", "À qui m'adresser pour la transformation ?", "Qui
 * est le directeur du développement ?": the person whose title covers the subject, from the
 * {@code topics} in {@code contacts.yaml}. "Who are the equipment manufacturers?" names a
 * category of companies instead, and is left to the list rule.
 */
final class TopicContactRule implements Rule {

    @Override
    public Route name() {
        return Route.CONTACT;
    }

    @Override
    public boolean appliesTo(Part part, Situation situation) {
        boolean asksForSomeone = part.asksAny(Asked.HANDLES, Asked.CONTACT, Asked.BACKGROUND)
                || part.asks(Asked.WHO) && part.named().categories().isEmpty();
        return !part.named().topicContacts().isEmpty() && asksForSomeone && !Persons.asksForAnOrganisation(part)
                && Persons.named(part).isEmpty()
                && !part.asksForAValue() && !Persons.ofAnotherOrganisation(part, part.named().topicContacts(), situation.knowledge());
    }

    @Override
    public Draft apply(Part part, Situation situation) {
        return ContactAnswers.about(name(), part.named().topicContacts(), part, situation);
    }
}
