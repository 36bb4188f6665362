package qc.alubot.language;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Words that state a growth goal as a factor: "double", "tripler", "doubling". Kept apart from
 * number words: "double" is a factor only where a goal is meant.
 */
public final class Multipliers {

    private static final Map<String, Integer> FACTORS = Map.ofEntries(
            Map.entry("double", 2), Map.entry("doubles", 2), Map.entry("doubled", 2), Map.entry("doubling", 2),
            Map.entry("twice", 2), Map.entry("doubler", 2), Map.entry("doublement", 2), Map.entry("doublee", 2),
            Map.entry("triple", 3), Map.entry("triples", 3), Map.entry("tripled", 3), Map.entry("tripling", 3),
            Map.entry("tripler", 3), Map.entry("triplement", 3), Map.entry("quadruple", 4), Map.entry("quadrupler", 4),
            Map.entry("quadrupled", 4), Map.entry("quadrupling", 4));

    private Multipliers() {
    }

    /** The factor a folded word names, if it names one. */
    public static Optional<Integer> of(String foldedWord) {
        return Optional.ofNullable(FACTORS.get(foldedWord));
    }

    /** Every factor named in a text. */
    public static List<Integer> in(String text) {
        return Texts.words(text).stream().map(FACTORS::get).filter(f -> f != null).toList();
    }
}
