package qc.alubot.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import qc.alubot.language.Language;
import qc.alubot.language.LanguageDetector;
import qc.alubot.language.Sentences;
import qc.alubot.language.Texts;

/**
 * Whether a reply is written in the investor's language, as a whole and sentence by sentence.
 * What says nothing of the reply's language is left out: asides in parentheses (English
 * passages name French organisations there: "Marlène Deveaux, Chair (Revêtement sur métaux)")
 * and sentences quoted word for word from the passages, which are in the right language by
 * construction even when they hold a French title.
 */
final class LanguageCheck {

    /** A sentence or list item this long in the other language is a wrong-language answer, not a quoted name. */
    private static final int SENTENCE_WORDS = 5;
    /** Characters of a wrong-language sentence quoted in a note. */
    private static final int QUOTED = 60;
    private static final Pattern ASIDE = Pattern.compile("\\([^()]*\\)");
    private static final Pattern LIST_MARK = Pattern.compile("^\\s*(?:[-*•]|\\d+[.)])\\s+");

    private final LanguageDetector detector = new LanguageDetector();

    /**
     * Why the text is not in {@code language}, or empty when it is or cannot be told: a terse
     * sentence without function words ("Québec's service offer counts 132 recyclers") shows no
     * language, and refusing it would refuse honest answers.
     */
    Optional<String> problem(String text, Language language, Predicate<String> quoted) {
        List<String> units = units(text).stream().filter(quoted.negate())
                .map(unit -> ASIDE.matcher(unit).replaceAll(" ")).toList();
        String all = String.join("\n", units);
        Optional<Language> detected = detector.detect(all);
        if (detected.isPresent() && detected.get() != language) {
            return Optional.of("written in " + detected.get().code() + ", not " + language.code());
        }
        return units.stream()
                .filter(unit -> Texts.words(unit).size() >= SENTENCE_WORDS)
                .filter(unit -> detector.detect(unit).filter(found -> found != language).isPresent())
                .findFirst()
                .map(unit -> "a sentence is in " + language.other().code() + ": \"" + abbreviated(unit) + "\"");
    }

    /** Sentences of prose, and each item of a list on its own. */
    private static List<String> units(String text) {
        List<String> units = new ArrayList<>();
        for (String sentence : Sentences.of(text)) {
            if (sentence.contains("\n")) {
                sentence.lines().map(line -> LIST_MARK.matcher(line).replaceFirst("").strip())
                        .filter(line -> !line.isEmpty()).forEach(units::add);
            } else {
                units.add(sentence);
            }
        }
        return units;
    }

    private static String abbreviated(String sentence) {
        return sentence.length() <= QUOTED ? sentence : sentence.substring(0, QUOTED) + "…";
    }
}
