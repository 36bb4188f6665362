package qc.alubot.answer;

import java.util.Optional;
import qc.alubot.conversation.Draft;
import qc.alubot.understanding.Part;

/**
 * One way of answering a part of a question: commands, small talk, the rules, comparisons,
 * figures, the timeline, the scope check, retrieval and the fallback. The answer service tries
 * them in a fixed order; the first that answers wins.
 */
interface Step {

    /** The answer to this part, or empty to let the next step try. */
    Optional<Draft> answer(Part part, Context context);
}
