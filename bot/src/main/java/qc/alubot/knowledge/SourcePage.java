package qc.alubot.knowledge;

/** One of the seed pages the knowledge is curated from, with a title investors can read. */
public record SourcePage(String file, Localized title) {

    private static final char SECTION_MARK = '§';

    /** The seed file of a {@code file § section} reference, as passages, contacts and companies write it. */
    static String fileOf(String source) {
        int mark = source.indexOf(SECTION_MARK);
        return (mark < 0 ? source : source.substring(0, mark)).trim();
    }

    /** The section of a {@code file § section} reference, or empty. */
    static String sectionOf(String source) {
        int mark = source.indexOf(SECTION_MARK);
        return mark < 0 ? "" : source.substring(mark + 1).trim();
    }
}
