package qc.alubot.knowledge;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import qc.alubot.language.Language;

/**
 * Remembers each passage file's parse by path and text, so a reload after one edit parses one
 * file, not ten thousand. Problems are remembered with the parse and reported again each time.
 */
final class ParsedPassages {

    private record Parsed(String text, Optional<Passage> passage, List<Problem> problems) {
    }

    private final Map<String, Parsed> byFile = new ConcurrentHashMap<>();

    Optional<Passage> read(String file, String text, Optional<Language> folderLanguage, Problems problems) {
        Parsed parsed = byFile.get(file);
        if (parsed == null || !parsed.text().equals(text)) {
            Problems own = new Problems();
            parsed = new Parsed(text, PassageReader.read(file, text, folderLanguage, own), own.all());
            byFile.put(file, parsed);
        }
        parsed.problems().forEach(problems::add);
        return parsed.passage();
    }

    /** Forgets files that no longer exist, so the memory follows the folder. */
    void retainOnly(Set<String> files) {
        byFile.keySet().retainAll(files);
    }
}
