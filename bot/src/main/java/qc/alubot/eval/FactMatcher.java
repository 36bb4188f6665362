package qc.alubot.eval;

import java.util.regex.Pattern;
import qc.alubot.language.Texts;

/**
 * Compares expected facts with answers the way a reader would: case, accents, spacing and
 * number formats ("1,400" = "1 400", "2,9" = "2.9", "60 %" = "60%") do not matter.
 */
final class FactMatcher {

    private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d)[, ](?=\\d{3}(?!\\d))");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("(?<=\\d),(?=\\d)");
    private static final Pattern PERCENT = Pattern.compile("(?<=\\d) %");

    private FactMatcher() {
    }

    static String normalise(String text) {
        String folded = Texts.fold(text);
        folded = THOUSANDS.matcher(folded).replaceAll("");
        folded = DECIMAL_COMMA.matcher(folded).replaceAll(".");
        return PERCENT.matcher(folded).replaceAll("%");
    }

    static boolean contains(String answer, String fact) {
        return normalise(answer).contains(normalise(fact));
    }
}
