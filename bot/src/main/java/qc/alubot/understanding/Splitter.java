package qc.alubot.understanding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import qc.alubot.knowledge.Figure;
import qc.alubot.knowledge.Milestone;
import qc.alubot.language.Texts;

/**
 * One question about several subjects joined by "and" ("How many smelters and recyclers?",
 * "When were CQRDA and AVS founded?") becomes one part per subject, each asking the same thing.
 * Subjects not joined ("How many people work for processors?") stay one question about the first.
 */
final class Splitter {

    /** What joins two subjects, besides a comma, "&" or "/". */
    private static final Set<String> COORDINATORS = Set.of("and", "et", "or", "ou", "plus", "also", "aussi", "as", "pis",
            "puis", "with", "avec");
    /** What may stand between two joined subjects. */
    private static final Set<String> JOINING = Set.of("and", "et", "or", "ou", "as", "well", "plus", "also", "aussi",
            "the", "le", "la", "les", "l", "de", "des", "du", "d", "of", "how", "many", "much", "combien", "number",
            "nombre", "a", "an", "its", "their", "leurs", "ses", "aluminum", "aluminium", "en", "in", "pis", "puis", "with",
            "avec", "firms", "companies", "businesses", "entreprises", "compagnies", "firmes");

    /** The texts of the questions the part asks: itself, or one per joined subject. */
    List<String> split(Part part) {
        if (part.asks(Asked.COMPARE)) {
            return List.of(part.text());
        }
        if (part.asksForAValue()) {
            List<Mention<Figure>> joined = joined(part, part.named().figures(), Mention::value, Splitter::words);
            if (joined.size() > 1) {
                return joined.stream().map(m -> focus(part.text(), m, joined)).toList();
            }
        }
        if (part.asks(Asked.WHEN)) {
            List<Mention<Milestone>> joined = joined(part, part.named().milestones(), Mention::value, m -> Set.of());
            if (joined.size() > 1) {
                return joined.stream().map(m -> focus(part.text(), m, joined)).toList();
            }
        }
        return List.of(part.text());
    }

    /** The distinct subjects named side by side with only joining words between them, in order; or none. */
    /** The words of a figure's names: "the supply chain of specialized suppliers and…" names suppliers twice. */
    private static Set<String> words(Mention<Figure> mention) {
        Set<String> words = new java.util.HashSet<>();
        for (qc.alubot.language.Language language : qc.alubot.language.Language.values()) {
            mention.value().namesIn(language).forEach(name -> words.addAll(Texts.words(name)));
        }
        return words;
    }

    private static <T> List<Mention<T>> joined(Part part, List<Mention<T>> mentions, Function<Mention<T>, Object> key,
                                               Function<Mention<T>, Set<String>> ownWords) {
        List<Mention<T>> ordered = new ArrayList<>(mentions);
        ordered.sort(Comparator.comparingInt(Mention::start));
        List<Mention<T>> kept = new ArrayList<>();
        for (Mention<T> mention : ordered) {
            boolean overlaps = kept.stream().anyMatch(k -> mention.start() < k.end() && k.start() < mention.end());
            if (!overlaps) {
                // a subject named twice ("the supply chain of specialized suppliers") stands where last named
                kept.removeIf(k -> key.apply(k).equals(key.apply(mention)));
                kept.add(mention);
            }
        }
        if (kept.size() < 2) {
            return List.of();
        }
        // the longest run of subjects joined to each other: "the vendor base behind the smelters, in terms of
        // specialist suppliers and equipment OEMs" asks of the last two, the smelters being their setting
        String text = part.text();
        List<Mention<T>> best = List.of();
        int runStart = 0;
        for (int i = 1; i <= kept.size(); i++) {
            if (i == kept.size() || !joinedTo(text, kept.get(i - 1), kept.get(i), ownWords)) {
                if (i - runStart >= 2 && i - runStart >= best.size()) {
                    best = kept.subList(runStart, i);
                }
                runStart = i;
            }
        }
        return List.copyOf(best);
    }

    /**
     * Whether only joining words stand between the two subjects, read back from the second: the
     * first restated just before ("the number of processing firms and the number of…", where
     * "downstream ecosystem" named the processors first) is where it stands.
     */
    private static <T> boolean joinedTo(String text, Mention<T> before, Mention<T> mention,
                                        Function<Mention<T>, Set<String>> ownWords) {
        String between = text.substring(Math.min(before.end(), mention.start()), mention.start());
        Set<String> own = ownWords.apply(before);
        List<String> words = Texts.words(between);
        boolean coordinated = false;
        for (int i = words.size() - 1; i >= 0; i--) {
            String word = words.get(i);
            if (JOINING.contains(word)) {
                coordinated |= COORDINATORS.contains(word);
                continue;
            }
            if (own.contains(word)) {
                return coordinated; // the first subject, restated
            }
            return false;
        }
        return coordinated || between.contains(",") || between.contains("&") || between.contains("/");
    }

    /** "How many smelters and recyclers are there?" focused on recyclers: "How many recyclers are there?". */
    private static String focus(String text, Mention<?> chosen, List<? extends Mention<?>> all) {
        int first = all.get(0).start();
        int last = all.get(all.size() - 1).end();
        return (text.substring(0, first) + text.substring(chosen.start(), chosen.end()) + text.substring(last)).strip();
    }
}
