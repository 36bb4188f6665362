package qc.alubot.rules;

import qc.alubot.conversation.Route;

import qc.alubot.conversation.Draft;
import qc.alubot.understanding.Asked;
import qc.alubot.understanding.Part;

/**
 * A rule answers one kind of question from the structured files, word for word: a predicate
 * saying whether the question is its kind, and an action producing the answer.
 */
interface Rule {

    /** The route recorded for answers from this rule, e.g. {@code contact}. */
    Route name();

    boolean appliesTo(Part part, Situation situation);

    Draft apply(Part part, Situation situation);
}
