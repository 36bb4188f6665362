package qc.alubot.maintenance;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import qc.alubot.CommandLine;
import qc.alubot.answer.AnswerService;
import qc.alubot.eval.EvalReport;
import qc.alubot.eval.EvalRunner;
import qc.alubot.eval.EvalSet;
import qc.alubot.knowledge.KnowledgeBase;
import qc.alubot.knowledge.KnowledgeFiles;
import qc.alubot.knowledge.KnowledgeLoader;
import qc.alubot.knowledge.KnowledgeProperties;
import qc.alubot.knowledge.LoadResult;
import qc.alubot.knowledge.Problem;

/**
 * {@code java -jar investor-bot.jar check [--eval PATH]}: what a maintainer runs after editing
 * knowledge/ or prompts/. Prints every problem as {@code file:line: message}, then runs the
 * evaluation set. Exit code 0 when clean, 1 on an error or an evaluation below its bar.
 */
@Component
@ConditionalOnProperty(name = "bot.mode", havingValue = "check")
class CheckCommand implements CommandLineRunner, ExitCodeGenerator {

    static final String DEFAULT_EVAL = "tests/eval/questions.yaml";

    private final KnowledgeProperties properties;
    private final KnowledgeLoader loader;
    private final ObjectProvider<AnswerService> answers;
    private final PrintStream out;
    private int exitCode;

    @Autowired
    CheckCommand(KnowledgeProperties properties, KnowledgeLoader loader, ObjectProvider<AnswerService> answers) {
        this(properties, loader, answers, new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }

    CheckCommand(KnowledgeProperties properties, KnowledgeLoader loader, ObjectProvider<AnswerService> answers,
                 PrintStream out) {
        this.properties = properties;
        this.loader = loader;
        this.answers = answers;
        this.out = out;
    }

    @Override
    public void run(String... args) throws IOException {
        exitCode = check(args) ? 0 : 1;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    boolean check(String... args) throws IOException {
        if (!folderExists(properties.dir(), "BOT_KNOWLEDGE_DIR") || !folderExists(properties.promptsDir(), "BOT_PROMPTS_DIR")) {
            return false;
        }
        out.println("Checking " + properties.dir() + " and " + properties.promptsDir() + " …");
        LoadResult result = loader.load(properties.readKnowledge(), properties.readPrompts());
        report(result);
        if (result.knowledge().isEmpty()) {
            return false;
        }
        return evaluate(CommandLine.option(args, "--eval", null));
    }

    private boolean folderExists(Path folder, String variable) {
        if (KnowledgeFiles.onDisk(folder)) {
            return true;
        }
        out.println(folder + ": this folder does not exist. Run from the project folder, or set " + variable
                + " to the folder to check.");
        return false;
    }

    private void report(LoadResult result) {
        result.errors().forEach(problem -> out.println(problem));
        result.warnings().forEach(problem -> out.println(problem));
        List<Problem> errors = result.errors();
        if (!errors.isEmpty()) {
            out.printf(Locale.ROOT, "%n%d error(s), %d warning(s). A running bot refuses this version and keeps "
                    + "answering from the last good one until the errors are fixed.%n", errors.size(), result.warnings().size());
            return;
        }
        KnowledgeBase knowledge = result.knowledge().orElseThrow();
        out.printf(Locale.ROOT, "%nNo errors, %d warning(s): %d passages, %d contacts, %d companies (version %s).%n",
                result.warnings().size(), knowledge.passages().size(), knowledge.contacts().size(),
                knowledge.companies().size(), knowledge.version().id());
    }

    private boolean evaluate(String explicitPath) throws IOException {
        Path file = Path.of(explicitPath == null ? DEFAULT_EVAL : explicitPath);
        if (!Files.isRegularFile(file)) {
            if (explicitPath != null) {
                out.println(file + ": no evaluation set there (--eval expects tests/eval/questions.yaml or another file like it).");
                return false;
            }
            out.println("No evaluation set at " + file + ": skipped (pass --eval PATH to run one).");
            return true;
        }
        EvalSet set = EvalSet.read(file);
        out.printf(Locale.ROOT, "%nRunning the evaluation set %s (%d cases) …%n", file, set.cases().size());
        EvalReport report = new EvalRunner(answers.getObject()::answer).run(set);
        out.print(report.format());
        boolean passed = report.meets(EvalReport.PASS_THRESHOLD);
        out.printf(Locale.ROOT, "%s: %.1f%% of cases pass (bar: %.0f%%), out-of-scope questions declined: %.0f%% (bar: 100%%).%n",
                passed ? "PASS" : "FAIL", 100 * report.passRate(), 100 * EvalReport.PASS_THRESHOLD,
                100 * report.passRate(EvalReport.OUT_OF_SCOPE));
        return passed;
    }

}
