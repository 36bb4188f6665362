package qc.alubot.rules;

import qc.alubot.conversation.Draft;
import qc.alubot.conversation.Turn;

/**
 * "Who handles equipment manufacturers?", "À qui m'adresser pour la transformation ?", "Qui
 * est le directeur du développement ?": the person whose title covers the subject, from the
 * {@code topics} in {@code contacts.yaml}. "Who are the equipment manufacturers?" names a
 * category of companies instead, and is left to the list rule.
 */
final class TopicContactRule implements Rule {

    @Override
    public String name() {
        return "contact";
    }

    @Override
    public boolean appliesTo(Turn turn, Understanding understanding) {
        boolean asksForSomeone = understanding.hasAny(Intent.HANDLES, Intent.CONTACT)
                || understanding.has(Intent.WHO) && understanding.categories().isEmpty();
        return !understanding.topicContacts().isEmpty() && asksForSomeone && understanding.namedPeople().isEmpty();
    }

    @Override
    public Draft apply(Turn turn, Understanding understanding) {
        return ContactAnswers.about(name(), understanding.topicContacts(), turn, understanding);
    }
}
