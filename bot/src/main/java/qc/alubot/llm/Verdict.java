package qc.alubot.llm;

/**
 * What the grounding guard made of a model's reply: the text to send (citations taken out),
 * or why it was refused.
 *
 * @param reason  the refusal in full, quoting what was invented, for the note staff read in the logbook
 * @param summary the refusal without quotes ("invented e-mail, invented figure"), for the
 *                application log: a reply may echo what an investor typed about themselves
 */
record Verdict(boolean accepted, String text, String reason, String summary) {

    static Verdict accept(String text) {
        return new Verdict(true, text, "", "");
    }

    static Verdict refuse(String reason, String summary) {
        return new Verdict(false, "", reason, summary);
    }
}
