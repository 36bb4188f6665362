package qc.alubot.maintenance;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import qc.alubot.answer.CurrentKnowledge;
import qc.alubot.knowledge.KnowledgeFiles;

/**
 * Reloads the knowledge when a maintainer saves a file in knowledge/ or prompts/. Editors save
 * in bursts (a temporary file, a rename, a touch), so the watcher waits until the folders have
 * been quiet for a moment, then reloads once, off the answering threads. The swap is atomic and
 * a broken edit is refused by {@link CurrentKnowledge}, which keeps the last good version.
 */
public final class KnowledgeWatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeWatcher.class);

    private final List<Path> folders;
    private final Duration quiet;
    private final CurrentKnowledge knowledge;
    private final WatchService watcher;
    private final Map<WatchKey, Path> watched = new HashMap<>();
    private final Thread thread;

    /**
     * @param quiet how long the folders must stay unchanged before reloading: long enough to see
     *              a whole save, short enough that the change shows "within a few seconds"
     */
    public KnowledgeWatcher(List<Path> folders, Duration quiet, CurrentKnowledge knowledge) {
        this.folders = folders.stream().filter(KnowledgeFiles::onDisk).toList();
        this.quiet = quiet;
        this.knowledge = knowledge;
        try {
            this.watcher = folders.get(0).getFileSystem().newWatchService();
            for (Path folder : this.folders) {
                registerTree(folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch the knowledge folders " + folders + ": " + e.getMessage(), e);
        }
        this.thread = new Thread(this::watch, "knowledge-watcher");
        this.thread.setDaemon(true);
    }

    public KnowledgeWatcher start() {
        if (folders.isEmpty()) {
            log.info("Knowledge comes from the copy packaged in the application: nothing to watch. Set BOT_KNOWLEDGE_DIR "
                    + "to a folder to edit it live.");
            return this;
        }
        thread.start();
        log.info("Watching {} for changes: saved edits are checked and put in service within seconds", folders);
        return this;
    }

    private void watch() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                handle(watcher.take());
                WatchKey more;
                while ((more = watcher.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    handle(more);
                }
                reload();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(WatchKey key) {
        Path folder = watched.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (folder != null && event.kind() == ENTRY_CREATE && event.context() instanceof Path name
                    && Files.isDirectory(folder.resolve(name))) {
                tryRegisterTree(folder.resolve(name)); // a new passages/xx folder
            }
        }
        if (!key.reset()) {
            watched.remove(key);
        }
    }

    private void reload() {
        try {
            knowledge.reload();
        } catch (RuntimeException e) {
            log.error("Reloading the knowledge failed unexpectedly; still answering from the version in service. "
                    + "Fix the cause below, then save a file again to retry.", e);
        }
    }

    private void tryRegisterTree(Path folder) {
        try {
            registerTree(folder);
        } catch (IOException e) {
            log.warn("Cannot watch the new folder {} ({}): changes in it will be picked up at the next save "
                    + "elsewhere or at restart", folder, e.toString());
        }
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path folder : paths.filter(Files::isDirectory).toList()) {
                watched.put(folder.register(watcher, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), folder);
            }
        }
    }

    @Override
    public void close() {
        thread.interrupt();
        try {
            watcher.close();
        } catch (IOException e) {
            log.debug("Closing the knowledge watcher: {}", e.toString());
        }
    }
}
