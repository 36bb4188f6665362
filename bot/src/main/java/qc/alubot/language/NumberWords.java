package qc.alubot.language;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Number words read as values, per language ("seize" and "sept" are English words too), so
 * "eight smelters", "huit alumineries" and "8" compare equal. "One", "un" and "une" are left
 * out: they are pronouns and articles far more often than figures.
 */
final class NumberWords {

    private static final Map<String, Integer> ENGLISH = Map.ofEntries(
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("hundred", 100), Map.entry("thousand", 1000), Map.entry("dozen", 12));
    private static final Map<String, Integer> FRENCH = Map.ofEntries(
            Map.entry("deux", 2), Map.entry("trois", 3), Map.entry("quatre", 4), Map.entry("cinq", 5), Map.entry("six", 6),
            Map.entry("sept", 7), Map.entry("huit", 8), Map.entry("neuf", 9), Map.entry("dix", 10), Map.entry("onze", 11),
            Map.entry("douze", 12), Map.entry("treize", 13), Map.entry("quatorze", 14), Map.entry("quinze", 15),
            Map.entry("seize", 16), Map.entry("vingt", 20), Map.entry("vingts", 20), Map.entry("trente", 30),
            Map.entry("quarante", 40), Map.entry("cinquante", 50), Map.entry("soixante", 60), Map.entry("cent", 100),
            Map.entry("cents", 100), Map.entry("mille", 1000), Map.entry("douzaine", 12));
    private static final Map<Language, Map<String, Integer>> VALUES = new EnumMap<>(Map.of(
            Language.EN, ENGLISH, Language.FR, FRENCH));
    private static final Map<Language, Pattern> RUNS = new EnumMap<>(Map.of(
            Language.EN, runs(ENGLISH), Language.FR, runs(FRENCH)));

    private NumberWords() {
    }

    /**
     * Runs of number words in folded text: "vingt-deux", "quatre-vingt-dix", "two hundred".
     * "Per cent" and "pour cent" are a percent sign, not a hundred.
     */
    static Pattern runs(Language language) {
        return RUNS.get(language);
    }

    private static Pattern runs(Map<String, Integer> words) {
        String alternation = words.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\p{L}-])(?<!\\bper )(?<!\\bpour )(?:" + alternation + ")(?:(?:-et-| et |-| )(?:"
                + alternation + "))*(?![\\p{L}-])");
    }

    /** The value of a run, or empty when the words do not make one number ("two eight"). */
    static Optional<Integer> value(String run, Language language) {
        int total = 0;
        int current = 0;
        int previous = Integer.MAX_VALUE;
        for (String word : words(run)) {
            int value = VALUES.get(language).get(word);
            if (value == 100 || value == 20 && current == 4) {
                current = Math.max(current, 1) * value;
            } else if (value == 1000) {
                total += Math.max(current, 1) * 1000;
                current = 0;
            } else if (value < previous || current == 0) {
                current += value;
            } else {
                return Optional.empty();
            }
            previous = value;
        }
        return Optional.of(total + current);
    }

    /** Each word of a run on its own: "two eight" is two figures. */
    static Map<String, Integer> each(String run, Language language) {
        return words(run).stream().distinct().collect(Collectors.toMap(w -> w, w -> VALUES.get(language).get(w)));
    }

    private static java.util.List<String> words(String run) {
        return java.util.List.of(run.split("-et-| et |-| "));
    }
}
