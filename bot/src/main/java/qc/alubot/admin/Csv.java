package qc.alubot.admin;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Spreadsheet-safe CSV (RFC 4180). A cell that starts with {@code = + - @}, a tab or a carriage
 * return is prefixed with an apostrophe: a spreadsheet would otherwise run it as a formula, and
 * investors' questions are typed by anyone (CSV injection).
 */
final class Csv {

    /** Tells Excel the file is UTF-8, so accents in French questions survive. */
    static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private Csv() {
    }

    static String row(List<String> cells) {
        return cells.stream().map(Csv::cell).collect(Collectors.joining(",", "", "\r\n"));
    }

    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
