package qc.alubot.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads a knowledge or prompts folder into memory: from disk when the folder exists, else
 * from the copy packaged in the jar, so the bot answers from any working directory.
 */
public final class KnowledgeFiles {

    private KnowledgeFiles() {
    }

    /** Whether {@code dir} is a real folder (edits to it are watched) rather than the packaged copy. */
    public static boolean onDisk(Path dir) {
        return Files.isDirectory(dir);
    }

    public static SourceFiles read(Path dir, String bundledRoot, String label) {
        return onDisk(dir) ? readFolder(dir, label) : readBundled(bundledRoot, label);
    }

    static SourceFiles readFolder(Path dir, String label) {
        Map<String, String> files = new HashMap<>();
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.filter(Files::isRegularFile).filter(KnowledgeFiles::isContent).toList()) {
                String relative = dir.relativize(path).toString().replace('\\', '/');
                files.put(relative, Files.readString(path, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the folder " + dir.toAbsolutePath() + ": " + e.getMessage(), e);
        }
        return new SourceFiles(label, files);
    }

    /** Skips what editors and systems leave beside real files: hidden files, backups, swap files. */
    static boolean isContent(Path path) {
        String name = path.getFileName().toString();
        return !name.startsWith(".") && !name.endsWith("~") && !name.endsWith(".swp") && !name.endsWith(".tmp")
                && !name.startsWith("#");
    }

    static SourceFiles readBundled(String root, String label) {
        Map<String, String> files = new HashMap<>();
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:" + root + "/**/*.*");
            for (Resource resource : resources) {
                String url = resource.getURL().toString();
                String relative = url.substring(url.indexOf(root + "/") + root.length() + 1);
                try (InputStream in = resource.getInputStream()) {
                    files.put(relative, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the knowledge packaged in the application (" + root + ")", e);
        }
        return new SourceFiles(label, files);
    }
}
