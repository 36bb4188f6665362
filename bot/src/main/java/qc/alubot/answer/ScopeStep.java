package qc.alubot.answer;

import java.util.Optional;
import qc.alubot.conversation.Draft;
import qc.alubot.rules.RuleBook;
import qc.alubot.understanding.Named;
import qc.alubot.understanding.Part;

/**
 * Declines a topic the bot never covers (prices, weather, code…) once the structured steps have
 * had their chance: "What share of North American output…" is answered by the figures even
 * though "share" could be about the stock market; "Alcoa's share price" reaches this step and is
 * declined before retrieval can pick a passage on a word or two.
 */
final class ScopeStep implements Step {

    @Override
    public Optional<Draft> answer(Part part, Context context) {
        if (part.named().scope() == Named.Scope.OUT) {
            return Optional.of(Fallbacks.decline(context));
        }
        return offTopic(part, context) ? Optional.of(Fallbacks.decline(context)) : Optional.empty();
    }

    /**
     * "As an aluminum investor, what's your take on the loonie next quarter?": no word of it is on
     * the declined list, but it means one of the declined topics more than anything the knowledge
     * holds or any subject a person can help with ("Can I get a grant to build a plant?" is an
     * investor's question the sources cannot answer, owed a contact). Only for a question that
     * uses no word of the cluster's subject matter, names nothing the files know and follows nothing.
     */
    private static boolean offTopic(Part part, Context context) {
        Named named = part.named();
        if (named.scope() == Named.Scope.IN || named.hasSubject() || part.followUp() || !named.details().isEmpty()
                || RuleBook.recognises(part)) {
            return false; // a word of the cluster's: retrieval first; FallbackStep weighs the meaning if nothing answers
        }
        return DeclinedTopics.meant(part, context, false);
    }
}
