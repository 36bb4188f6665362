package qc.alubot.logbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the pseudonymisation key comes from: {@code BOT_LOG_HMAC_KEY} when set (production),
 * otherwise a random key generated on first start and kept in the data folder, readable by
 * its owner only, so the bot runs with no set-up and pseudonyms stay stable across restarts.
 */
final class PseudonymKey {

    static final String FILE_NAME = "logbook-hmac.key";

    private static final Logger log = LoggerFactory.getLogger(PseudonymKey.class);
    private static final int RANDOM_BYTES = 32;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private PseudonymKey() {
    }

    static byte[] resolve(String configured, Path dataDir) {
        if (configured != null) {
            return configured.getBytes(StandardCharsets.UTF_8);
        }
        Path file = dataDir.resolve(FILE_NAME);
        try {
            return Files.exists(file) ? read(file) : generate(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the logbook's pseudonymisation key " + file.toAbsolutePath().normalize()
                    + " (" + e.getMessage() + "). Make BOT_DATA_DIR writable, or set BOT_LOG_HMAC_KEY.", e);
        }
    }

    private static byte[] read(Path file) throws IOException {
        warnIfOthersCanRead(file);
        byte[] key = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
        if (key.length < RANDOM_BYTES) {
            throw new IllegalStateException("The pseudonymisation key in " + file.toAbsolutePath().normalize() + " is damaged ("
                    + key.length + " bytes). Restore it from a backup; deleting it makes a new key, after which "
                    + "/forget no longer finds people's earlier records.");
        }
        return key;
    }

    private static byte[] generate(Path file) throws IOException {
        byte[] key = new byte[RANDOM_BYTES];
        new SecureRandom().nextBytes(key);
        Files.createDirectories(file.toAbsolutePath().getParent());
        try {
            createOwnerOnly(file);
        } catch (FileAlreadyExistsException raced) {
            return read(file); // another process (e.g. 'chat' beside the server) made it first
        }
        Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
        log.warn("Generated the logbook's pseudonymisation key in {} (readable by its owner only). It turns Telegram ids "
                + "into the pseudonyms the logbook stores. Keep it and back it up with the database: with a new key, "
                + "/forget can no longer find a person's earlier records and their conversations no longer join up. "
                + "In production, set BOT_LOG_HMAC_KEY instead.", file.toAbsolutePath().normalize());
        return key;
    }

    private static void createOwnerOnly(Path file) throws IOException {
        if (isPosix(file)) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } else {
            Files.createFile(file);
        }
    }

    private static void warnIfOthersCanRead(Path file) throws IOException {
        if (isPosix(file) && !OWNER_ONLY.containsAll(Files.getPosixFilePermissions(file))) {
            log.warn("The logbook's pseudonymisation key {} can be read by other users of this machine: "
                    + "run 'chmod 600 {}'.", file.toAbsolutePath().normalize(), file.toAbsolutePath().normalize());
        }
    }

    private static boolean isPosix(Path file) {
        return file.toAbsolutePath().normalize().getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
