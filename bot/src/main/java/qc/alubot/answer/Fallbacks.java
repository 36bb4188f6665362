package qc.alubot.answer;

import java.util.List;
import java.util.Optional;
import qc.alubot.conversation.Draft;
import qc.alubot.conversation.Outcome;
import qc.alubot.conversation.Turn;
import qc.alubot.knowledge.Contact;
import qc.alubot.knowledge.KnowledgeBase;
import qc.alubot.knowledge.Reply;

/** The two honest non-answers: "that is outside what I cover" and "I don't have that; ask this person". */
final class Fallbacks {

    static final String ROUTE = "fallback";

    private Fallbacks() {
    }

    static Draft decline(Turn turn) {
        String body = turn.knowledge().replies().say(turn.language(), Reply.DECLINE);
        return new Draft(ROUTE, Outcome.DECLINED, body, List.of(), 0, Optional.empty(), Optional.empty(),
                Optional.empty(), List.of());
    }

    /** Names the person whose title covers the subject, else the default contact, with their details. */
    static Draft noAnswer(Turn turn, Snapshot snapshot, double confidence) {
        KnowledgeBase knowledge = turn.knowledge();
        Contact contact = snapshot.rules().contactsFor(turn).stream().findFirst()
                .flatMap(knowledge::contact).orElse(knowledge.defaultContact());
        String body = knowledge.replies().say(turn.language(), Reply.NO_ANSWER) + "\n\n"
                + snapshot.rules().card(contact, turn);
        return new Draft(ROUTE, Outcome.NO_ANSWER, body, List.of(), confidence, Optional.of(contact.id()),
                Optional.empty(), Optional.empty(), List.of());
    }
}
