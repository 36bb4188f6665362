package qc.alubot.logbook;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks e-mail addresses and phone numbers that investors type, before a question is stored:
 * staff need the question, not the investor's contact details, and Law 25 asks us to keep no
 * more than we need. Figures and years in questions ("2015-2018", "2.9 million") are left alone.
 */
final class PersonalDataMask {

    static final String EMAIL = "[email]";
    static final String PHONE = "[phone]";

    private static final Pattern EMAIL_ADDRESS = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+");
    /** Digits with the separators phone numbers are written with, e.g. +1 (418) 669-0003, 418.669.0003. */
    private static final Pattern PHONE_LIKE = Pattern.compile("(?<![\\p{L}\\p{N}])\\+?\\(?\\d[\\d\\s().-]{5,}\\d(?![\\p{L}\\p{N}])");
    /** A local number without area code: 669-0003. */
    private static final Pattern LOCAL_NUMBER = Pattern.compile("\\d{3}[-. ]\\d{4}");
    /** National numbers have ten digits (North America) or more (international, at most fifteen). */
    private static final int MIN_DIGITS = 10;
    private static final int MAX_DIGITS = 15;

    private PersonalDataMask() {
    }

    static String mask(String text) {
        String withoutEmails = EMAIL_ADDRESS.matcher(text).replaceAll(EMAIL);
        Matcher phone = PHONE_LIKE.matcher(withoutEmails);
        StringBuilder masked = new StringBuilder();
        while (phone.find()) {
            phone.appendReplacement(masked, Matcher.quoteReplacement(isPhone(phone.group().strip()) ? PHONE : phone.group()));
        }
        return phone.appendTail(masked).toString();
    }

    private static boolean isPhone(String candidate) {
        long digits = candidate.chars().filter(Character::isDigit).count();
        return digits >= MIN_DIGITS && digits <= MAX_DIGITS || digits == 7 && LOCAL_NUMBER.matcher(candidate).matches();
    }
}
