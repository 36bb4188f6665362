package qc.alubot.knowledge;

import java.time.Instant;
import java.util.List;

/**
 * Identifies what answered a question: a hash of every knowledge and prompt file, the
 * time it was loaded and the files it was made of.
 */
public record KnowledgeVersion(String id, Instant loadedAt, List<String> files) {

    public KnowledgeVersion {
        files = List.copyOf(files);
    }
}
