package qc.alubot.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import qc.alubot.language.Language;

/**
 * An evaluation set, read from a file of {@code tests/eval/}.
 *
 * @param role        {@code regression}, {@code development} or {@code held-out}: a held-out set measures
 *                    how the bot generalises, so its failures are not printed unless asked for
 * @param bar         the share of cases that must pass
 * @param categoryBar the share of cases that must pass in every category
 * @param declinedBar the share of out-of-scope cases that must be declined (all, unless the set says)
 */
public record EvalSet(Path file, String role, double bar, double categoryBar, double declinedBar, List<EvalCase> cases) {

    public static final String HELD_OUT = "held-out";

    public EvalSet {
        cases = List.copyOf(cases);
    }

    @Override
    public String toString() {
        return name() + " (" + role + ", " + cases.size() + " cases)";
    }

    public boolean heldOut() {
        return HELD_OUT.equals(role);
    }

    public String name() {
        String file = this.file.getFileName().toString();
        return file.endsWith(".yaml") ? file.substring(0, file.length() - 5) : file;
    }

    /** Every set of a folder, in file-name order; or the one file given. */
    public static List<EvalSet> readAll(Path fileOrFolder) throws IOException {
        if (!Files.isDirectory(fileOrFolder)) {
            return List.of(read(fileOrFolder));
        }
        List<EvalSet> sets = new ArrayList<>();
        try (var files = Files.list(fileOrFolder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                sets.add(read(file));
            }
        }
        return sets;
    }

    public static EvalSet read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            List<EvalCase> cases = new ArrayList<>();
            for (Object item : list(root, "cases")) {
                cases.add(toCase(map(item)));
            }
            String role = root.containsKey("role") ? String.valueOf(root.get("role")) : "regression";
            return new EvalSet(file, role, share(root, "bar", EvalReport.PASS_THRESHOLD), share(root, "category_bar", 0),
                    share(root, "declined_bar", 1.0), cases);
        } catch (RuntimeException e) {
            throw new IOException(file + " is not a valid evaluation set: " + e.getMessage(), e);
        }
    }

    private static double share(Map<String, Object> root, String key, double fallback) {
        Object value = root.get(key);
        return value == null ? fallback : Double.parseDouble(String.valueOf(value));
    }

    private static EvalCase toCase(Map<String, Object> item) {
        String id = text(item, "id");
        Language language = Language.parse(text(item, "lang"))
                .orElseThrow(() -> new IllegalArgumentException("case " + id + ": lang must be en or fr"));
        List<EvalCase.Turn> turns = new ArrayList<>();
        for (Object turn : list(item, "turns")) {
            Map<String, Object> fields = map(turn);
            Map<String, Object> expect = fields.containsKey("expect") ? map(fields.get("expect")) : Map.of();
            Optional<Language> answerLanguage = Optional.of(optional(fields, "answer_lang")).filter(l -> !l.isEmpty())
                    .map(l -> Language.parse(l).orElseThrow(() -> new IllegalArgumentException(
                            "case " + id + ": answer_lang must be en or fr")));
            turns.add(new EvalCase.Turn(text(fields, "ask"), new EvalCase.Expectation(strings(expect, "all"),
                    strings(expect, "any"), strings(expect, "none"), optional(expect, "outcome"), optional(expect, "route")),
                    answerLanguage));
        }
        return new EvalCase(id, text(item, "category"), language, turns);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new IllegalArgumentException("expected fields, found " + value);
    }

    private static List<?> list(Map<String, Object> map, String key) {
        if (map != null && map.get(key) instanceof List<?> list) {
            return list;
        }
        throw new IllegalArgumentException("'" + key + "' should be a list");
    }

    private static String text(Map<String, Object> map, String key) {
        Object value = map.get(key);
        if (value == null) {
            throw new IllegalArgumentException("missing '" + key + "' in " + map);
        }
        return String.valueOf(value);
    }

    private static String optional(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? "" : String.valueOf(value);
    }

    private static List<String> strings(Map<String, Object> map, String key) {
        Object value = map.get(key);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(value));
    }
}
