package qc.alubot.understanding;

import qc.alubot.language.PhraseMatcher;

/**
 * Something a question names, and where: the position tells which of two named figures a
 * number belongs to, and whether two names are joined by "and".
 *
 * @param length terms in the name found: a longer name is the more specific
 */
public record Mention<T>(T value, int start, int end, int length) {

    static <T> Mention<T> of(PhraseMatcher.Match<T> match) {
        return new Mention<>(match.value(), match.start(), match.end(), match.length());
    }
}
