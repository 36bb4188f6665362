package qc.alubot.telegram;

/**
 * A paragraph and how it is shown. Each block is rendered on its own, so a message split
 * between blocks never leaves a tag open.
 */
record Block(Style style, String text) {

    enum Style {
        PLAIN("", ""), BOLD("<b>", "</b>"), ITALIC("<i>", "</i>");

        private final String open;
        private final String close;

        Style(String open, String close) {
            this.open = open;
            this.close = close;
        }
    }

    static Block plain(String text) {
        return new Block(Style.PLAIN, text);
    }

    static Block bold(String text) {
        return new Block(Style.BOLD, text);
    }

    static Block italic(String text) {
        return new Block(Style.ITALIC, text);
    }

    String html() {
        return style.open + escape(text) + style.close;
    }

    Block withText(String other) {
        return new Block(style, other);
    }

    /**
     * Telegram HTML needs only these three escaped ({@code "} matters in attributes, which we
     * never fill with dynamic text).
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
