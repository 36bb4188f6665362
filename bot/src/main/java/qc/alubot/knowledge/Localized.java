package qc.alubot.knowledge;

import qc.alubot.language.Language;

/** A piece of text given in both languages, as written in the knowledge files. */
public record Localized(String en, String fr) {

    public String in(Language language) {
        return language == Language.FR ? fr : en;
    }
}
