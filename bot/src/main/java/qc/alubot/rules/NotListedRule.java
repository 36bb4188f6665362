package qc.alubot.rules;

import qc.alubot.conversation.Route;

import java.util.List;
import java.util.Optional;
import qc.alubot.conversation.Draft;
import qc.alubot.conversation.Outcome;
import qc.alubot.understanding.Asked;
import qc.alubot.understanding.Part;
import qc.alubot.understanding.ProperNames;
import qc.alubot.knowledge.Contact;
import qc.alubot.knowledge.Reply;

/**
 * "Is Tesla part of the cluster?": a membership question about a name the files do not have.
 * The honest answer is that the sources do not name it (their lists are examples), with the
 * contact who would know.
 */
final class NotListedRule implements Rule {

    @Override
    public Route name() {
        return Route.COMPANY_MEMBERSHIP;
    }

    @Override
    public boolean appliesTo(Part part, Situation situation) {
        return part.asks(Asked.MEMBERSHIP) && !part.asks(Asked.COUNT) && part.named().companies().isEmpty()
                && Persons.named(part).isEmpty() && ProperNames.candidate(part.text()).isPresent();
    }

    @Override
    public Draft apply(Part part, Situation situation) {
        String name = ProperNames.candidate(part.text()).orElseThrow();
        Contact contact = situation.knowledge().defaultContact();
        String body = situation.knowledge().replies().say(situation.language(), Reply.NOT_LISTED, "company", name) + "\n\n"
                + ContactCards.card(contact, situation.language(), situation.knowledge());
        Draft card = Draft.fromRule(name(), body, List.of(ContactCards.source(contact, situation.language(), situation.knowledge())),
                Optional.of(contact.id()));
        return card.withOutcome(Outcome.NO_ANSWER);
    }
}
