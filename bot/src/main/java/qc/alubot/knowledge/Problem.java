package qc.alubot.knowledge;

/**
 * Something wrong (or worth a look) in a knowledge or prompt file, pinned to a line so a
 * maintainer can open the file and fix it. Printed as {@code file:line: message}.
 */
public record Problem(Severity severity, String file, int line, String message) {

    public enum Severity { ERROR, WARNING }

    public static Problem error(String file, int line, String message) {
        return new Problem(Severity.ERROR, file, line, message);
    }

    public static Problem warning(String file, int line, String message) {
        return new Problem(Severity.WARNING, file, line, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line : file;
        return where + ": " + (isError() ? "" : "warning: ") + message;
    }
}
