package qc.alubot.logbook;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the embedded logbook's files to the bot's own user: the folder 0700, the database files
 * 0600. H2 makes its files with the process's umask (usually readable by everyone), and they hold
 * every question investors asked. Nothing to do for PostgreSQL, or where files have no POSIX modes.
 */
final class EmbeddedDatabaseFiles {

    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseFiles.class);

    private final Path folder;
    private final String prefix;

    private EmbeddedDatabaseFiles(Path database) {
        this.folder = database.toAbsolutePath().normalize().getParent();
        this.prefix = database.getFileName().toString() + ".";
    }

    /** For an H2 file URL ({@code jdbc:h2:file:/path/logbook;…}); empty for any other database. */
    static Optional<EmbeddedDatabaseFiles> of(String url) {
        String scheme = "jdbc:h2:file:";
        if (url == null || !url.startsWith(scheme)) {
            return Optional.empty();
        }
        String path = url.substring(scheme.length()).split(";", 2)[0];
        return Optional.of(new EmbeddedDatabaseFiles(Path.of(path)));
    }

    /** Makes the folder if need be, and takes group and others' access away from it and the database files. */
    void secure() {
        try {
            Files.createDirectories(folder);
            if (!folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                return;
            }
            restrict(folder, FOLDER);
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, prefix + "*")) {
                for (Path file : files) {
                    restrict(file, FILE);
                }
            }
        } catch (IOException e) {
            log.warn("Could not make the logbook's folder {} private to the bot's user ({}); other users of this machine "
                    + "may read the conversations. Run 'chmod 700 {}'.", folder, e.getMessage(), folder);
        }
    }

    private static void restrict(Path path, Set<PosixFilePermission> wanted) throws IOException {
        if (!Files.getPosixFilePermissions(path).equals(wanted)) {
            Files.setPosixFilePermissions(path, wanted);
            log.info("Logbook: {} is now readable by the bot's user only ({})", path, PosixFilePermissions.toString(wanted));
        }
    }
}
