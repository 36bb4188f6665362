package qc.alubot.telegram;

import java.util.concurrent.CompletableFuture;

/** An asynchronous Bot API call not yet made; the library may refuse it before sending (validation). */
@FunctionalInterface
interface ApiCall {

    CompletableFuture<?> start() throws Exception;

    /** Starts the call; a refusal before sending comes back as a failed future, like any other failure. */
    default CompletableFuture<?> startSafely() {
        try {
            return start();
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
