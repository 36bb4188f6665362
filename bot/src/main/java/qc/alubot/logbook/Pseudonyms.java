package qc.alubot.logbook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns raw ids (Telegram user and chat ids, API session ids) into stable pseudonyms with
 * HMAC-SHA256. Keyed, unlike a plain hash: Telegram ids are small numbers, so anyone could hash
 * them all and reverse an unkeyed digest. The same key must be kept for /forget to find a
 * person's older records.
 */
final class Pseudonyms {

    /** 128 bits of the digest: no collisions in practice, and half the width to store and show. */
    private static final int BYTES_KEPT = 16;

    private final SecretKeySpec key;

    Pseudonyms(byte[] key) {
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
    }

    /** The pseudonym of a person, or null when there is no id. */
    String user(String rawId) {
        return of("user", rawId);
    }

    /** The pseudonym of a conversation, or null when there is no id. */
    String chat(String rawId) {
        return of("chat", rawId);
    }

    private String of(String kind, String rawId) {
        if (rawId == null || rawId.isBlank()) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal((kind + ":" + rawId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, BYTES_KEPT);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return "Pseudonyms[HmacSHA256]";
    }
}
