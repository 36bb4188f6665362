package qc.alubot.conversation;

/** What kind of reply the investor got, for review and for the evaluation. */
public enum Outcome {
    /** A real answer, from rules or retrieval. */
    ANSWERED,
    /** Out of scope (weather, prices, code…), declined politely. */
    DECLINED,
    /** In scope, but the knowledge base has no answer: the bot says so and names a contact. */
    NO_ANSWER,
    /** Greetings, thanks, commands: the bot's own wording. */
    CONVERSATION
}
