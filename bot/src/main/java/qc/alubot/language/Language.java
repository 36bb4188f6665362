package qc.alubot.language;

import java.util.Locale;
import java.util.Optional;

/** The two languages the bot answers in. */
public enum Language {
    EN, FR;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Language other() {
        return this == EN ? FR : EN;
    }

    /** Parses "en", "fr", "en-CA", "fr_CA" (case-insensitive); empty for anything else. */
    public static Optional<Language> parse(String code) {
        if (code == null || code.length() < 2) {
            return Optional.empty();
        }
        return switch (code.substring(0, 2).toLowerCase(Locale.ROOT)) {
            case "en" -> Optional.of(EN);
            case "fr" -> Optional.of(FR);
            default -> Optional.empty();
        };
    }
}
