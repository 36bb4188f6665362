package qc.alubot.answer;

import java.util.List;
import qc.alubot.knowledge.Passage;

/**
 * The passages retrieval chose for a question, in the answer's language, best first.
 *
 * @param question the question as understood (completed from the last topic for follow-ups)
 */
public record Evidence(List<Passage> passages, double confidence, String question) {

    public Evidence {
        passages = List.copyOf(passages);
    }

    public Passage best() {
        return passages.get(0);
    }
}
