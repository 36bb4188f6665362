package qc.alubot.knowledge;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The text of every file of one folder (knowledge or prompts), by path relative to it.
 * Reading the files once into memory lets loading, validation and versioning work on one
 * consistent view even while a maintainer is still saving.
 *
 * @param label how the folder is named in messages, e.g. {@code knowledge}
 */
public record SourceFiles(String label, Map<String, String> files) {

    public SourceFiles {
        files = Collections.unmodifiableMap(new TreeMap<>(files));
    }

    /** The name a maintainer recognises: {@code knowledge/contacts.yaml}. */
    public String display(String relativePath) {
        return label + "/" + relativePath;
    }
}
