package qc.alubot.telegram;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The shared secret Telegram sends with every webhook call, so the endpoint can tell Telegram
 * from anyone who found its URL. Without a configured one, a random secret is made per run
 * (registered again at each start): safe by default, but several instances behind one URL
 * need the same TELEGRAM_WEBHOOK_SECRET.
 */
final class WebhookSecret {

    /** What Telegram accepts as a secret_token. */
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9_-]{1,256}");
    private static final int GENERATED_BYTES = 32;

    private final byte[] secret;
    private final boolean generated;

    private WebhookSecret(String secret, boolean generated) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.generated = generated;
    }

    /** @throws IllegalArgumentException for a secret Telegram would refuse, saying what it may contain */
    static WebhookSecret of(String configured) {
        if (configured == null) {
            byte[] random = new byte[GENERATED_BYTES];
            new SecureRandom().nextBytes(random);
            return new WebhookSecret(Base64.getUrlEncoder().withoutPadding().encodeToString(random), true);
        }
        if (!ALLOWED.matcher(configured).matches()) {
            throw new IllegalArgumentException("TELEGRAM_WEBHOOK_SECRET may only contain letters, digits, '_' and '-' "
                    + "(1 to 256 of them), as Telegram requires. Generate one with: openssl rand -hex 32");
        }
        return new WebhookSecret(configured, false);
    }

    /** Compared in constant time, so response timing tells nothing about the secret. */
    boolean matches(String given) {
        return given != null && MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8));
    }

    boolean generated() {
        return generated;
    }

    /** For the setWebhook call only. */
    String value() {
        return new String(secret, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "WebhookSecret[(hidden)]";
    }
}
