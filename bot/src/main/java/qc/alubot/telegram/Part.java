package qc.alubot.telegram;

/** One Telegram message's text, as HTML and as the same words in plain text. */
record Part(String html, String plain) {
}
