package qc.alubot.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads {@code contacts.yaml}: every person named in the sources. */
final class ContactsReader {

    static final Set<String> FIELDS = Set.of("id", "name", "organisation", "group", "role", "email", "phone",
            "extension", "reach_through", "titles", "topics", "profile", "source");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[a-z]{2,}");
    private static final Pattern PHONE = Pattern.compile("[0-9 ().+-]{7,}");

    private ContactsReader() {
    }

    /**
     * @param defaultContactId who investors are sent to when no one more specific fits
     * @param defaultLine      where {@code default_contact} is written, for error messages
     */
    record Result(List<Contact> contacts, String defaultContactId, int defaultLine) {
    }

    static Result read(String file, String text, Problems problems) {
        List<Contact> contacts = new ArrayList<>();
        String[] defaultContact = {null};
        int[] defaultLine = {1};
        Yamls.parse(file, text, 0, problems).ifPresent(root -> {
            root.allowOnly(Set.of("default_contact", "contacts"));
            defaultContact[0] = root.requiredText("default_contact");
            defaultLine[0] = root.lineOf("default_contact");
            for (YamlMap entry : root.mapList("contacts")) {
                toContact(entry).ifPresent(contacts::add);
            }
        });
        return new Result(contacts, defaultContact[0], defaultLine[0]);
    }

    private static Optional<Contact> toContact(YamlMap entry) {
        entry.allowOnly(FIELDS);
        String id = entry.requiredText("id");
        String name = entry.requiredText("name");
        Contact.Group group = group(entry);
        Localized role = Localizeds.required(entry, "role");
        String email = entry.optionalText("email").orElse(null);
        if (email != null && !EMAIL.matcher(email).matches()) {
            entry.problems().error(entry.file(), entry.lineOf("email"), "'" + email + "' does not look like an e-mail address");
        }
        String phone = entry.optionalText("phone").orElse(null);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            entry.problems().error(entry.file(), entry.lineOf("phone"), "'" + phone + "' does not look like a phone number (digits, spaces and dashes only; put the extension in 'extension')");
        }
        String source = entry.requiredText("source");
        if (id == null || name == null || group == null || role == null || source == null) {
            return Optional.empty();
        }
        return Optional.of(new Contact(id, name, entry.optionalText("organisation").orElse(null), group, role, email,
                phone, entry.optionalText("extension").orElse(null), entry.optionalText("reach_through").orElse(null),
                Localizeds.lists(entry, "titles"), Localizeds.lists(entry, "topics"), entry.optionalText("profile").orElse(null), source, entry.origin()));
    }

    private static Contact.Group group(YamlMap entry) {
        String value = entry.requiredText("group");
        if (value == null) {
            return null;
        }
        try {
            return Contact.Group.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            entry.problems().error(entry.file(), entry.lineOf("group"), "group must be 'team' or 'board', not '" + value + "'");
            return null;
        }
    }

}
