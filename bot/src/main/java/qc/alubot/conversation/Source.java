package qc.alubot.conversation;

/**
 * What an answer rests on, shown to the investor.
 *
 * @param id     passage id, or {@code contacts.yaml#id} / {@code companies.yaml#id} for rule answers
 * @param title  what it is, in the answer's language
 * @param source the seed page and section it was curated from
 */
public record Source(String id, String title, String source) {
}
