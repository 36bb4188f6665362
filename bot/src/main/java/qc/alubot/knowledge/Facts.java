package qc.alubot.knowledge;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import qc.alubot.language.Language;

/**
 * The structured facts: figures from {@code figures.yaml}, milestones from {@code timeline.yaml}.
 *
 * @param timelineNames what investors call the timeline as a whole ("history", "key dates"), per language
 */
public record Facts(List<Figure> figures, List<Milestone> milestones, Map<Language, List<String>> timelineNames) {

    public Facts {
        figures = List.copyOf(figures);
        milestones = milestones.stream().sorted(Comparator.comparingInt(Milestone::from)).toList();
        timelineNames = Map.copyOf(timelineNames);
    }

    public static Facts none() {
        return new Facts(List.of(), List.of(), Map.of());
    }
}
