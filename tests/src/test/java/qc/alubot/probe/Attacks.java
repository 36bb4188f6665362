package qc.alubot.probe;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/** The requests the probe sends: questions of every shape, from one or many callers. */
final class Attacks {

    private static final List<String> VOCABULARY = List.of("aluminium", "smelter", "Québec", "recyclers", "price",
            "invest", "tax", "who", "combien", "director", "équipementiers", "energy", "hydro", "wages", "port", "rail");
    private final HttpClient http = HttpClient.newHttpClient();
    private final Random random = new Random(11);

    /** The texts an attacker sends to make an answer expensive, each 4,000 characters or less. */
    List<String> adversarialTexts() {
        List<String> texts = new ArrayList<>(List.of("a@a" + ".a".repeat(1_998) + "!", "A ".repeat(1_999) + "?",
                "(1 " + "1-".repeat(1_990), "😀".repeat(2_000), "....".repeat(999) + "x", "e\u0301".repeat(1_999),
                "x".repeat(4_000), "Bonjour\u0000 " + "\u202E?".repeat(1_990)));
        for (int i = 0; i < 8; i++) {
            texts.add(randomWords(4_000));
        }
        return texts;
    }

    /** Random words, real and made up, {@code length} characters. */
    String randomWords(int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            text.append(random.nextInt(3) == 0 ? VOCABULARY.get(random.nextInt(VOCABULARY.size()))
                    : Long.toString(random.nextLong() & Long.MAX_VALUE, 36).substring(0, 2 + random.nextInt(8))).append(' ');
        }
        return text.substring(0, length);
    }

    /** Asks {@code question} as the client {@code client}; returns the HTTP status. */
    int ask(URI api, String question, String sessionId, String client) throws Exception {
        String body = "{\"question\": " + json(question) + (sessionId == null ? "" : ", \"sessionId\": " + json(sessionId)) + "}";
        HttpRequest.Builder request = HttpRequest.newBuilder(api).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (client != null) {
            request.header("X-Forwarded-For", client);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Fetches the staff CSV with HTTP Basic and this password; returns the status and body. */
    HttpResponse<String> csv(URI export, String password) throws Exception {
        String basic = Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(export).header("Authorization", "Basic " + basic).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String json(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < 0x20) {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }
}
