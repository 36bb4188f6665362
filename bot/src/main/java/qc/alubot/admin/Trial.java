package qc.alubot.admin;

import java.util.List;
import qc.alubot.conversation.Outcome;

/**
 * A question tried by a maintainer: the answer as an investor would get it, and why.
 *
 * @param answer        the whole text the investor would read, sources line included
 * @param understanding what the bot made of the question, label by label (a label is a message key, or
 *                      shown as written when there is none)
 * @param candidates    the passages retrieval found, best first, with their scores
 * @param threshold     the confidence a passage needs to answer
 */
public record Trial(String question, String answer, String route, Outcome outcome, double confidence, String note,
                    List<Source> sources, String version, List<Line> understanding, List<Candidate> candidates,
                    double threshold) {

    public Trial {
        sources = List.copyOf(sources);
        understanding = List.copyOf(understanding);
        candidates = List.copyOf(candidates);
    }

    /** A passage or entry an answer rests on. */
    public record Source(String id, String title, String citation) {
    }

    /** One thing the bot understood about the question. */
    public record Line(String label, String value) {
    }
}
