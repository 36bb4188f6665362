package qc.alubot.llm;

import java.time.Duration;

/** Waits between retries; tests pass one that records the pauses instead of waiting. */
@FunctionalInterface
interface Sleeper {

    Sleeper REAL = pause -> Thread.sleep(pause.toMillis());

    void sleep(Duration pause) throws InterruptedException;
}
