package qc.alubot.answer;

import java.util.Optional;
import java.util.regex.Pattern;
import qc.alubot.knowledge.Figure;
import qc.alubot.language.Texts;
import qc.alubot.understanding.Asked;
import qc.alubot.understanding.Mention;
import qc.alubot.understanding.Part;

/**
 * A figure's value asked of something the figure does not measure: a part of it ("of the 923
 * customers, how many are automotive?") or another time ("ten years ago"). The sources give the
 * whole and today's value only, and {@link FigureStep} says so before giving them.
 */
final class OtherValues {

    private OtherValues() {
    }

    /** "Of the 923…", "parmi les 1 400…", "how much of the 2.9 million…": a part of the figure quoted just after. */
    private static final Pattern PARTITIVE = Pattern.compile(
            "\\b(?:of the|of those|of these|of its|of their|out of the|out of|among the|among|parmi les|parmi ces|sur les|sur ces|des|de ces)\\s+$");

    /** "How many of Québec's processors…", "combien des transformateurs…": a part of the subject named just after. */
    private static final Pattern PART_OF_SUBJECT = Pattern.compile("\\b(?:how many of|how much of|what share of|"
            + "what proportion of|what percentage of|combien des|combien d'entre|quelle part des|quelle proportion des|"
            + "quel pourcentage des)(?:\\s+\\S+){0,2}$");
    /** "Ten years ago", "il y a dix ans", "the trend": a value at another time than the figure's. */
    private static final Pattern ANOTHER_TIME = Pattern.compile("\\b(?:years? ago|decades? ago|years? (?:before|earlier|prior)|"
            + "il y a \\S+ ans|il y a une decennie|ans plus tot|over the (?:past|last) \\S+ years|au cours des \\S+ dernieres annees|"
            + "dernieres annees|trend|tendance|evolution|grown|growing|croissance historique|historical|historique|"
            + "(?:added|grown|grew|increased|risen|rose|changed|created) since|been added|"
            + "(?:ajoute|augmente|cree|cre)e?s? depuis)\\b");
    /** "Site by site", "usine par usine", "per smelter": the whole split by its units, which the sources do not give. */
    private static final Pattern BY_UNIT = Pattern.compile("\\b(?:site by site|by site|per site|plant by plant|per plant|"
            + "by plant|smelter by smelter|per smelter|by smelter|for each smelter|company by company|per company|"
            + "by company|usine par usine|par usine|site par site|par site|par aluminerie|aluminerie par aluminerie|"
            + "pour chaque aluminerie|entreprise par entreprise|par entreprise)\\b");

    /**
     * "Of the 923 manufacturer customers, how many are in automotive?", "how many of Québec's
     * processors are foreign-owned?": the question asks for a part of a figure, a breakdown the
     * sources do not give. The figure is quoted (rightly) after "of the", or its subject named
     * after "how many of".
     */
    static Optional<Figure> partOf(Part part) {
        String text = Texts.fold(part.searchText());
        boolean split = BY_UNIT.matcher(text).find();
        if (!part.asksAny(Asked.COUNT, Asked.AMOUNT, Asked.SHARE) && !split || FigureStep.isYesNo(part) && !split
                || part.asks(Asked.INSTRUCTION)) {
            return Optional.empty();
        }
        Optional<Figure> quoted = part.premises().stream().filter(p -> p.agrees() && p.figure().isPresent())
                .filter(p -> {
                    int at = text.indexOf(Texts.fold(p.asserted()));
                    return at > 0 && PARTITIVE.matcher(text.substring(0, at)).find();
                })
                .findFirst().flatMap(p -> p.figure());
        if (quoted.isEmpty() && BY_UNIT.matcher(text).find()) {
            return FigureStep.chosen(part);
        }
        return quoted.or(() -> part.named().figures().stream()
                .filter(m -> m.value().kind() == Figure.Kind.COUNT)
                .filter(m -> m.start() <= part.analyzed().text().length()
                        && PART_OF_SUBJECT.matcher(Texts.fold(part.analyzed().text().substring(0, m.start()))).find())
                .map(Mention::value).findFirst());
    }

    /** "What was Québec's primary output ten years ago?": the sources give today's value only. */
    static boolean atAnotherTime(Part part, Figure figure) {
        return FigureStep.DESCRIPTIVE.contains(figure.kind()) && (FigureStep.valueAsked(part, figure) || part.asksAny(Asked.SIZE, Asked.COMPARE))
                && ANOTHER_TIME.matcher(Texts.fold(part.searchText())).find();
    }
}
