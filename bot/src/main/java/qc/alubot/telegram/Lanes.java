package qc.alubot.telegram;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * One queue per key (a chat): tasks with the same key run one after another in the order they
 * came, tasks with different keys run independently. A slow answer in one chat so delays only
 * that chat. A key's entry is dropped once its queue is empty, so memory follows the number of
 * busy chats, not of all chats ever seen.
 */
final class Lanes<K> {

    private final Map<K, CompletableFuture<?>> tails = new ConcurrentHashMap<>();

    /**
     * Starts {@code task} once every earlier task of {@code key} has finished (well or not).
     * The task itself returns a future: the lane moves on when that future completes.
     */
    <T> CompletableFuture<T> submit(K key, Supplier<CompletableFuture<T>> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        CompletableFuture<?> tail = tails.compute(key, (k, previous) -> {
            CompletableFuture<Void> before = previous == null ? CompletableFuture.completedFuture(null)
                    : previous.handle((value, error) -> null);
            return before.thenCompose(ignored -> run(task)).whenComplete((value, error) -> settle(result, value, error));
        });
        tail.whenComplete((value, error) -> tails.remove(key, tail));
        return result;
    }

    int busy() {
        return tails.size();
    }

    private static <T> CompletableFuture<T> run(Supplier<CompletableFuture<T>> task) {
        try {
            return task.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static <T> void settle(CompletableFuture<T> result, T value, Throwable error) {
        if (error == null) {
            result.complete(value);
        } else {
            result.completeExceptionally(error);
        }
    }
}
