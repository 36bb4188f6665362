package qc.alubot.knowledge;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import qc.alubot.language.Language;

/**
 * A figure of the cluster, as {@code figures.yaml} gives it: answers to "how many", "how much"
 * and "what share" come from here word for word, and so do corrections of a wrong figure.
 *
 * @param value     the figure: a count, an amount, a percentage, a multiplier (goal), a number
 *                  of years (frequency), or the first year of a period
 * @param until     the last year of a period ("2015-2025"); null for other kinds
 * @param atLeast   the source says "more than" this value
 * @param label     what is counted, in the plural ("processors"), for comparisons
 * @param statement the sentence that gives the figure, checked to contain the value
 * @param names     the words investors use for the subject, per language
 * @param cues      weaker words ("produce", "employ") that point to the figure only in a question
 *                  asking for a value ("how much do they produce?")
 * @param passage   the passage that tells the figure in context
 */
public record Figure(String id, Kind kind, BigDecimal value, BigDecimal until, boolean atLeast, Localized label,
                     Localized statement, Map<Language, List<String>> names, Map<Language, List<String>> cues,
                     String passage, String source, Origin origin) {

    /** What a figure measures, which decides what it can be compared with and how a wrong value is spotted. */
    public enum Kind {
        COUNT, AMOUNT, SHARE, GOAL, PERIOD, FREQUENCY;

        public static Optional<Kind> parse(String text) {
            try {
                return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Figure {
        names = Map.copyOf(names);
        cues = Map.copyOf(cues);
    }

    public List<String> namesIn(Language language) {
        return names.getOrDefault(language, List.of());
    }

    public List<String> cuesIn(Language language) {
        return cues.getOrDefault(language, List.of());
    }

    /** Whether {@code asserted} is what the figure says (a value within a period counts for a period). */
    public boolean agreesWith(BigDecimal asserted) {
        if (kind == Kind.PERIOD) {
            return asserted.compareTo(value) >= 0 && asserted.compareTo(until) <= 0;
        }
        return atLeast ? asserted.compareTo(value) >= 0 && asserted.compareTo(value.multiply(BigDecimal.valueOf(2))) < 0
                : asserted.compareTo(value) == 0;
    }
}
