package qc.alubot.knowledge;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import qc.alubot.language.Language;
import qc.alubot.language.Multipliers;
import qc.alubot.language.Numbers;

/**
 * Checks {@code figures.yaml} and {@code timeline.yaml} against the passages: a figure or a year
 * is only answered word for word if its statement and its passage, in both languages, say it.
 */
final class FactsValidator {

    private FactsValidator() {
    }

    static void validate(KnowledgeBase kb, SourceFiles files, Problems problems) {
        Set<String> sources = kb.sources().stream().map(SourcePage::file).collect(Collectors.toSet());
        Set<String> ids = new HashSet<>();
        for (Figure figure : kb.figures()) {
            Origin origin = figure.origin();
            unique(ids, figure.id(), origin, "figure", problems);
            listedSource(figure.source(), sources, origin, problems);
            for (Language language : Language.values()) {
                String where = name(language) + " statement";
                if (!states(figure, figure.statement().in(language), language)) {
                    problems.error(origin.file(), origin.lineOf("statement"), "the " + where + " of figure '" + figure.id()
                            + "' does not contain its value (" + written(figure) + "): write the figure in it exactly");
                }
                passage(kb, files, figure.passage(), language, origin, problems).ifPresent(p -> {
                    if (!states(figure, p.title() + "\n" + p.body(), language)) {
                        problems.error(origin.file(), origin.lineOf("value"), "the value " + written(figure) + " of figure '"
                                + figure.id() + "' is not in the " + name(language) + " passage '" + p.id()
                                + "': a figure must be the one its passage gives");
                    }
                });
            }
        }
        ids.clear();
        for (Milestone milestone : kb.milestones()) {
            Origin origin = milestone.origin();
            unique(ids, milestone.id(), origin, "milestone", problems);
            listedSource(milestone.source(), sources, origin, problems);
            for (Language language : Language.values()) {
                if (!hasYear(milestone.statement().in(language), milestone.from(), language)) {
                    problems.error(origin.file(), origin.lineOf("statement"), "the " + name(language) + " statement of milestone '"
                            + milestone.id() + "' does not contain its year " + milestone.from());
                }
                passage(kb, files, milestone.passage(), language, origin, problems).ifPresent(p -> {
                    if (!hasYear(p.title() + "\n" + p.body(), milestone.from(), language)) {
                        problems.error(origin.file(), origin.lineOf("years"), "the year " + milestone.from() + " of milestone '"
                                + milestone.id() + "' is not in the " + name(language) + " passage '" + p.id() + "'");
                    }
                });
            }
        }
    }

    /** Whether a text gives the figure's value: as a number, a number word, or (goals) a factor like "double". */
    static boolean states(Figure figure, String text, Language language) {
        Set<BigDecimal> known = Numbers.known(text, language);
        return switch (figure.kind()) {
            case GOAL -> Multipliers.in(text).contains(figure.value().intValue()) || known.contains(figure.value());
            case PERIOD -> known.contains(figure.value()) && known.contains(figure.until());
            default -> known.contains(figure.value());
        };
    }

    private static boolean hasYear(String text, int year, Language language) {
        return Numbers.known(text, language).contains(BigDecimal.valueOf(year));
    }

    /** The passage, or empty; reported only when no file holds it (a broken file is reported on its own). */
    private static Optional<Passage> passage(KnowledgeBase kb, SourceFiles files, String id, Language language,
                                             Origin origin, Problems problems) {
        Optional<Passage> passage = kb.passages().stream()
                .filter(p -> p.id().equals(id) && p.language() == language).findFirst();
        boolean fileExists = files.files().containsKey("passages/" + language.code() + "/" + id + ".md");
        if (passage.isEmpty() && language == Language.EN && !fileExists) {
            problems.error(origin.file(), origin.lineOf("passage"), "passage '" + id + "' does not exist");
        }
        return passage;
    }

    private static void unique(Set<String> ids, String id, Origin origin, String what, Problems problems) {
        if (!ids.add(id)) {
            problems.error(origin.file(), origin.lineOf("id"), what + " id '" + id + "' is used twice");
        }
    }

    private static void listedSource(String source, Set<String> sources, Origin origin, Problems problems) {
        if (!sources.contains(SourcePage.fileOf(source))) {
            problems.error(origin.file(), origin.lineOf("source"), "source '" + SourcePage.fileOf(source)
                    + "' is not listed in sources.yaml (write the seed file name, then ' § ', then the section)");
        }
    }

    private static String written(Figure figure) {
        return figure.kind() == Figure.Kind.PERIOD ? figure.value() + "-" + figure.until() : figure.value().toPlainString();
    }

    private static String name(Language language) {
        return language == Language.EN ? "English" : "French";
    }

}
