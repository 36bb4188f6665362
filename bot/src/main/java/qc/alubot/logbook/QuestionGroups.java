package qc.alubot.logbook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import qc.alubot.language.AnalyzerCache;
import qc.alubot.language.Analyzers;
import qc.alubot.language.Texts;

/**
 * Groups questions that ask the same thing in other words ("How many people work in the
 * smelters?", "smelter employees?"), so a maintainer sees what to add to the knowledge and how
 * often it was asked. Questions are compared by their stemmed terms, with the project's own
 * analyzers; each group is led by its newest question, and a question joins the group whose
 * leader it overlaps most, if enough.
 */
public final class QuestionGroups {

    /**
     * Share of terms (Jaccard) a question must have in common with a group's leader to join it: half
     * keeps "smelter employees" with "how many employees work at the smelters", and apart from
     * "smelter output".
     */
    static final double MIN_OVERLAP = 0.5;

    private QuestionGroups() {
    }

    /** A set of similar questions, newest first. */
    public record Group(List<Exchange> questions, Set<String> terms) {

        public int count() {
            return questions.size();
        }

        public Exchange newest() {
            return questions.get(0);
        }
    }

    /** Groups {@code newestFirst}; the most asked groups come first, equally asked ones most recent first. */
    public static List<Group> of(List<Exchange> newestFirst) {
        List<Builder> groups = new ArrayList<>();
        for (Exchange exchange : newestFirst) {
            Set<String> terms = terms(exchange);
            groups.stream().filter(g -> overlap(g.terms, terms) >= MIN_OVERLAP)
                    .max(Comparator.comparingDouble(g -> overlap(g.terms, terms)))
                    .ifPresentOrElse(g -> g.questions.add(exchange), () -> groups.add(new Builder(exchange, terms)));
        }
        return groups.stream().map(g -> new Group(List.copyOf(g.questions), g.terms))
                .sorted(Comparator.comparingInt(Group::count).reversed()) // stable: ties stay newest first
                .toList();
    }

    private static Set<String> terms(Exchange exchange) {
        Set<String> terms = new LinkedHashSet<>(Analyzers.terms(AnalyzerCache.get(exchange.language()), exchange.question()));
        return terms.isEmpty() ? new LinkedHashSet<>(Texts.words(exchange.question())) : terms;
    }

    private static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return (double) common.size() / (a.size() + b.size() - common.size());
    }

    private static final class Builder {
        private final Set<String> terms;
        private final List<Exchange> questions = new ArrayList<>();

        Builder(Exchange leader, Set<String> terms) {
            this.terms = Set.copyOf(terms);
            questions.add(leader);
        }
    }
}
