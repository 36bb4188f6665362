package qc.alubot.rules;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import qc.alubot.language.AnalyzedText;
import qc.alubot.language.EditDistance;

/**
 * What a question asks for, read from its framing words in either language. Phrases are
 * folded (no accents, lower case) and matched as whole words.
 */
enum Intent {
    WHO("who", "whom", "who's", "whos", "qui", "c'est qui"),
    LIST("which", "list", "name the", "names", "what are the", "who are", "enumerate", "give me the", "show me the",
            "all the", "quels", "quelles", "quelles sont", "quels sont", "qui sont", "liste", "lister", "nommez", "nomme",
            "enumerer", "enumerez", "donnez-moi", "donne-moi", "what companies", "examples", "exemples"),
    COUNT("how many", "how much", "number of", "combien", "nombre de", "nombre d", "count"),
    EMAIL("email", "e-mail", "mail", "courriel", "adresse electronique", "adresse courriel", "e mail"),
    PHONE("phone", "telephone", "tel", "call", "phone number", "numero", "numero de telephone", "appeler", "cell"),
    CONTACT("contact", "reach", "get in touch", "touch with", "talk to", "speak to", "speak with", "talk with",
            "contacter", "joindre", "rejoindre", "coordonnees", "parler a", "m'adresser", "adresser", "write to",
            "ecrire a", "details", "who should i call", "who do i call", "who to call", "qui appeler",
            "qui dois-je appeler"),
    HANDLES("handles", "handle", "in charge", "responsible", "deals with", "takes care", "looks after",
            "s'occupe", "occupe", "responsable de", "charge de", "gere", "should i contact", "dois-je contacter"),
    MEMBERSHIP("part of", "member", "members", "belong", "belongs", "in the cluster", "fait partie", "font partie",
            "membre", "membres", "partie de", "appartient", "among", "present in", "present au", "presente au",
            "presente", "presentes", "located in", "based in", "established in", "etablie", "etabli", "implantee",
            "implante", "active in", "operate in", "operates in", "listed"),
    ROLE("what does", "what do", "role", "title", "position", "job", "do at", "works as", "que fait", "fait quoi",
            "poste", "fonction", "titre", "occupe quel", "son role"),
    ORGANISATION("which company", "what company", "which organisation", "which organization", "what organisation",
            "what organization", "company is", "organisation", "organization", "represent", "represents",
            "quelle entreprise", "quelle organisation", "quel organisme", "quelle societe", "represente",
            "vient de", "comes from", "is from", "works for", "travaille pour");

    private final List<String> phrases;

    private static boolean nearWord(AnalyzedText text, String phrase) {
        return phrase.length() >= 5 && !phrase.contains(" ")
                && text.words().stream().anyMatch(word -> EditDistance.between(word, phrase) == 1);
    }

    Intent(String... phrases) {
        this.phrases = List.of(phrases);
    }

    /** Intents whose single words are recognised with a typo ("emial", "phnoe"): they are long and distinctive. */
    private static final Set<Intent> TYPO_TOLERANT = EnumSet.of(EMAIL, PHONE, CONTACT);

    static Set<Intent> of(AnalyzedText text) {
        Set<Intent> found = EnumSet.noneOf(Intent.class);
        for (Intent intent : values()) {
            if (intent.phrases.stream().anyMatch(p -> text.hasPhrase(p.replace("'", " ").replace("-", " "))
                    || text.hasPhrase(p) || TYPO_TOLERANT.contains(intent) && nearWord(text, p))) {
                found.add(intent);
            }
        }
        if (found.contains(COUNT) && found.contains(PHONE) && !text.hasPhrase("how many") && !text.hasPhrase("combien")) {
            found.remove(COUNT); // "phone number of…" asks for a number, not a count
        }
        return found;
    }
}
