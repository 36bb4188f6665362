package qc.alubot.language;

/**
 * Masks e-mail addresses and phone numbers that investors type: before a question is stored
 * (staff need the question, not the investor's contact details, and Law 25 asks us to keep no
 * more than we need), and before an answer quotes a question back (an address the investor typed
 * must never read as one the bot gives). Figures and years in questions ("2015-2018", "2.9 million") are left alone.
 *
 * <p>Plain scans, not regular expressions: the text is anyone's, and the patterns this replaces
 * recursed once per dot of a crafted address ({@code "a@a" + ".a" × 1998}) until the stack
 * overflowed. Each scan here visits every character a bounded number of times, whatever the text.
 */
public final class PersonalDataMask {

    public static final String EMAIL = "[email]";
    public static final String PHONE = "[phone]";

    /** National numbers have ten digits (North America) or more (international, at most fifteen). */
    private static final int MIN_DIGITS = 10;
    private static final int MAX_DIGITS = 15;
    /** A local number without area code, 669-0003, has seven. */
    private static final int LOCAL_DIGITS = 7;
    /** The shortest run read as a candidate: a digit, five more characters, a digit. */
    private static final int MIN_RUN = 7;

    private PersonalDataMask() {
    }

    public static String mask(String text) {
        return maskPhones(maskEmails(text));
    }

    private static String maskEmails(String text) {
        StringBuilder masked = new StringBuilder(text.length());
        int copied = 0;
        int at = text.indexOf('@');
        while (at >= 0) {
            int start = at;
            while (start > copied && isLocalPart(text.charAt(start - 1))) {
                start--;
            }
            int end = domainEnd(text, at + 1);
            if (start < at && end > 0) {
                masked.append(text, copied, start).append(EMAIL);
                copied = end;
            }
            at = text.indexOf('@', Math.max(at + 1, copied));
        }
        return masked.append(text, copied, text.length()).toString();
    }

    /** Where a domain of at least two labels starting at {@code from} ends, or -1 when there is none. */
    private static int domainEnd(String text, int from) {
        int labels = 0;
        int end = -1;
        int i = from;
        while (true) {
            int labelStart = i;
            while (i < text.length() && isDomainLabel(text.charAt(i))) {
                i++;
            }
            if (i == labelStart) {
                return labels >= 2 ? end : -1;
            }
            labels++;
            end = i;
            if (i + 1 >= text.length() || text.charAt(i) != '.' || !isDomainLabel(text.charAt(i + 1))) {
                return labels >= 2 ? end : -1;
            }
            i++;
        }
    }

    private static String maskPhones(String text) {
        StringBuilder masked = new StringBuilder(text.length());
        int copied = 0;
        int i = 0;
        while (i < text.length()) {
            int end = phoneCandidateEnd(text, i);
            if (end < 0) {
                i++;
                continue;
            }
            String candidate = text.substring(i, end);
            if (isPhone(candidate)) {
                masked.append(text, copied, i).append(PHONE);
                copied = end;
            }
            i = end;
        }
        return masked.append(text, copied, text.length()).toString();
    }

    /**
     * The end of a phone-like run starting at {@code start}: an optional {@code +} and {@code (},
     * a digit, digits and separators, a digit, with no letter or digit just before or after.
     * -1 when none starts here.
     */
    private static int phoneCandidateEnd(String text, int start) {
        if (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
            return -1;
        }
        int i = start;
        if (i < text.length() && text.charAt(i) == '+') {
            i++;
        }
        if (i < text.length() && text.charAt(i) == '(') {
            i++;
        }
        if (i >= text.length() || !isAsciiDigit(text.charAt(i))) {
            return -1;
        }
        int first = i;
        int run = i;
        while (run < text.length() && isPhoneCharacter(text.charAt(run))) {
            run++;
        }
        for (int last = run - 1; last - first + 1 >= MIN_RUN; last--) {
            boolean endsClean = last + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(last + 1));
            if (isAsciiDigit(text.charAt(last)) && endsClean) {
                return last + 1;
            }
        }
        return -1;
    }

    private static boolean isPhone(String candidate) {
        String number = candidate.strip();
        long digits = number.chars().filter(PersonalDataMask::isAsciiDigit).count();
        return digits >= MIN_DIGITS && digits <= MAX_DIGITS || digits == LOCAL_DIGITS && isLocalNumber(number);
    }

    /** Three digits, one of {@code - . space}, four digits: 669-0003. */
    private static boolean isLocalNumber(String number) {
        if (number.length() != 8 || "-. ".indexOf(number.charAt(3)) < 0) {
            return false;
        }
        for (int i = 0; i < number.length(); i++) {
            if (i != 3 && !isAsciiDigit(number.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLocalPart(char c) {
        return Character.isLetterOrDigit(c) || "._%+-".indexOf(c) >= 0;
    }

    private static boolean isDomainLabel(char c) {
        return Character.isLetterOrDigit(c) || c == '-';
    }

    private static boolean isPhoneCharacter(char c) {
        return isAsciiDigit(c) || Character.isWhitespace(c) || "().-".indexOf(c) >= 0;
    }

    private static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }
}
