package qc.alubot.knowledge;

import java.util.Map;

/** Where an entry was written: its file, first line and the line of each of its fields. */
public record Origin(String file, int line, Map<String, Integer> fieldLines) {

    public Origin {
        fieldLines = Map.copyOf(fieldLines);
    }

    public int lineOf(String field) {
        return fieldLines.getOrDefault(field, line);
    }

    @Override
    public String toString() {
        return file + ":" + line;
    }
}
