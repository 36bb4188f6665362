package qc.alubot.probe;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The packaged bot in a process of its own, started with the README's flags, measured from outside. */
final class BotProcess implements AutoCloseable {

    static final String STAFF_PASSWORD = "probe staff password, long enough";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final Process process;
    private final int port;
    private final Path log;

    private BotProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts {@code jar} on a free port with its data in {@code dataDir} and these settings, and waits until it answers. */
    static BotProcess start(Path jar, Path dataDir, Map<String, String> environment) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Files.createDirectories(dataDir);
        Path log = dataDir.resolve("bot.log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-Xmx160m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(Map.of("SERVER_PORT", String.valueOf(port), "BOT_DATA_DIR", dataDir.toString(),
                "BOT_KNOWLEDGE_WATCH", "false", "BOT_ADMIN_PASSWORD", STAFF_PASSWORD));
        builder.environment().putAll(environment);
        BotProcess bot = new BotProcess(builder.start(), port, log);
        bot.awaitReady();
        return bot;
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    long pid() {
        return process.pid();
    }

    /** Heap in use after a full collection, in MB, as the JVM itself reports it (jcmd). */
    long heapAfterGcMb() throws Exception {
        jcmd("GC.run");
        long usedKb = 0;
        for (String line : jcmd("GC.heap_info").split("\n")) {
            int used = line.indexOf(" used ");
            if (line.contains("generation") && used > 0) {
                usedKb += Long.parseLong(line.substring(used + 6).split("K", 2)[0].strip());
            }
        }
        return usedKb / 1024;
    }

    /** Resident memory in MB, from /proc. */
    long residentMb() throws IOException {
        return Files.readAllLines(Path.of("/proc/" + pid() + "/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024).findFirst().orElse(-1L);
    }

    /** SIGTERM, then waits for the process to end; returns its log. */
    String terminate() throws Exception {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the bot did not stop within 60 s of SIGTERM; see " + log);
        }
        return Files.readString(log);
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    private String jcmd(String command) throws Exception {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(pid()), command).redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jcmd.waitFor(60, TimeUnit.SECONDS);
        return output;
    }

    private void awaitReady() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                if (http.send(HttpRequest.newBuilder(uri("/actuator/health")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the bot did not start within " + START_TIMEOUT.toSeconds() + " s; see " + log);
    }
}
