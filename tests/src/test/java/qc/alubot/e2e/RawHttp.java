package qc.alubot.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Requests as an attacker writes them, byte for byte: what an HTTP client library refuses to send
 * (a malformed escape) or finishes sending before it reads (a body the server should refuse first).
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** Sends {@code head} (request line and headers, without the blank line) and {@code body}, and returns the status line. */
    public static String statusLine(int port, String head, byte[] body) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            try {
                out.write(body);
                out.flush();
            } catch (IOException refusedMidway) { // the server answered and closed before taking it all: read its answer
                socket.shutdownOutput();
            }
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1)).readLine();
        }
    }

    /** {@code size} bytes of body in chunks of 8 KB, the final empty chunk left out: the body never ends. */
    public static byte[] endlessChunks(int size) {
        StringBuilder chunks = new StringBuilder();
        String chunk = "a".repeat(8 * 1024);
        for (int sent = 0; sent < size; sent += chunk.length()) {
            chunks.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
        }
        return chunks.toString().getBytes(StandardCharsets.ISO_8859_1);
    }
}
