package qc.alubot.answer;

import qc.alubot.conversation.Draft;
import qc.alubot.conversation.Turn;

/**
 * Writes the answer to a question from the passages retrieval chose. The extractive composer
 * quotes the passages; an LLM composer may rephrase them, behind a guard that falls back to
 * the extractive answer.
 */
public interface Composer {

    Draft compose(Turn turn, Evidence evidence);
}
