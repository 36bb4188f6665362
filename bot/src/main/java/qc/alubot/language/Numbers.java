package qc.alubot.language;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the figures in a text as values, so "1,400", "1 400" and "1400", "2.9" and "2,9",
 * "60%" and "60 %", "eight", "huit" and "8", "2.9 million" and "2,900,000" compare equal,
 * while "2.9 billion" does not pass for "2.9 million".
 */
public final class Numbers {

    /**
     * A figure as written and the values that would ground it.
     *
     * @param raw   the value before its scale word: 2.9 of "2.9 million"
     * @param parts the groups of a space-grouped figure: "8 132" may be 8132, or 8 and 132 side by side
     */
    public record Figure(String written, BigDecimal value, BigDecimal raw, List<BigDecimal> parts) {

        public boolean groundedIn(Set<BigDecimal> known) {
            return known.contains(value) || !parts.isEmpty() && known.containsAll(parts);
        }
    }

    /** Digits with thousands groups (comma, space or narrow space) or plain, then an optional decimal part. */
    private static final Pattern DIGITS = Pattern.compile(
            "(?<!\\d)(?<!\\d[.,])(\\d{1,3}(?:[,\u00A0\u202F ]\\d{3})+|\\d+)(?:[.,](\\d+))?(?!\\d)");
    private static final Pattern SPACE_GROUP = Pattern.compile("[\u00A0\u202F ]");
    private static final Pattern SEPARATOR = Pattern.compile("[,\u00A0\u202F ]");
    private static final Pattern SCALE = Pattern.compile("^\\s*(millions?|billions?|milliards?|thousands?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, Long> SCALES = Map.of("million", 1_000_000L, "billion", 1_000_000_000L,
            "milliard", 1_000_000_000L, "thousand", 1_000L);

    private Numbers() {
    }

    public static List<Figure> in(String text, Language language) {
        List<Figure> figures = new ArrayList<>();
        Matcher digits = DIGITS.matcher(text);
        while (digits.find()) {
            String grouped = digits.group(1);
            List<BigDecimal> parts = SPACE_GROUP.matcher(grouped).find() && !grouped.contains(",")
                    ? SPACE_GROUP.splitAsStream(grouped).map(p -> normal(new BigDecimal(p))).toList() : List.of();
            figures.add(scaled(digits.group(), fromDigits(digits), parts, text.substring(digits.end())));
        }
        String folded = Texts.fold(text);
        Matcher words = NumberWords.runs(language).matcher(folded);
        while (words.find()) {
            String run = words.group();
            String after = folded.substring(words.end());
            NumberWords.value(run, language).ifPresentOrElse(
                    value -> figures.add(scaled(run, BigDecimal.valueOf(value), List.of(), after)),
                    () -> NumberWords.each(run, language).forEach((word, value) ->
                            figures.add(new Figure(word, BigDecimal.valueOf(value), BigDecimal.valueOf(value), List.of()))));
        }
        return figures;
    }

    /** Every value a text states: each figure, the figure before its scale word, and the groups of "8 132". */
    public static Set<BigDecimal> known(String text, Language language) {
        Set<BigDecimal> known = new HashSet<>();
        for (Figure figure : in(text, language)) {
            known.add(figure.value());
            known.add(figure.raw());
            known.addAll(figure.parts());
        }
        return known;
    }

    private static BigDecimal fromDigits(Matcher digits) {
        String whole = SEPARATOR.matcher(digits.group(1)).replaceAll("");
        String decimals = digits.group(2);
        return normal(new BigDecimal(decimals == null ? whole : whole + "." + decimals));
    }

    private static Figure scaled(String written, BigDecimal raw, List<BigDecimal> parts, String after) {
        Matcher scale = SCALE.matcher(after);
        if (!scale.find()) {
            return new Figure(written, raw, raw, parts);
        }
        String unit = scale.group(1).toLowerCase().replaceAll("s$", "");
        BigDecimal value = normal(raw.multiply(BigDecimal.valueOf(SCALES.get(unit))));
        return new Figure(written + " " + scale.group(1), value, raw, List.of());
    }

    private static BigDecimal normal(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
