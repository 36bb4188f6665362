package qc.alubot.telegram;

import java.time.Duration;
import java.util.TreeSet;

/**
 * The getUpdates offset, which confirms to Telegram every update below it: it only moves past
 * updates whose replies are delivered. While one is still in hand, the offset stays on it;
 * Telegram then sends the later ones again with it, and the intake drops them as already
 * taken. So a crash loses nothing that was not answered, and a slow chat delays no other.
 */
final class OffsetTracker {

    private final TreeSet<Integer> inHand = new TreeSet<>();
    private Integer highest;

    synchronized void taken(int updateId) {
        inHand.add(updateId);
        highest = highest == null ? updateId : Math.max(highest, updateId);
    }

    synchronized void done(int updateId) {
        inHand.remove(updateId);
        notifyAll();
    }

    /** The offset for the next getUpdates: the oldest update in hand, or past the newest seen; null before any. */
    synchronized Integer next() {
        if (!inHand.isEmpty()) {
            return inHand.first();
        }
        return highest == null ? null : highest + 1;
    }

    synchronized int inHand() {
        return inHand.size();
    }

    /**
     * Waits until an update in hand is done, or {@code max}: when a poll brought back only
     * updates already in hand, polling again at once would just fetch them again.
     */
    synchronized void awaitProgress(Duration max) throws InterruptedException {
        if (!inHand.isEmpty()) {
            wait(Math.max(1, max.toMillis()));
        }
    }

    /** Waits for every update in hand to be done, up to {@code max}; for a graceful stop. */
    synchronized boolean awaitAllDone(Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        while (!inHand.isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }
}
