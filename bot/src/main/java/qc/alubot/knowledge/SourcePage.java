package qc.alubot.knowledge;

/** One of the seed pages the knowledge is curated from, with a title investors can read. */
public record SourcePage(String file, Localized title) {
}
