package qc.alubot.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML mapping read with its line numbers, so every complaint about a field can say
 * where the field is. Missing or mistyped fields are reported to {@link Problems} and read
 * as absent, so one bad entry never hides the problems of the next.
 */
final class YamlMap {

    private final String file;
    private final int firstLine;
    private final int lineOffset;
    private final Problems problems;
    private final Map<String, Node> fields = new LinkedHashMap<>();
    private final Map<String, Integer> keyLines = new LinkedHashMap<>();

    private YamlMap(String file, MappingNode node, int lineOffset, Problems problems) {
        this.file = file;
        this.lineOffset = lineOffset;
        this.problems = problems;
        this.firstLine = lineOf(node, lineOffset);
        for (NodeTuple tuple : node.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                if (fields.containsKey(key.getValue())) {
                    problems.error(file, lineOf(key, lineOffset), "field '" + key.getValue() + "' appears twice in the same entry");
                }
                fields.put(key.getValue(), tuple.getValueNode());
                keyLines.put(key.getValue(), lineOf(key, lineOffset));
            }
        }
    }

    /** Reads {@code node} as a mapping; reports and returns empty when it is something else. */
    static Optional<YamlMap> of(String file, Node node, int lineOffset, Problems problems, String what) {
        if (node instanceof MappingNode mapping) {
            return Optional.of(new YamlMap(file, mapping, lineOffset, problems));
        }
        problems.error(file, node == null ? 1 : lineOf(node, lineOffset),
                what + " should be a set of 'name: value' lines");
        return Optional.empty();
    }

    static int lineOf(Node node, int lineOffset) {
        return node.getStartMark().getLine() + 1 + lineOffset;
    }

    int line() {
        return firstLine;
    }

    Origin origin() {
        return new Origin(file, firstLine, keyLines);
    }

    int lineOf(String key) {
        return keyLines.getOrDefault(key, firstLine);
    }

    String file() {
        return file;
    }

    Problems problems() {
        return problems;
    }

    boolean has(String key) {
        return fields.containsKey(key);
    }

    /** Reports every field not in {@code known}: usually a typo in a field name. */
    void allowOnly(Set<String> known) {
        for (String key : fields.keySet()) {
            if (!known.contains(key)) {
                problems.error(file, lineOf(key), "unknown field '" + key + "' (allowed: "
                        + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
    }

    String requiredText(String key) {
        String value = optionalText(key).orElse(null);
        if (value == null && !fields.containsKey(key)) {
            problems.error(file, firstLine, "missing field '" + key + "'");
        } else if (value != null && value.isBlank()) {
            problems.error(file, lineOf(key), "field '" + key + "' is empty");
            return null;
        }
        return value;
    }

    Optional<String> optionalText(String key) {
        Node node = fields.get(key);
        if (node == null) {
            return Optional.empty();
        }
        if (node instanceof ScalarNode scalar) {
            return Optional.of(scalar.getValue().strip());
        }
        problems.error(file, lineOf(key), "field '" + key + "' should be a single value, not a list or a group");
        return Optional.empty();
    }

    List<String> textList(String key) {
        Node node = fields.get(key);
        if (node == null) {
            return List.of();
        }
        if (node instanceof ScalarNode scalar && scalar.getValue().isBlank()) {
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence)) {
            problems.error(file, lineOf(key), "field '" + key + "' should be a list, like [a, b] or lines starting with '- '");
            return List.of();
        }
        return scalars(sequence, "each item of '" + key + "' should be a single value");
    }

    /** The items of a list field, as raw nodes (for lists of lists). */
    List<Node> nodeList(String key) {
        Node node = fields.get(key);
        if (node == null) {
            return List.of();
        }
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        problems.error(file, lineOf(key), "'" + key + "' should be a list");
        return List.of();
    }

    /** A list node's single values, reporting anything else under {@code key}'s name. */
    List<String> textListOf(Node node, String key) {
        if (!(node instanceof SequenceNode sequence)) {
            problems.error(file, lineOf(node, lineOffset), "each item of '" + key + "' should be a list, like [a, b]");
            return List.of();
        }
        return scalars(sequence, "each name in '" + key + "' should be a single value");
    }

    private List<String> scalars(SequenceNode sequence, String complaint) {
        List<String> values = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                values.add(scalar.getValue().strip());
            } else {
                problems.error(file, lineOf(item, lineOffset), complaint);
            }
        }
        return values;
    }

    Optional<YamlMap> map(String key) {
        Node node = fields.get(key);
        if (node == null) {
            return Optional.empty();
        }
        return of(file, node, lineOffset, problems, "field '" + key + "'");
    }

    /** The items of a list of mappings, e.g. the entries of {@code contacts:}. */
    List<YamlMap> mapList(String key) {
        Node node = fields.get(key);
        if (node == null) {
            problems.error(file, firstLine, "missing list '" + key + "'");
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence)) {
            problems.error(file, lineOf(key), "'" + key + "' should be a list of entries starting with '- '");
            return List.of();
        }
        List<YamlMap> maps = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            of(file, item, lineOffset, problems, "each entry of '" + key + "'").ifPresent(maps::add);
        }
        return maps;
    }
}
