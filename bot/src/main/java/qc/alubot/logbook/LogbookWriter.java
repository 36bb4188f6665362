package qc.alubot.logbook;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Moves what waits in the buffer to the database, in batches, on a background thread. While
 * the database is down the entries stay in the buffer and attempts back off; when it returns
 * they are written in order. Starts writing once the application is ready (start-up keeps both
 * cores; what is asked meanwhile waits in the buffer), and stops after the channels, so a clean
 * shutdown writes everything: the web server and Telegram stop taking questions first, the writer
 * then writes what is left, and only then are the connection pool and the database closed.
 */
final class LogbookWriter implements SmartLifecycle, ApplicationListener<ApplicationReadyEvent> {

    /** Staff see an exchange within a second; a burst of questions is written as one batch. */
    static final Duration INTERVAL = Duration.ofSeconds(1);
    /** Rows per transaction: catches up quickly after an outage, keeps each transaction short. */
    static final int BATCH = 200;
    /** Longest pause between attempts while the database is down (see {@link LogbookOutage}). */
    static final Duration MAX_BACKOFF = LogbookOutage.MAX_BACKOFF;

    private static final Logger log = LoggerFactory.getLogger(LogbookWriter.class);

    private final LogbookBuffer buffer;
    private final LogbookStore store;
    private final LogbookOutage outage;
    private ScheduledExecutorService thread;
    /** Set once the final flush begins: an exchange recorded after it is written at once, not left behind. */
    private volatile boolean stopping;
    private final AtomicLong failedWrites = new AtomicLong();

    LogbookWriter(LogbookBuffer buffer, LogbookStore store, Clock clock) {
        this.buffer = buffer;
        this.store = store;
        this.outage = new LogbookOutage(buffer, clock, INTERVAL);
    }

    /** Writes everything waiting; false when the database could not be reached (the entries keep waiting). */
    synchronized boolean flush() {
        int written = 0;
        try {
            store.ensureReady();
            for (List<Pending> batch = buffer.head(BATCH); !batch.isEmpty(); batch = buffer.head(BATCH)) {
                writeBatch(batch);
                buffer.removeHead(batch.size());
                written += batch.size();
            }
        } catch (RuntimeException e) { // any failure waits and backs off: retrying at once would flood the log
            failedWrites.incrementAndGet();
            outage.failed(e);
            return false;
        }
        outage.succeeded(written);
        return true;
    }

    /** Attempts that failed since start (database unavailable, or an entry refused), never reset: for monitoring. */
    long failedWrites() {
        return failedWrites.get();
    }

    /** Whether the final flush has begun, so that a late exchange must be written by whoever recorded it. */
    boolean stopping() {
        return stopping;
    }

    /** Removes a person's waiting entries and deletes their rows, under the lock that keeps a batch whole. */
    synchronized int erase(String userRef, String chatRef) {
        int waiting = buffer.removeIf(entry -> entry.concerns(userRef, chatRef));
        return waiting + store.deleteFor(userRef, chatRef);
    }

    /** One background attempt, skipped while backing off. */
    void tick() {
        if (!outage.backingOff()) {
            flush();
        }
    }

    private void writeBatch(List<Pending> batch) {
        try {
            store.write(batch);
        } catch (DataIntegrityViolationException refused) {
            batch.forEach(this::writeAlone);
        }
    }

    /** A batch the database refused for its content: write its entries one by one, so one bad row costs only itself. */
    private void writeAlone(Pending entry) {
        try {
            store.write(List.of(entry));
        } catch (DataIntegrityViolationException e) {
            failedWrites.incrementAndGet();
            log.error("The logbook database refused an entry ({}), so it is not recorded: {}. This is a bug; please "
                    + "report it with this line.", describe(entry), NestedExceptionUtils.getMostSpecificCause(e).getMessage());
        }
    }

    private static String describe(Pending entry) {
        return entry instanceof Pending.Record r ? "exchange " + r.exchange().id()
                : "rating of exchange " + ((Pending.Rating) entry).exchangeId();
    }

    @Override
    public synchronized void start() {
        thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread writer = new Thread(runnable, "logbook-writer");
            writer.setDaemon(true);
            return writer;
        });
    }

    /** The bot is up: write what waits, then every second. ({@code chat} never gets here: it writes when it ends.) */
    @Override
    public synchronized void onApplicationEvent(ApplicationReadyEvent ready) {
        if (thread != null) {
            thread.scheduleWithFixedDelay(this::tick, 0, INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Stops the thread, then writes what is left; says how much is lost if the database is down at that moment. */
    @Override
    public void stop() {
        ScheduledExecutorService running;
        synchronized (this) {
            running = thread;
            thread = null;
        }
        if (running == null) {
            return;
        }
        running.shutdown();
        awaitQuietly(running);
        stopping = true;
        if (flush()) {
            log.info("Logbook: every exchange answered is written; closing the database.");
        } else {
            log.error("Shutting down with the logbook database unavailable: {} exchange(s) waiting in memory are lost.",
                    buffer.size());
        }
    }

    private static void awaitQuietly(ScheduledExecutorService running) {
        try {
            running.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return thread != null;
    }

    /** Stops after everything that answers (web server, Telegram), so their last exchanges are in the buffer. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE / 2;
    }
}
