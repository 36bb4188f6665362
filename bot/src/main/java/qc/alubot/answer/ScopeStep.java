package qc.alubot.answer;

import java.util.Optional;
import qc.alubot.conversation.Draft;
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
        return part.named().scope() == Named.Scope.OUT ? Optional.of(Fallbacks.decline(context)) : Optional.empty();
    }
}
