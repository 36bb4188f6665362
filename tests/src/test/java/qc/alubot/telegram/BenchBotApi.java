package qc.alubot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Bot API stand-in for the load benchmark, on the JDK's own HTTP server (WireMock's journal
 * would weigh more than the bot). Simulated investors ask their questions one after another:
 * each next question as soon as the answer to the last one arrives. It records when every
 * message arrived, per chat, to check the limits, and how long each question waited for its answer.
 */
final class BenchBotApi {

    private static final String OK_TRUE = "{\"ok\":true,\"result\":true}";
    private static final String SENT = "{\"ok\":true,\"result\":{\"message_id\":1,\"date\":1763726400,\"chat\":{\"id\":1,\"type\":\"private\"}}}";
    private static final String ME = "{\"ok\":true,\"result\":{\"id\":123456,\"is_bot\":true,\"first_name\":\"Bench\",\"username\":\"BenchBot\"}}";

    private final HttpServer server;
    private final ObjectMapper json = new ObjectMapper();
    private final NavigableMap<Integer, String> pending = new ConcurrentSkipListMap<>();
    private final AtomicInteger nextUpdate = new AtomicInteger(1);
    private final Map<Long, Investor> investors = new ConcurrentHashMap<>();
    final List<Long> latenciesNanos = new CopyOnWriteArrayList<>();
    final List<long[]> messages = new CopyOnWriteArrayList<>(); // {chat id, arrival nanos}

    /** One simulated person: their questions, and when the one in hand was asked. */
    private static final class Investor {
        final List<String> questions;
        int asked;
        long askedAt;

        Investor(List<String> questions) {
            this.questions = questions;
        }
    }

    BenchBotApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
        server.setExecutor(Executors.newFixedThreadPool(16));
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void stop() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    void addInvestor(long id, List<String> questions) {
        Investor investor = new Investor(questions);
        investors.put(id, investor);
        askNext(id, investor);
    }

    boolean allAnswered() {
        return investors.values().stream().allMatch(i -> i.asked == i.questions.size() && i.askedAt == 0);
    }

    private void askNext(long id, Investor investor) {
        if (investor.asked == investor.questions.size()) {
            return;
        }
        String text = investor.questions.get(investor.asked++).replace("\"", "'");
        int updateId = nextUpdate.getAndIncrement();
        investor.askedAt = System.nanoTime();
        pending.put(updateId, "{\"update_id\":" + updateId + ",\"message\":{\"message_id\":" + updateId + ",\"date\":1763726400,"
                + "\"chat\":{\"id\":" + id + ",\"type\":\"private\"},\"from\":{\"id\":" + id + ",\"is_bot\":false,"
                + "\"first_name\":\"Investor\",\"language_code\":\"en\"},\"text\":\"" + text + "\"}}");
        synchronized (pending) {
            pending.notifyAll();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = path.substring(path.lastIndexOf('/') + 1);
        byte[] body = exchange.getRequestBody().readAllBytes();
        String response = switch (method) {
            case "getupdates" -> updates(body);
            case "sendmessage" -> sent(body);
            case "getme" -> ME;
            default -> OK_TRUE;
        };
        byte[] bytes = response.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private String updates(byte[] body) throws IOException {
        JsonNode offset = json.readTree(body).get("offset");
        int from = offset == null || offset.isNull() ? 0 : offset.asInt();
        pending.headMap(from, false).clear();
        synchronized (pending) {
            if (pending.tailMap(from, true).isEmpty()) {
                try {
                    pending.wait(200); // a short long-poll hold
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        List<String> batch = new ArrayList<>(pending.tailMap(from, true).values()).subList(0,
                Math.min(100, pending.tailMap(from, true).size()));
        return "{\"ok\":true,\"result\":[" + String.join(",", batch) + "]}";
    }

    private String sent(byte[] body) throws IOException {
        long now = System.nanoTime();
        long chat = json.readTree(body).path("chat_id").asLong();
        messages.add(new long[] {chat, now});
        Investor investor = investors.get(chat);
        if (investor != null) {
            synchronized (investor) {
                if (investor.askedAt != 0) {
                    latenciesNanos.add(now - investor.askedAt);
                    investor.askedAt = 0;
                    askNext(chat, investor);
                }
            }
        }
        return SENT;
    }
}
