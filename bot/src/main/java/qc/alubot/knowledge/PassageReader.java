package qc.alubot.knowledge;

import java.time.LocalDate;
import java.util.Arrays;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import qc.alubot.language.Language;

/** Reads one passage file: front matter between {@code ---} lines, then the text. */
final class PassageReader {

    static final Set<String> FIELDS = Set.of("id", "lang", "title", "source", "reviewed", "tags", "related", "asks");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final String FENCE = "---";

    private PassageReader() {
    }

    /**
     * @param folderLanguage the language implied by the folder ({@code passages/en/…}), if any
     */
    static Optional<Passage> read(String file, String text, Optional<Language> folderLanguage, Problems problems) {
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals(FENCE)) {
            problems.error(file, 1, "a passage must start with a line '---', then its fields (id, lang, title, source, "
                    + "reviewed, tags), then another '---' line, then the text");
            return Optional.empty();
        }
        int closing = closingFence(lines);
        if (closing < 0) {
            problems.error(file, 1, "the fields opened by '---' on line 1 are never closed: add a line '---' before the text");
            return Optional.empty();
        }
        String frontMatter = String.join("\n", Arrays.copyOfRange(lines, 1, closing));
        String body = String.join("\n", Arrays.copyOfRange(lines, closing + 1, lines.length)).strip();
        return Yamls.parse(file, frontMatter, 1, problems)
                .flatMap(fields -> toPassage(file, fields, body, closing + 2, folderLanguage));
    }

    private static int closingFence(String[] lines) {
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals(FENCE)) {
                return i;
            }
        }
        return -1;
    }

    private static Optional<Passage> toPassage(String file, YamlMap fields, String body, int bodyLine,
                                               Optional<Language> folderLanguage) {
        Problems problems = fields.problems();
        fields.allowOnly(FIELDS);
        String id = fields.requiredText("id");
        if (id != null && !ID.matcher(id).matches()) {
            problems.error(file, fields.lineOf("id"), "id '" + id + "' should use only lower-case letters, digits and dashes, like 'smelters-output'");
        }
        if (id != null && !file.endsWith("/" + id + ".md")) {
            problems.error(file, fields.lineOf("id"), "id '" + id + "' should match the file name: rename the file to '" + id + ".md' or change the id");
        }
        Optional<Language> language = language(fields, folderLanguage);
        String title = fields.requiredText("title");
        String source = fields.requiredText("source");
        LocalDate reviewed = reviewed(fields);
        if (body.isEmpty()) {
            problems.error(file, bodyLine, "the passage has no text after its fields");
        }
        if (id == null || language.isEmpty() || title == null || source == null || reviewed == null || body.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Passage(id, language.get(), title, source, reviewed, fields.textList("tags"),
                fields.textList("related"), fields.textList("asks"), body, fields.origin()));
    }

    private static Optional<Language> language(YamlMap fields, Optional<Language> folderLanguage) {
        String code = fields.requiredText("lang");
        if (code == null) {
            return Optional.empty();
        }
        Optional<Language> language = Language.parse(code).filter(l -> l.code().equals(code));
        if (language.isEmpty()) {
            fields.problems().error(fields.file(), fields.lineOf("lang"), "lang must be 'en' or 'fr', not '" + code + "'");
        } else if (folderLanguage.isPresent() && folderLanguage.get() != language.get()) {
            fields.problems().error(fields.file(), fields.lineOf("lang"), "lang is '" + code + "' but the file is in the '"
                    + folderLanguage.get().code() + "' folder");
        }
        return language;
    }

    private static LocalDate reviewed(YamlMap fields) {
        String value = fields.requiredText("reviewed");
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            fields.problems().error(fields.file(), fields.lineOf("reviewed"), "reviewed should be a date written YYYY-MM-DD, like 2026-11-21, not '" + value + "'");
            return null;
        }
    }
}
