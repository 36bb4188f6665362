package qc.alubot.understanding;

import java.util.List;
import java.util.Optional;
import qc.alubot.language.Language;

/**
 * A message read once: its language, its parts (one per question it asks), the facts it takes
 * for granted, and whether it only asks for the last answer in another language.
 *
 * @param text             the message without markup, emoji or extra spaces
 * @param language         the language to answer in
 * @param textLanguage     the language the message is written in, as far as it tells (else {@code language})
 * @param parts            the questions, in the order asked; one at least unless the message is empty
 * @param languageRequest  a language the message asks for ("en français svp", "in English?")
 * @param onlyLanguageRequest the message asks for nothing else: the last answer again, in that language
 */
public record Understanding(String text, Language language, Language textLanguage, List<Part> parts,
                            Optional<Language> languageRequest, boolean onlyLanguageRequest) {

    public Understanding {
        parts = List.copyOf(parts);
    }

    public boolean isCompound() {
        return parts.size() > 1;
    }

    /** The first part, or an empty one. */
    public Part first() {
        return parts.get(0);
    }

    /** Every premise of every part. */
    public List<Premise> premises() {
        return parts.stream().flatMap(p -> p.premises().stream()).toList();
    }
}
