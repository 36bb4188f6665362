package qc.alubot.knowledge;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import qc.alubot.language.Language;
import qc.alubot.language.Numbers;

/** Reads {@code figures.yaml}: the cluster's figures, each with its subject's names and its passage. */
final class FiguresReader {

    static final Set<String> FIELDS = Set.of("id", "kind", "value", "at_least", "label", "statement", "names", "cues",
            "passage", "source");
    private static final Pattern PERIOD = Pattern.compile("(\\d{4})\\s*[-–]\\s*(\\d{4})");

    private FiguresReader() {
    }

    static List<Figure> read(String file, String text, Problems problems) {
        List<Figure> figures = new ArrayList<>();
        Yamls.parse(file, text, 0, problems).ifPresent(root -> {
            root.allowOnly(Set.of("figures"));
            root.mapList("figures").forEach(entry -> toFigure(entry).ifPresent(figures::add));
        });
        return figures;
    }

    private static Optional<Figure> toFigure(YamlMap entry) {
        entry.allowOnly(FIELDS);
        String id = entry.requiredText("id");
        Figure.Kind kind = kind(entry);
        String written = entry.requiredText("value");
        Localized label = Localizeds.required(entry, "label");
        Localized statement = Localizeds.required(entry, "statement");
        String passage = entry.requiredText("passage");
        String source = entry.requiredText("source");
        var names = Localizeds.lists(entry, "names");
        for (Language language : Language.values()) {
            if (names.getOrDefault(language, List.of()).isEmpty()) {
                entry.problems().error(entry.file(), entry.lineOf("names"), "figure '" + id + "' needs names in '"
                        + language.code() + "': the words investors use for its subject, like [smelters, smelting plants]");
            }
        }
        if (id == null || kind == null || written == null || label == null || statement == null || passage == null
                || source == null) {
            return Optional.empty();
        }
        BigDecimal[] value = value(entry, kind, written);
        if (value == null) {
            return Optional.empty();
        }
        boolean atLeast = entry.optionalText("at_least").map(v -> v.equals("true")).orElse(false);
        return Optional.of(new Figure(id, kind, value[0], value[1], atLeast, label, statement, names,
                Localizeds.lists(entry, "cues"), passage, source, entry.origin()));
    }

    private static Figure.Kind kind(YamlMap entry) {
        String text = entry.requiredText("kind");
        if (text == null) {
            return null;
        }
        return Figure.Kind.parse(text).orElseGet(() -> {
            entry.problems().error(entry.file(), entry.lineOf("kind"), "kind must be one of count, amount, share, goal, "
                    + "period, frequency, not '" + text + "'");
            return null;
        });
    }

    /** The value and, for a period, its last year; null (reported) when unreadable. */
    private static BigDecimal[] value(YamlMap entry, Figure.Kind kind, String written) {
        if (kind == Figure.Kind.PERIOD) {
            Matcher period = PERIOD.matcher(written);
            if (period.matches()) {
                return new BigDecimal[] {new BigDecimal(period.group(1)), new BigDecimal(period.group(2))};
            }
            entry.problems().error(entry.file(), entry.lineOf("value"), "a period is written as two years, like 2015-2025, not '"
                    + written + "'");
            return null;
        }
        List<Numbers.Figure> found = Numbers.in(written, Language.EN);
        if (found.size() != 1) {
            entry.problems().error(entry.file(), entry.lineOf("value"), "value should be one number, like 8, 1,400, "
                    + "2.9 million or 60%, not '" + written + "'");
            return null;
        }
        return new BigDecimal[] {found.get(0).value(), null};
    }
}
