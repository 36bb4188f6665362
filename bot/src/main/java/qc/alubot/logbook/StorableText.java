package qc.alubot.logbook;

/**
 * Text as both databases will take it. PostgreSQL refuses a NUL character in text (the whole
 * batch fails with "invalid byte sequence for encoding UTF8: 0x00"), and half of a surrogate pair
 * cannot be encoded in UTF-8 at all; anyone can type either into Telegram or the API. Each becomes
 * U+FFFD, the replacement character, so staff see that something unreadable stood there.
 */
final class StorableText {

    static final char REPLACEMENT = '\uFFFD';

    private StorableText() {
    }

    static String of(String text) {
        if (text == null || isStorable(text)) {
            return text;
        }
        StringBuilder clean = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                clean.append(c).append(text.charAt(++i));
            } else {
                clean.append(c == 0 || Character.isSurrogate(c) ? REPLACEMENT : c);
            }
        }
        return clean.toString();
    }

    private static boolean isStorable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0 || Character.isSurrogate(c) && !pairedAt(text, i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean pairedAt(String text, int i) {
        char c = text.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
}
