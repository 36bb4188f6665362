package qc.alubot.knowledge;

import java.time.LocalDate;
import java.util.List;
import qc.alubot.language.Language;

/**
 * One answerable unit of curated knowledge, in one language. The English and French
 * versions of a passage share the same {@code id}.
 *
 * @param source seed page and section the facts come from, e.g. {@code 000_….txt § Our Team}
 * @param asks   natural questions this passage answers, offered as "related questions"
 * @param origin the Markdown file and the lines of its fields
 */
public record Passage(
        String id,
        Language language,
        String title,
        String source,
        LocalDate reviewed,
        List<String> tags,
        List<String> related,
        List<String> asks,
        String body,
        Origin origin) {

    public Passage {
        tags = List.copyOf(tags);
        related = List.copyOf(related);
        asks = List.copyOf(asks);
    }

    /** The seed file part of {@link #source()}. */
    public String sourceFile() {
        return SourcePage.fileOf(source);
    }
}
