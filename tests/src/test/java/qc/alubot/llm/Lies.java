package qc.alubot.llm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import qc.alubot.answer.TestEngine;
import qc.alubot.knowledge.Passage;
import qc.alubot.language.Language;
import qc.alubot.language.Numbers;

/**
 * A model that lies: it quotes the passages, then works in one invented fact, a different
 * kind each time (a changed figure, an e-mail, a phone number, a web address, a person, a
 * company, an acronym, a year, the other language, a source it was not given). Every lie is
 * recorded, so a test can check that none reached an investor.
 */
final class Lies {

    enum Kind { CHANGED_FIGURE, CHANGED_NUMBER_WORD, EMAIL, PHONE, WEB_ADDRESS, PERSON, COMPANY, ACRONYM, YEAR,
        OTHER_LANGUAGE, UNKNOWN_SOURCE }

    /** A lie told: its kind and the invented text that must never reach an answer. */
    record Lie(Kind kind, String invented) {
    }

    private static final Pattern DIGITS = Pattern.compile("(?<![\\d.,])\\d+(?![\\d.,]\\d)");
    private static final Pattern NUMBER_WORD = Pattern.compile("\\b(eight|five|two|three|four|six|huit|cinq|deux|trois|quatre)\\b");

    /** Characters after a changed figure recorded with it: "133 recyclers", not a bare "133". */
    private static final int CONTEXT = 10;

    private final AtomicInteger turn = new AtomicInteger();
    final List<Lie> told = Collections.synchronizedList(new ArrayList<>());

    String answer(List<Passage> passages) {
        Passage passage = passages.get(0);
        String honest = StubChatModels.quoted(passage);
        int start = turn.getAndIncrement();
        for (int i = 0; i < Kind.values().length; i++) {
            Kind kind = Kind.values()[(start + i) % Kind.values().length];
            Optional<String> lie = tell(kind, passage, honest);
            if (lie.isPresent()) {
                return lie.get();
            }
        }
        throw new IllegalStateException("no lie fits passage " + passage.id());
    }

    private Optional<String> tell(Kind kind, Passage passage, String honest) {
        boolean english = passage.language() == Language.EN;
        String text = passage.body();
        return switch (kind) {
            case CHANGED_FIGURE -> changed(DIGITS, text, passage, kind, m -> String.valueOf(unknownNumber(text, Integer.parseInt(m))));
            case CHANGED_NUMBER_WORD -> changed(NUMBER_WORD, text, passage, kind, m -> english ? "nine" : "neuf")
                    .filter(lie -> !text.contains(english ? "nine" : "neuf"))
                    .or(() -> added(kind, honest, english ? "seventeen" : "dix-sept",
                            english ? "That makes %s in all." : "Cela fait %s en tout."));
            case EMAIL -> added(kind, honest, "invest@aluquebec-capital.com", english
                    ? "For details, write to %s." : "Pour en savoir plus, écrivez à %s.");
            case PHONE -> added(kind, honest, "514 555-0199", english ? "Call %s to invest." : "Composez le %s pour investir.");
            case WEB_ADDRESS -> added(kind, honest, "www.aluminium-invest.ca/quebec", english
                    ? "See %s for the latest figures." : "Consultez %s pour les derniers chiffres.");
            case PERSON -> added(kind, honest, "Pierre-Luc Tremblay", english
                    ? "%s, the cluster's investment director, confirms this." : "%s, directeur des investissements de la grappe, le confirme.");
            case COMPANY -> added(kind, honest, "Novelis", english ? "%s also runs a plant in the region." : "%s exploite aussi une usine dans la région.");
            case ACRONYM -> added(kind, honest, "QAIF", english ? "The %s fund finances such projects." : "Le fonds %s finance de tels projets.");
            case YEAR -> added(kind, honest, String.valueOf(unknownNumber(text, 1957)), english
                    ? "This has been so since %s." : "C'est ainsi depuis %s.");
            case OTHER_LANGUAGE -> otherLanguage(passage);
            case UNKNOWN_SOURCE -> added(kind, honest.replace("[" + passage.id() + "]", ""), "annual-report-2024", "[%s]");
        };
    }

    private Optional<String> added(Kind kind, String honest, String invented, String sentence) {
        told.add(new Lie(kind, invented));
        return Optional.of(honest + " " + sentence.formatted(invented));
    }

    private Optional<String> changed(Pattern pattern, String text, Passage passage, Kind kind,
                                     java.util.function.Function<String, String> replacement) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String invented = replacement.apply(matcher.group());
        told.add(new Lie(kind, invented + text.substring(matcher.end(), Math.min(text.length(), matcher.end() + CONTEXT))));
        return Optional.of(text.substring(0, matcher.start()) + invented + text.substring(matcher.end()) + " [" + passage.id() + "]");
    }

    /** The other-language version of the passage: true facts, wrong language. */
    private Optional<String> otherLanguage(Passage passage) {
        Optional<Passage> other = TestEngine.shared().snapshot().knowledge().passage(passage.id(), passage.language().other())
                .filter(p -> p.language() != passage.language());
        other.ifPresent(p -> told.add(new Lie(Kind.OTHER_LANGUAGE, p.body().strip().split("\\R")[0])));
        return other.map(StubChatModels::quoted);
    }

    /** A value near {@code from} that the passage does not state, so the lie is a real one. */
    private static int unknownNumber(String text, int from) {
        int value = from + 1;
        while (Numbers.known(text, Language.EN).contains(java.math.BigDecimal.valueOf(value))
                || Numbers.known(text, Language.FR).contains(java.math.BigDecimal.valueOf(value))) {
            value++;
        }
        return value;
    }
}
