package qc.alubot;

/** The {@code --name value} options of the jar's commands (check, bench, scale-bench). */
public final class CommandLine {

    private CommandLine() {
    }

    /** The value after {@code name}, or {@code fallback} when the option is absent. */
    public static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
