package qc.alubot.edge;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The JSON error body every limit answers with: {@code {"error": "what happened and what to do"}}. */
public final class JsonError {

    private JsonError() {
    }

    public static void write(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getOutputStream().write(("{\"error\": \"" + escape(message) + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    private static String escape(String message) {
        StringBuilder escaped = new StringBuilder(message.length());
        for (char c : message.toCharArray()) {
            if (c == '"' || c == '\\') {
                escaped.append('\\').append(c);
            } else if (c < 0x20) {
                escaped.append(String.format("\\u%04x", (int) c));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
