package qc.alubot.llm;

/**
 * What the grounding guard made of a model's reply: the text to send (citations taken out),
 * or why it was refused, for the note staff read in the logbook.
 */
record Verdict(boolean accepted, String text, String reason) {

    static Verdict accept(String text) {
        return new Verdict(true, text, "");
    }

    static Verdict refuse(String reason) {
        return new Verdict(false, "", reason);
    }
}
