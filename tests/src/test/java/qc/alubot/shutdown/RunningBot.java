package qc.alubot.shutdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The packaged jar ({@code bot/target/investor-bot.jar}, made by {@code package} before this module's
 * tests) started as the README says, asked questions over HTTP, then sent SIGTERM.
 */
final class RunningBot {

    static final Path JAR = Path.of("../bot/target/investor-bot.jar");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    /** What the process said, and how it ended. */
    record Stopped(int exitCode, String log) {
    }

    private RunningBot() {
    }

    /** Starts the bot with {@code arguments}, waits until it answers, asks {@code questions} questions, then SIGTERM. */
    static Stopped ask(Path dataDir, List<String> arguments, int questions) throws Exception {
        assertThat(JAR).as("the packaged bot: run 'mvn verify' (or package) from the project folder").isRegularFile();
        int port = freePort();
        Path log = dataDir.resolve("bot.log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-Xmx160m", "-XX:TieredStopAtLevel=1", "-jar", JAR.toString(),
                "--server.port=" + port, "--bot.data-dir=" + dataDir, "--bot.knowledge.dir=../knowledge",
                "--bot.knowledge.prompts-dir=../prompts", "--bot.knowledge.watch=false", "--bot.api.rate-limit=0"));
        command.addAll(arguments);
        Process bot = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            awaitReady(http, port, bot);
            String session = "sigterm-" + UUID.randomUUID();
            for (int i = 0; i < questions; i++) {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/ask"))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                                "{\"question\": \"How many recyclers? (" + i + ")\", \"sessionId\": \"" + session + "\"}")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).isEqualTo(200);
            }
            bot.destroy(); // SIGTERM
            assertThat(bot.waitFor(60, TimeUnit.SECONDS)).as("stopped within a minute").isTrue();
            return new Stopped(bot.exitValue(), Files.readString(log));
        } finally {
            bot.destroyForcibly();
        }
    }

    private static void awaitReady(HttpClient http, int port, Process bot) throws Exception {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline && bot.isAlive()) {
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/actuator/health")).timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200); // polling a process we do not control; no clock to advance
        }
        throw new AssertionError("the bot did not start within " + START_TIMEOUT.toSeconds() + " s (alive: " + bot.isAlive() + ")");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
