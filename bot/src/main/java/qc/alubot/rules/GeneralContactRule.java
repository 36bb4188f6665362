package qc.alubot.rules;

import qc.alubot.conversation.Route;

import java.util.List;
import qc.alubot.conversation.Draft;
import qc.alubot.conversation.Outcome;
import qc.alubot.understanding.Asked;
import qc.alubot.understanding.Part;
import qc.alubot.knowledge.Company;
import qc.alubot.knowledge.Contact;
import qc.alubot.knowledge.Reply;

/**
 * "How can I contact you?", "Who should I talk to about investing?": the default contact.
 * When the question names another organisation (say AluQuébec), the answer first says the
 * sources give no contact for it, rather than passing off someone else's details as theirs.
 */
final class GeneralContactRule implements Rule {

    @Override
    public Route name() {
        return Route.CONTACT;
    }

    @Override
    public boolean appliesTo(Part part, Situation situation) {
        return part.asksAny(Asked.CONTACT, Asked.HANDLES) && Persons.named(part).isEmpty() && !Persons.asksForAnOrganisation(part)
                && part.named().roleHolders().isEmpty() && !part.asks(Asked.COUNT);
    }

    @Override
    public Draft apply(Part part, Situation situation) {
        Contact fallback = situation.knowledge().defaultContact();
        Draft card = ContactAnswers.about(name(), List.of(fallback), part, situation);
        List<Company> others = part.named().companies().stream()
                .filter(company -> !company.names().anyMatch(n -> n.equalsIgnoreCase(fallback.organisation())))
                .toList();
        if (others.isEmpty()) {
            return card;
        }
        String noContact = situation.knowledge().replies().say(situation.language(), Reply.NO_CONTACT_FOR,
                "organisation", others.get(0).name());
        return Draft.fromRule(name(), noContact + "\n\n" + card.body(), card.sources(), card.contactId())
                .withOutcome(Outcome.NO_ANSWER);
    }
}
