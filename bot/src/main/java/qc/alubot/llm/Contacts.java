package qc.alubot.llm;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The e-mail addresses, phone numbers and web addresses in a text, normalised so the same
 * contact written two ways compares equal ("(418) 669-0003" and "418 669 0003"), and the text
 * left once they are blanked out, for the figure and name checks that follow.
 */
record Contacts(Set<String> emails, Set<String> phones, Set<String> urls, String rest) {

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>()\\[\\]\"'«»]+");
    /** A bare domain ("aluquebec.com"); the endings are listed so "M.Sc." or "e.g." never pass for one. */
    private static final Pattern DOMAIN = Pattern.compile("(?i)(?<![\\p{L}\\p{N}.@/-])(?:[\\p{L}\\p{N}-]+\\.)+"
            + "(?:com|ca|org|net|info|biz|io|ai|quebec|fr|us|co|eu|int|edu|gov)(?:/[^\\s<>()\\[\\]\"'«»]*)?(?![\\p{L}\\p{N}-])");
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\d+])(?:\\+?1[\\s.-]?)?(?:\\(\\d{3}\\)|\\d{3})[\\s.-]?\\d{3}[\\s.-]?\\d{4}(?!\\d)");
    private static final Pattern TRAILING = Pattern.compile("[.,;:!?/]+$");

    static Contacts in(String text) {
        Set<String> emails = new LinkedHashSet<>();
        Set<String> urls = new LinkedHashSet<>();
        Set<String> phones = new LinkedHashSet<>();
        String rest = take(EMAIL, text, match -> emails.add(match.toLowerCase(Locale.ROOT)));
        rest = take(URL, rest, match -> urls.add(url(match)));
        rest = take(DOMAIN, rest, match -> urls.add(url(match)));
        rest = take(PHONE, rest, match -> phones.add(phone(match)));
        return new Contacts(emails, phones, urls, rest);
    }

    /** Grounded when a known address is this one or a more specific page of it. */
    static boolean urlGrounded(String url, Set<String> known) {
        return known.stream().anyMatch(k -> k.equals(url) || k.startsWith(url + "/"));
    }

    private static String take(Pattern pattern, String text, java.util.function.Consumer<String> found) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder rest = new StringBuilder();
        while (matcher.find()) {
            found.accept(matcher.group());
            matcher.appendReplacement(rest, " ");
        }
        matcher.appendTail(rest);
        return rest.toString();
    }

    private static String url(String written) {
        String url = TRAILING.matcher(written.toLowerCase(Locale.ROOT)).replaceAll("");
        return url.replaceFirst("^https?://", "").replaceFirst("^www\\.", "").replaceAll("/+$", "");
    }

    /** Digits only, without the North American country code. */
    private static String phone(String written) {
        String digits = written.replaceAll("\\D", "");
        return digits.length() == 11 && digits.startsWith("1") ? digits.substring(1) : digits;
    }
}
