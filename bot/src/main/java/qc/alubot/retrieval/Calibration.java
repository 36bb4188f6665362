package qc.alubot.retrieval;

/**
 * Turns the two absolute signals into one confidence from 0 to 1, and says where the bot
 * stops pretending. The constants were fitted on the development evaluation sets (tests/eval):
 * run {@code ModelComparison} after changing the model, the knowledge or the analyzers.
 *
 * <p>Meaning alone is never enough: the small embedding model rates "What electricity rate do
 * smelters pay?" close to the smelters passage. Words alone may be: a passage holding every
 * word of a question, typos corrected, answers it even when the model is confused by the typos.
 *
 * @param semanticFloor   cosine below which meaning gives no evidence at all
 * @param semanticCeiling cosine from which meaning is full evidence
 * @param semanticWeight  share of the blended confidence that comes from meaning (the rest from words)
 * @param lexicalMargin   words alone give confidence {@code coverage - lexicalMargin}
 * @param threshold       confidence under which the bot says it does not know
 */
public record Calibration(double semanticFloor, double semanticCeiling, double semanticWeight, double lexicalMargin,
                          double threshold) {

    /**
     * Fitted on the development sets only (tests/eval, never the held-out one) with
     * {@code ModelComparison}, for the default model: a cosine of 0.30 starts to count as meaning.
     */
    public static Calibration defaults() {
        return new Calibration(0.30, 0.90, 0.5, 0.2, 0.5);
    }

    public Calibration withThreshold(double newThreshold) {
        return new Calibration(semanticFloor, semanticCeiling, semanticWeight, lexicalMargin, newThreshold);
    }

    double confidence(double cosine, double coverage) {
        double meaning = Math.min(1, Math.max(0, (cosine - semanticFloor) / (semanticCeiling - semanticFloor)));
        double blended = semanticWeight * meaning + (1 - semanticWeight) * coverage;
        return Math.max(blended, coverage - lexicalMargin);
    }

    /**
     * Orders candidates: the same blend as {@link #confidence} but without clamping, so among
     * passages that all clear the bar, the closer one still comes first.
     */
    double rank(double cosine, double coverage) {
        return semanticWeight * cosine + (1 - semanticWeight) * coverage;
    }

    public boolean confident(Retrieval retrieval) {
        return retrieval.confidence() >= threshold;
    }
}
