package qc.alubot.llm;

import java.util.ArrayList;
import java.util.List;
import qc.alubot.knowledge.Passage;
import qc.alubot.language.Language;
import qc.alubot.language.Names;
import qc.alubot.language.Numbers;

/**
 * The claims of a text that its grounds do not support: figures, e-mail addresses, phone
 * numbers, web addresses and proper names found in neither the passages nor the question. The
 * grounding guard's checks, offered to the evaluation, which runs them on every answer.
 */
public final class Claims {

    private final Grounds grounds;

    /** @param grounds the texts a claim may come from (for the evaluation: the whole knowledge), read once */
    public Claims(List<Passage> grounds) {
        this.grounds = new Grounds(grounds, List.of());
    }

    /** @param questions what the investor wrote: names (and figures a correction repeats) may come from it */
    public List<String> unsupported(String text, Language language, List<String> questions) {
        Grounds known = new Grounds(grounds, questions);
        Contacts contacts = Contacts.in(text);
        known.alsoOrdinary(contacts.rest());
        List<String> found = new ArrayList<>();
        contacts.emails().stream().filter(e -> !known.hasEmail(e)).forEach(e -> found.add("e-mail " + e));
        contacts.phones().stream().filter(p -> !known.hasPhone(p)).forEach(p -> found.add("phone number " + p));
        contacts.urls().stream().filter(u -> !known.hasUrl(u)).forEach(u -> found.add("web address " + u));
        List<Numbers.Figure> asked = questions.stream().flatMap(q -> Numbers.in(q, language).stream()).toList();
        Numbers.in(contacts.rest(), language).stream()
                .filter(f -> !known.has(f) && asked.stream().noneMatch(a -> a.value().compareTo(f.value()) == 0))
                .forEach(f -> found.add("figure \"" + f.written() + "\""));
        Names.in(contacts.rest(), known::ordinary).stream().filter(n -> !known.hasName(n)).distinct()
                .forEach(n -> found.add("name \"" + n + "\""));
        return found;
    }
}
