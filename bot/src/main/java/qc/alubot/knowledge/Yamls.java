package qc.alubot.knowledge;

import java.io.StringReader;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;

/** Parses YAML text into nodes that keep their line numbers, reporting syntax errors plainly. */
final class Yamls {

    private Yamls() {
    }

    /**
     * @param lineOffset lines before the YAML text in its file (front matter starts on line 2)
     */
    static Optional<YamlMap> parse(String file, String text, int lineOffset, Problems problems) {
        try {
            Node root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
            if (root == null) {
                problems.error(file, lineOffset + 1, "the file has no fields at all");
                return Optional.empty();
            }
            return YamlMap.of(file, root, lineOffset, problems, "the file");
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? lineOffset + 1 : mark.getLine() + 1 + lineOffset;
            problems.error(file, line, "this line cannot be read as YAML (" + e.getProblem()
                    + "). Check indentation, and put values containing ':' or '#' in quotes");
            return Optional.empty();
        } catch (RuntimeException e) {
            problems.error(file, lineOffset + 1, "this file cannot be read as YAML: " + e.getMessage());
            return Optional.empty();
        }
    }
}
