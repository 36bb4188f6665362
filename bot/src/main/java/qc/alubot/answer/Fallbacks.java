package qc.alubot.answer;

import java.util.List;
import java.util.Optional;
import qc.alubot.conversation.Draft;
import qc.alubot.conversation.Outcome;
import qc.alubot.conversation.Route;
import qc.alubot.knowledge.Contact;
import qc.alubot.knowledge.KnowledgeBase;
import qc.alubot.knowledge.Reply;
import qc.alubot.rules.RuleBook;
import qc.alubot.understanding.Part;

/** The two honest non-answers: "that is outside what I cover" and "I don't have that; ask this person". */
final class Fallbacks {

    private Fallbacks() {
    }

    static Draft decline(Context context) {
        return new Draft(Route.FALLBACK, Outcome.DECLINED, context.say(Reply.DECLINE), List.of(), 0, Optional.empty(),
                Optional.empty(), Optional.empty(), List.of());
    }

    /** Names the person whose title covers the subject, else the default contact, with their details. */
    static Draft noAnswer(Part part, Context context, double confidence) {
        return noAnswer(context.say(Reply.NO_ANSWER), part, context, confidence);
    }

    /** {@code lead}, then the right person's card: for gaps ("my sources give no budget for AVS…"). */
    static Draft noAnswer(String lead, Part part, Context context, double confidence) {
        Contact contact = contactFor(part, context);
        String body = lead + "\n\n" + RuleBook.card(contact, context.language(), context.knowledge());
        return new Draft(Route.FALLBACK, Outcome.NO_ANSWER, body, List.of(), confidence, Optional.of(contact.id()),
                Optional.empty(), Optional.empty(), List.of());
    }

    /**
     * A draft that found something near the question but not what it asks ("where", "when"):
     * {@code lead}, then the draft's first paragraph, then the right person; its sources kept.
     */
    static Draft gap(String lead, Part part, Draft draft, Context context, String note) {
        String body = draft.body();
        int end = body.indexOf("\n\n");
        Draft gap = noAnswer(lead + " " + (end < 0 ? body : body.substring(0, end)), part, context, draft.confidence());
        return new Draft(gap.route(), Outcome.NO_ANSWER, gap.body(), draft.sources(), draft.confidence(), gap.contactId(),
                draft.passageId(), draft.topicQuestion(), draft.related(), note);
    }

    static Contact contactFor(Part part, Context context) {
        KnowledgeBase knowledge = context.knowledge();
        return RuleBook.contactsFor(part, knowledge).stream().findFirst().flatMap(knowledge::contact).orElse(knowledge.defaultContact());
    }
}
