package qc.alubot.eval;

import java.util.List;
import java.util.Optional;
import qc.alubot.language.Language;

/** One conversation of the evaluation set: questions asked in turn, each with what its answer must show. */
public record EvalCase(String id, String category, Language language, List<Turn> turns) {

    public EvalCase {
        turns = List.copyOf(turns);
    }

    /**
     * A question and what its answer must (and must not) contain.
     *
     * @param answerLanguage the language this turn's answer must be in, when not the case's
     *                       (a conversation that switches language)
     */
    public record Turn(String ask, Expectation expect, Optional<Language> answerLanguage) {

        public Turn(String ask, Expectation expect) {
            this(ask, expect, Optional.empty());
        }
    }

    /**
     * @param all     every one must appear in the answer
     * @param any     at least one must appear (when not empty)
     * @param none    none may appear
     * @param outcome {@code answered}, {@code declined} or {@code no-answer}; empty means not checked
     * @param route   the route that must answer; empty means not checked
     */
    public record Expectation(List<String> all, List<String> any, List<String> none, String outcome, String route) {

        public Expectation {
            all = List.copyOf(all);
            any = List.copyOf(any);
            none = List.copyOf(none);
        }
    }
}
