package qc.alubot.rules;

import java.util.List;
import qc.alubot.conversation.Draft;
import qc.alubot.conversation.Outcome;
import qc.alubot.conversation.Turn;
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
    public String name() {
        return "contact";
    }

    @Override
    public boolean appliesTo(Turn turn, Understanding understanding) {
        return understanding.hasAny(Intent.CONTACT, Intent.HANDLES) && understanding.namedPeople().isEmpty()
                && understanding.roleHolders().isEmpty() && !understanding.has(Intent.COUNT);
    }

    @Override
    public Draft apply(Turn turn, Understanding understanding) {
        Contact fallback = turn.knowledge().defaultContact();
        Draft card = ContactAnswers.about(name(), List.of(fallback), turn, understanding);
        List<Company> others = understanding.companies().stream()
                .filter(company -> !company.names().anyMatch(n -> n.equalsIgnoreCase(fallback.organisation())))
                .toList();
        if (others.isEmpty()) {
            return card;
        }
        String noContact = turn.knowledge().replies().say(turn.language(), Reply.NO_CONTACT_FOR,
                "organisation", others.get(0).name());
        return Draft.fromRule(name(), noContact + "\n\n" + card.body(), card.sources(), card.contactId())
                .withOutcome(Outcome.NO_ANSWER);
    }
}
