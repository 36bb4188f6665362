package qc.alubot.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import qc.alubot.language.Language;

/** The evaluation questions, read from {@code tests/eval/questions.yaml}. */
public record EvalSet(Path file, List<EvalCase> cases) {

    public static EvalSet read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            List<EvalCase> cases = new ArrayList<>();
            for (Object item : list(root, "cases")) {
                cases.add(toCase(map(item)));
            }
            return new EvalSet(file, cases);
        } catch (RuntimeException e) {
            throw new IOException(file + " is not a valid evaluation set: " + e.getMessage(), e);
        }
    }

    private static EvalCase toCase(Map<String, Object> item) {
        String id = text(item, "id");
        Language language = Language.parse(text(item, "lang"))
                .orElseThrow(() -> new IllegalArgumentException("case " + id + ": lang must be en or fr"));
        List<EvalCase.Turn> turns = new ArrayList<>();
        for (Object turn : list(item, "turns")) {
            Map<String, Object> fields = map(turn);
            Map<String, Object> expect = fields.containsKey("expect") ? map(fields.get("expect")) : Map.of();
            turns.add(new EvalCase.Turn(text(fields, "ask"), new EvalCase.Expectation(strings(expect, "all"),
                    strings(expect, "any"), strings(expect, "none"), optional(expect, "outcome"), optional(expect, "route"))));
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
