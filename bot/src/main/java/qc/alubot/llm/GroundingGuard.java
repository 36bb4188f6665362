package qc.alubot.llm;

import qc.alubot.language.Names;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import qc.alubot.knowledge.Passage;
import qc.alubot.language.Language;
import qc.alubot.language.Numbers;

/**
 * Lets a model's reply through only if it states nothing the passages do not: every figure,
 * e-mail, phone number and web address must be in the passages given, every proper name in
 * them or in the question, every citation one of the passages given, and the reply must be in
 * the investor's language. Anything else sends the extractive answer instead.
 */
final class GroundingGuard {

    private static final Pattern CITATION = Pattern.compile("\\s*\\[([^\\[\\]]*)]");
    private static final Pattern SPACE_BEFORE_STOP = Pattern.compile("[ \\t]+(?=[.,])");
    private static final Pattern MARKDOWN_EMPHASIS = Pattern.compile("\\*\\*|__");
    /** Reasons listed in a note: enough to see the pattern, short enough to read. */
    private static final int REASONS = 3;

    private final LanguageCheck languageCheck = new LanguageCheck();

    /** One thing wrong with a reply: what kind, and what exactly. */
    private record Finding(String kind, String detail) {
    }

    Verdict check(String reply, Language language, List<Passage> passages, List<String> questions) {
        Set<String> ids = passages.stream().map(Passage::id).collect(Collectors.toSet());
        List<Finding> findings = new ArrayList<>();
        String text = withoutCitations(reply, ids, findings);
        if (text.isBlank()) {
            return Verdict.refuse("empty reply", "empty reply");
        }
        Grounds grounds = new Grounds(passages, questions);
        languageCheck.problem(text, language, grounds::quotes).ifPresent(p -> findings.add(new Finding("wrong language", p)));
        Contacts contacts = Contacts.in(text);
        grounds.alsoOrdinary(contacts.rest());
        contacts.emails().stream().filter(e -> !grounds.hasEmail(e)).forEach(e -> findings.add(invented("e-mail", e)));
        contacts.phones().stream().filter(p -> !grounds.hasPhone(p)).forEach(p -> findings.add(invented("phone number", p)));
        contacts.urls().stream().filter(u -> !grounds.hasUrl(u)).forEach(u -> findings.add(invented("web address", u)));
        Numbers.in(contacts.rest(), language).stream().filter(f -> !grounds.has(f))
                .forEach(f -> findings.add(invented("figure", "\"" + f.written() + "\"")));
        Names.in(contacts.rest(), grounds::ordinary).stream().filter(n -> !grounds.hasName(n)).distinct()
                .forEach(n -> findings.add(invented("name", "\"" + n + "\"")));
        return findings.isEmpty() ? Verdict.accept(text) : refusal(findings);
    }

    private static Finding invented(String what, String detail) {
        return new Finding("invented " + what, "invented " + what + " " + detail);
    }

    private static Verdict refusal(List<Finding> findings) {
        String more = findings.size() > REASONS ? " (+" + (findings.size() - REASONS) + " more)" : "";
        String reason = findings.stream().limit(REASONS).map(Finding::detail).collect(Collectors.joining("; ")) + more;
        String summary = findings.stream().map(Finding::kind).distinct().collect(Collectors.joining(", "));
        return Verdict.refuse(reason, summary);
    }

    /** The reply without its [passage-id] citations (the bot lists the sources itself); an unknown id is a problem. */
    private static String withoutCitations(String reply, Set<String> ids, List<Finding> findings) {
        Matcher citation = CITATION.matcher(reply);
        StringBuilder text = new StringBuilder();
        while (citation.find()) {
            for (String id : citation.group(1).split("[,;\\s]+")) {
                if (!id.isBlank() && !ids.contains(id.strip())) {
                    findings.add(new Finding("unknown citation", "cites \"" + id.strip() + "\", which is not a passage it was given"));
                }
            }
            citation.appendReplacement(text, "");
        }
        citation.appendTail(text);
        String plain = MARKDOWN_EMPHASIS.matcher(text).replaceAll("");
        return SPACE_BEFORE_STOP.matcher(plain).replaceAll("").lines().map(String::stripTrailing)
                .collect(Collectors.joining("\n")).strip();
    }
}
