package qc.alubot.rules;

import qc.alubot.conversation.Draft;
import qc.alubot.conversation.Turn;

/**
 * A rule answers one kind of question from the structured files, word for word: a predicate
 * saying whether the question is its kind, and an action producing the answer.
 */
interface Rule {

    /** The route recorded for answers from this rule, e.g. {@code contact}. */
    String name();

    boolean appliesTo(Turn turn, Understanding understanding);

    Draft apply(Turn turn, Understanding understanding);
}
