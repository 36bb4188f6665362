package qc.alubot.knowledge;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import qc.alubot.language.Language;

/**
 * A person named in the sources. Every value is shown to investors word for word.
 *
 * @param reachThrough id of the contact to go through when this one has no e-mail or phone
 * @param titles       the words investors use for their role, per language ("runs AVS", "chairs the board"),
 *                     beside the role itself, which is shown word for word
 * @param topics       keywords, per language, for "who handles …" questions
 * @param profile      id of a passage with the person's biography, if any
 */
public record Contact(
        String id,
        String name,
        String organisation,
        Group group,
        Localized role,
        String email,
        String phone,
        String extension,
        String reachThrough,
        Map<Language, List<String>> titles,
        Map<Language, List<String>> topics,
        String profile,
        String source,
        Origin origin) {

    public enum Group { TEAM, BOARD }

    public boolean reachable() {
        return email != null || phone != null;
    }

    public Optional<String> emailAddress() {
        return Optional.ofNullable(email);
    }

    public Optional<String> phoneNumber() {
        return Optional.ofNullable(phone);
    }

    public List<String> titlesIn(Language language) {
        return titles.getOrDefault(language, List.of());
    }

    public List<String> topicsIn(Language language) {
        return topics.getOrDefault(language, List.of());
    }
}
