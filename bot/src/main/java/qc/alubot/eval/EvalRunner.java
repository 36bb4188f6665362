package qc.alubot.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import qc.alubot.conversation.Answer;
import qc.alubot.conversation.Channel;
import qc.alubot.conversation.Outcome;
import qc.alubot.conversation.Question;
import qc.alubot.knowledge.KnowledgeBase;
import qc.alubot.language.Language;
import qc.alubot.llm.Claims;

/**
 * Asks every evaluation conversation, each in a fresh session, and checks every answer: the
 * facts it must (not) contain, its outcome, route and language, and that it states no figure,
 * name, e-mail, phone number or web address the knowledge does not give.
 */
public final class EvalRunner {

    private final Function<Question, Answer> bot;
    private final Claims claims;

    /** @param knowledge what every claim of an answer must come from */
    public EvalRunner(Function<Question, Answer> bot, KnowledgeBase knowledge) {
        this.bot = bot;
        this.claims = new Claims(KnowledgeGrounds.of(knowledge));
    }

    public EvalReport run(EvalSet set) {
        List<EvalReport.CaseResult> results = new ArrayList<>();
        for (EvalCase evalCase : set.cases()) {
            results.add(run(evalCase));
        }
        return new EvalReport(set, results);
    }

    private EvalReport.CaseResult run(EvalCase evalCase) {
        String session = "eval-" + evalCase.id() + "-" + System.nanoTime();
        List<String> failures = new ArrayList<>();
        int invented = 0;
        for (EvalCase.Turn turn : evalCase.turns()) {
            Answer answer = bot.apply(Question.of(turn.ask(), session, Channel.EVALUATION));
            Language language = turn.answerLanguage().orElse(evalCase.language());
            List<String> problems = check(evalCase, turn.expect(), answer, language);
            List<String> unsupported = claims.unsupported(answer.body(), answer.language(), List.of(turn.ask()));
            unsupported.forEach(claim -> problems.add("invented " + claim));
            invented += unsupported.size();
            if (!problems.isEmpty()) {
                failures.add("Q: " + turn.ask() + "\n" + String.join("\n", problems) + "\nA [" + answer.route() + ", "
                        + answer.outcome() + ", " + String.format("%.2f", answer.confidence()) + "]: "
                        + abbreviate(answer.text()));
            }
        }
        return new EvalReport.CaseResult(evalCase, failures, invented);
    }

    static List<String> check(EvalCase evalCase, EvalCase.Expectation expect, Answer answer, Language language) {
        List<String> problems = new ArrayList<>();
        String text = answer.text();
        expect.all().stream().filter(fact -> !FactMatcher.contains(text, fact))
                .forEach(fact -> problems.add("missing \"" + fact + "\""));
        if (!expect.any().isEmpty() && expect.any().stream().noneMatch(fact -> FactMatcher.contains(text, fact))) {
            problems.add("none of " + expect.any());
        }
        expect.none().stream().filter(fact -> FactMatcher.contains(text, fact))
                .forEach(fact -> problems.add("must not say \"" + fact + "\""));
        if (!expect.outcome().isEmpty() && !outcomeMatches(expect.outcome(), answer.outcome())) {
            problems.add("outcome " + answer.outcome() + ", expected " + expect.outcome());
        }
        if (!expect.route().isEmpty() && !expect.route().equals(answer.route().id())) {
            problems.add("route " + answer.route() + ", expected " + expect.route());
        }
        if (answer.language() != language) {
            problems.add("answered in " + answer.language() + ", expected " + language);
        }
        return problems;
    }

    private static boolean outcomeMatches(String expected, Outcome actual) {
        return switch (expected) {
            case "answered" -> actual == Outcome.ANSWERED || actual == Outcome.CONVERSATION;
            case "declined" -> actual == Outcome.DECLINED;
            case "no-answer" -> actual == Outcome.NO_ANSWER;
            default -> throw new IllegalArgumentException("unknown outcome '" + expected + "' (answered, declined, no-answer)");
        };
    }

    private static String abbreviate(String text) {
        String flat = text.replace('\n', ' ');
        return flat.length() <= 300 ? flat : flat.substring(0, 300) + "…";
    }
}
