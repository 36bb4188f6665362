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
 * {@code java -jar investor-bot.jar check [--eval PATH] [--show-held-out]}: what a maintainer runs
 * after editing knowledge/ or prompts/. Prints every problem as {@code file:line: message}, then
 * runs the evaluation sets of {@code tests/eval}. Exit code 0 when clean, 1 on an error or a set
 * below its bar. A held-out set's failures are printed only with {@code --show-held-out}.
 */
@Component
@ConditionalOnProperty(name = "bot.mode", havingValue = "check")
class CheckCommand implements CommandLineRunner, ExitCodeGenerator {

    static final String DEFAULT_EVAL = "tests/eval";

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
        return evaluate(CommandLine.option(args, "--eval", null), List.of(args).contains("--show-held-out"));
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

    private boolean evaluate(String explicitPath, boolean showHeldOut) throws IOException {
        Path path = Path.of(explicitPath == null ? DEFAULT_EVAL : explicitPath);
        if (!Files.exists(path)) {
            if (explicitPath != null) {
                out.println(path + ": no evaluation set there (--eval expects tests/eval or one of its files).");
                return false;
            }
            out.println("No evaluation sets at " + path + ": skipped (pass --eval PATH to run one).");
            return true;
        }
        boolean passed = true;
        AnswerService service = answers.getObject();
        KnowledgeBase knowledge = loader.load(properties.readKnowledge(), properties.readPrompts()).knowledge().orElseThrow();
        for (EvalSet set : EvalSet.readAll(path)) {
            out.printf(Locale.ROOT, "%nRunning the evaluation set %s (%d cases) …%n", set.file(), set.cases().size());
            EvalReport report = new EvalRunner(service::answer, knowledge).run(set);
            out.print(report.format(showHeldOut));
            boolean met = report.meets();
            out.printf(Locale.ROOT, "%s: %.1f%% of cases pass (bar: %.0f%%, %.0f%% per category), out-of-scope declined: "
                    + "%.0f%% (bar: %.0f%%), invented claims: %d (bar: 0).%n", met ? "PASS" : "FAIL", 100 * report.passRate(),
                    100 * set.bar(), 100 * set.categoryBar(), 100 * report.passRate(EvalReport.OUT_OF_SCOPE),
                    100 * set.declinedBar(), report.invented());
            passed &= met;
        }
        return passed;
    }

}
