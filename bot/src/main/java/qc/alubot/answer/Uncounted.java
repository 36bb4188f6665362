package qc.alubot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import qc.alubot.knowledge.Category;
import qc.alubot.knowledge.Figure;
import qc.alubot.language.EditDistance;
import qc.alubot.language.Language;
import qc.alubot.language.LanguageDetector;
import qc.alubot.language.Texts;
import qc.alubot.understanding.Asked;
import qc.alubot.understanding.Mention;
import qc.alubot.understanding.Named;
import qc.alubot.understanding.Part;

/**
 * "Combien d'étudiants…", "how much electricity…", "how much did Alcan invest…": what a count or
 * an amount is asked of, when it is nothing the files count (no figure, cue, category, company,
 * place or person): the sources give no such figure, and the answer says so.
 */
final class Uncounted {

    private Uncounted() {
    }

    /** Words that say what is counted without naming anything the files count: "how many companies…". */
    private static final Set<String> GENERIC = Set.of("companies", "company", "firms", "firm", "businesses",
            "entreprises", "entreprise", "compagnies", "societes", "players", "acteurs", "organisations",
            "organizations", "things", "choses", "types", "kinds", "sortes", "genres");
    /** What a count or an amount is asked of stands right after these. */
    private static final List<Pattern> COUNTING = Stream.of("how many", "how much", "combien de", "combien d",
            "number of", "nombre de", "nombre d", "nb de", "nb d", "cmb de", "cmb d")
            .map(phrase -> Pattern.compile("\\b" + phrase + "\\b")).toList();
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d][\\p{L}\\d-]*");
    /** "Sur combien d'années ?", "how many years": a duration, which the period figures tell. */
    private static final Set<String> DURATIONS = Set.of("years", "year", "annees", "annee", "ans", "an", "months",
            "mois", "times", "fois", "days", "jours", "editions", "time", "temps");
    /** "Combien de millions de tonnes…": a unit or a magnitude stands before what is counted. */
    private static final Set<String> UNITS = Set.of("million", "millions", "milliard", "milliards", "billion", "billions",
            "thousand", "thousands", "millier", "milliers", "tonnes", "tonne", "tons", "ton", "metric", "metriques",
            "dollars", "dollar", "percent", "pourcent", "kilos", "kg", "mt");
    /** "How much did Alcan invest": a verb follows, not what is counted. */
    private static final Set<String> AUXILIARIES = Set.of("do", "does", "did", "is", "are", "was", "were", "has",
            "have", "had", "will", "would", "can", "could", "should");

    /**
     * "Combien d'étudiants…", "how much electricity…": the word right after "how many" or
     * "combien de", when it is nothing the files count (no figure, cue, category, company, place
     * or person): the sources give no such figure.
     */
    static Optional<String> in(Part part, Context context) {
        return in(part, countedWords(context));
    }

    private static Optional<String> in(Part part, Set<String> counted) {
        boolean aboutTheCluster = part.named().scope() == Named.Scope.IN || part.named().scope() == Named.Scope.UNKNOWN
                && (!part.named().figures().isEmpty() || !part.named().figureCues().isEmpty());
        if (!part.asksAny(Asked.COUNT, Asked.AMOUNT) || !aboutTheCluster
                || part.asksAny(Asked.FREQUENCY, Asked.PERIOD, Asked.WHEN, Asked.SHARE)) {
            return Optional.empty();
        }
        String text = part.text();
        String folded = Texts.fold(text).replace('’', '\'');
        int after = -1;
        for (Pattern phrase : COUNTING) {
            Matcher matcher = phrase.matcher(folded);
            if (matcher.find()) {
                after = matcher.end();
                break;
            }
        }
        if (after < 0) {
            return Optional.empty();
        }
        Matcher word = WORD.matcher(folded);
        boolean verbFollows = false;
        boolean subjectSeen = false;
        boolean unitSaid = false;
        while (word.find(after)) {
            String w = word.group();
            after = word.end();
            if (!verbFollows && AUXILIARIES.contains(w)) {
                if (unitSaid) {
                    return Optional.empty(); // "how many tonnes … do the smelters put out?": a quantity in its unit
                }
                verbFollows = true; // "how much did Alcan invest": what is asked is the verb's, past its subject
                continue;
            }
            unitSaid |= UNITS.contains(w);
            if (GENERIC.contains(w) || DURATIONS.contains(w) || verbFollows && AUXILIARIES.contains(w)) {
                return Optional.empty();
            }
            if (w.length() < 2 || w.matches("[\\d.,]+") || LanguageDetector.isFunctionWord(w) || setting(w) || UNITS.contains(w)) {
                continue;
            }
            int start = word.start();
            int end = word.end();
            Named named = part.named();
            if (verbFollows && (start < text.length() && Character.isUpperCase(text.charAt(start))
                    || mentioned(named, start, end))) {
                if (subjectSeen && mentioned(named, start, end)) {
                    return Optional.empty(); // "how much does Alouette produce": the verb is what the files count
                }
                subjectSeen = true;
                continue; // the subject: "Alcan", "the smelters"
            }
            List<Mention<?>> known = new ArrayList<>();
            known.addAll(named.figures());
            known.addAll(named.figureCues());
            known.addAll(named.categoryMentions());
            known.addAll(named.milestones());
            boolean isKnown = !part.followUp() && known.stream().anyMatch(m -> start < m.end() && m.start() < end)
                    || countedWord(w, counted)
                    || named.companies().stream().anyMatch(c -> c.names().anyMatch(n -> Texts.wordLine(n).contains(" " + w + " ")))
                    || named.places().stream().anyMatch(p -> Texts.wordLine(p).contains(" " + w + " "))
                    || !named.people().isEmpty() || !named.details().isEmpty();
            return isKnown ? Optional.empty() : Optional.of(text.substring(start, end));
        }
        return Optional.empty();
    }

    private static boolean mentioned(Named named, int start, int end) {
        List<Mention<?>> known = new ArrayList<>();
        known.addAll(named.figures());
        known.addAll(named.figureCues());
        known.addAll(named.categoryMentions());
        return known.stream().anyMatch(m -> start < m.end() && m.start() < end);
    }

    /** The words of every figure's names and cues, and of every category's names, folded. */
    private static Set<String> countedWords(Context context) {
        Set<String> words = new java.util.HashSet<>();
        for (Language language : Language.values()) {
            for (Figure figure : context.knowledge().figures()) {
                figure.namesIn(language).forEach(name -> words.addAll(Texts.words(name)));
                figure.cuesIn(language).forEach(cue -> words.addAll(Texts.words(cue)));
            }
            for (qc.alubot.knowledge.Category category : context.knowledge().categories()) {
                words.addAll(Texts.words(category.label().in(language)));
                category.aliasesIn(language).forEach(alias -> words.addAll(Texts.words(alias)));
            }
        }
        return words;
    }

    /** A word the files count with, as written or with a typo in a longer word ("alumineris"). */
    private static boolean countedWord(String word, Set<String> counted) {
        int tolerance = word.length() >= 8 ? 2 : word.length() >= 5 ? 1 : 0;
        return counted.contains(word) || tolerance > 0
                && counted.stream().anyMatch(c -> Math.abs(c.length() - word.length()) <= tolerance
                && EditDistance.between(c, word) <= tolerance);
    }

    /** A setting word, or one typo away from one ("aluminim"). */
    private static boolean setting(String word) {
        return FigureStep.SETTING.contains(word) || word.length() >= 5
                && FigureStep.SETTING.stream().anyMatch(s -> s.length() >= 5 && EditDistance.between(s, word) <= 1);
    }
}
