package qc.alubot.logbook;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import qc.alubot.language.AnalyzerCache;
import qc.alubot.language.Analyzers;
import qc.alubot.language.Texts;

/**
 * Groups questions that ask the same thing in other words ("How many people work in the
 * smelters?", "smelter employees?"), so a maintainer sees what to add to the knowledge and how
 * often it was asked. Exact repetitions arrive merged already ({@link AskedQuestion}); here
 * questions are compared by their stemmed terms, with the project's own analyzers. Each group
 * is led by its newest question, and a question joins the group whose leader it overlaps most,
 * if enough. Only groups sharing a term are compared, and each question's terms are remembered
 * (the same questions come back at every page view), so thousands of questions group in milliseconds.
 */
public final class QuestionGroups {

    /** Distinct questions whose terms are remembered: several pages of a busy list, a few megabytes. */
    static final int REMEMBERED = 20_000;

    /**
     * Share of terms (Jaccard) a question must have in common with a group's leader to join it: half
     * keeps "smelter employees" with "how many employees work at the smelters", and apart from
     * "smelter output".
     */
    static final double MIN_OVERLAP = 0.5;
    /** Where questions without a single word ("???") are indexed: they all group together. */
    private static final String NO_TERMS = "";

    private final Cache<String, Set<String>> remembered = Caffeine.newBuilder().maximumSize(REMEMBERED).build();

    /** A set of similar questions, newest first. */
    public record Group(List<AskedQuestion> questions, Set<String> terms) {

        /** How often the group was asked, repetitions included. */
        public long count() {
            return questions.stream().mapToLong(AskedQuestion::count).sum();
        }

        public AskedQuestion newest() {
            return questions.get(0);
        }

        public Instant lastAsked() {
            return newest().newest().askedAt();
        }

        /** Every question's key: what marking the group marks. */
        public List<String> keys() {
            return questions.stream().map(AskedQuestion::key).toList();
        }

        /** The staff's latest decision about any of its questions, or null. */
        public Mark mark() {
            return questions.stream().map(AskedQuestion::mark).filter(m -> m != null)
                    .max(Comparator.comparing(Mark::at)).orElse(null);
        }

        /** Whether some of it was marked handled and is asked again, still unanswered. */
        public boolean back() {
            return questions.stream().anyMatch(AskedQuestion::back);
        }
    }

    /** Groups {@code newestFirst}; the most asked groups come first, equally asked ones most recent first. */
    public List<Group> of(List<AskedQuestion> newestFirst) {
        List<Builder> groups = new ArrayList<>();
        Map<String, List<Builder>> byTerm = new HashMap<>();
        for (AskedQuestion question : newestFirst) {
            Set<String> terms = terms(question.newest());
            Builder best = closest(terms, byTerm);
            if (best == null) {
                best = new Builder(terms);
                groups.add(best);
                for (String term : best.terms.isEmpty() ? Set.of(NO_TERMS) : best.terms) {
                    byTerm.computeIfAbsent(term, t -> new ArrayList<>()).add(best);
                }
            }
            best.questions.add(question);
        }
        return groups.stream().map(g -> new Group(List.copyOf(g.questions), g.terms))
                .sorted(Comparator.comparingLong(Group::count).reversed()) // stable: ties stay newest first
                .toList();
    }

    /**
     * The group sharing most with these terms, if it shares enough; only groups with a term in common can.
     * Shared terms are counted while walking the index, so no set is copied per candidate; candidates are
     * weighed in the order they are met, and the first of equals wins.
     */
    private static Builder closest(Set<String> terms, Map<String, List<Builder>> byTerm) {
        Map<Builder, Integer> shared = new LinkedHashMap<>();
        for (String term : terms.isEmpty() ? Set.of(NO_TERMS) : terms) {
            byTerm.getOrDefault(term, List.of()).forEach(candidate -> shared.merge(candidate, 1, Integer::sum));
        }
        Builder best = null;
        double bestOverlap = MIN_OVERLAP;
        for (Map.Entry<Builder, Integer> candidate : shared.entrySet()) {
            double overlap = overlap(candidate.getKey().terms.size(), terms.size(), terms.isEmpty() ? 0 : candidate.getValue());
            if (overlap >= bestOverlap && (best == null || overlap > bestOverlap)) {
                best = candidate.getKey();
                bestOverlap = overlap;
            }
        }
        return best;
    }

    private Set<String> terms(Exchange exchange) {
        return remembered.get(exchange.language().code() + "|" + exchange.question(), key -> analyse(exchange));
    }

    private static Set<String> analyse(Exchange exchange) {
        Set<String> terms = new LinkedHashSet<>(Analyzers.terms(AnalyzerCache.get(exchange.language()), exchange.question()));
        return terms.isEmpty() ? new LinkedHashSet<>(Texts.words(exchange.question())) : terms;
    }

    /** Jaccard overlap of two sets of these sizes with {@code common} terms in common; two empty sets are alike. */
    private static double overlap(int a, int b, int common) {
        return a == 0 && b == 0 ? 1 : (double) common / (a + b - common);
    }

    private static final class Builder {
        private final Set<String> terms;
        private final List<AskedQuestion> questions = new ArrayList<>();

        Builder(Set<String> terms) {
            this.terms = Set.copyOf(terms);
        }
    }
}
