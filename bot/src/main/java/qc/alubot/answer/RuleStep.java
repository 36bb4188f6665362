package qc.alubot.answer;

import java.util.Optional;
import qc.alubot.conversation.Draft;
import qc.alubot.understanding.Part;

/** People, titles, the board, the team and companies: answered word for word from the structured files. */
final class RuleStep implements Step {

    @Override
    public Optional<Draft> answer(Part part, Context context) {
        return context.snapshot().rules().reply(part, context.situation());
    }
}
