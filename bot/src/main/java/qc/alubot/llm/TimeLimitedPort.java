package qc.alubot.llm;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Gives up on the model when the investor's time budget is spent, whatever the HTTP client
 * or the retries are doing: the call runs on a worker, and the asker waits no longer than the
 * timeout. Calls beyond the pool's size are refused at once rather than queued behind a slow
 * endpoint.
 */
final class TimeLimitedPort implements ChatPort {

    private final ChatPort delegate;
    private final ExecutorService workers;
    private final Duration timeout;

    TimeLimitedPort(ChatPort delegate, ExecutorService workers, Duration timeout) {
        this.delegate = delegate;
        this.workers = workers;
        this.timeout = timeout;
    }

    /** A pool of at most {@code size} daemon threads and no queue, for {@link #TimeLimitedPort}. */
    static ExecutorService workers(int size) {
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(size, size, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), task -> {
            Thread thread = new Thread(task, "llm-call-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    @Override
    public String reply(LlmPrompt prompt) {
        Future<String> call;
        try {
            call = workers.submit(() -> delegate.reply(prompt));
        } catch (RejectedExecutionException e) {
            throw new LlmFailure(LlmFailure.Kind.BUSY, "");
        }
        try {
            return call.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            call.cancel(true);
            throw new LlmFailure(LlmFailure.Kind.TIMEOUT, timeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof LlmFailure failure ? failure : ChatModelPort.classify(e.getCause());
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            throw new LlmFailure(LlmFailure.Kind.TIMEOUT, "the asking thread was interrupted");
        }
    }
}
