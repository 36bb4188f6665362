package qc.alubot.logbook;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exchanges waiting for the database, oldest first, bounded so an outage can never take the
 * bot's memory. When it is full, new entries are turned away (and counted) rather than old
 * ones pushed out, so what is kept is a continuous stretch of conversation. Only the writer
 * removes entries, under its own lock; answering threads only add.
 */
final class LogbookBuffer {

    private static final Logger log = LoggerFactory.getLogger(LogbookBuffer.class);
    /** While full, one reminder per this many exchanges turned away: enough to see it go on, not a flood. */
    private static final int REMIND_EVERY = 1_000;

    private final BlockingQueue<Pending> queue;
    private final int capacity;
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong turnedAway = new AtomicLong();

    LogbookBuffer(int capacity) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.capacity = capacity;
    }

    /** Adds an entry without ever blocking; false (and logged) when the buffer is full. */
    boolean offer(Pending entry) {
        if (queue.offer(entry)) {
            return true;
        }
        turnedAway.incrementAndGet();
        long count = dropped.incrementAndGet();
        if (count == 1 || count % REMIND_EVERY == 0) {
            log.error("Logbook buffer full: {} exchanges are waiting for the database, the most it holds, so new ones are "
                    + "not recorded ({} turned away so far). Answers are not affected. Bring the database back (see the "
                    + "'Logbook database unavailable' error above); raise BOT_LOG_BUFFER_CAPACITY if outages this long "
                    + "are expected.", capacity, count);
        }
        return false;
    }

    /** Up to {@code max} of the oldest entries, left in place. */
    List<Pending> head(int max) {
        return queue.stream().limit(max).toList();
    }

    /** Removes the {@code count} oldest entries, once they are written. */
    void removeHead(int count) {
        for (int i = 0; i < count; i++) {
            queue.poll();
        }
    }

    /** Removes the entries that match; returns how many (counted as removed, whatever is added meanwhile). */
    int removeIf(Predicate<Pending> condition) {
        int[] removed = {0};
        queue.removeIf(entry -> condition.test(entry) && ++removed[0] > 0);
        return removed[0];
    }

    int size() {
        return queue.size();
    }

    int capacity() {
        return capacity;
    }

    /** How many entries were turned away since the last call, and starts counting again. */
    long takeDropped() {
        return dropped.getAndSet(0);
    }

    long dropped() {
        return dropped.get();
    }

    /** Entries turned away since start, never reset: for monitoring. */
    long turnedAway() {
        return turnedAway.get();
    }
}
