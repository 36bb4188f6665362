package qc.alubot.admin;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import qc.alubot.logbook.Mark;
import qc.alubot.logbook.UnansweredQuestions;

/**
 * The unanswered questions as a list of work: grouped, with the passages that nearly answered,
 * and the staff's decisions. A group marked handled leaves the list and comes back if it is
 * asked (and still not answered) after the decision; an ignored one stays away.
 */
@Controller
class UnansweredPages {

    static final String PATH = "/admin/unanswered";
    /** Where the form returns to: this page's own query string, nothing that could lead elsewhere. */
    private static final Pattern QUERY = Pattern.compile("(\\?[\\w%.~+=&-]*)?");
    /** Questions one decision may mark: a group of a busy list, with room to spare. */
    static final int MAX_KEYS = UnansweredBoard.SAMPLE;

    private final UnansweredBoard board;
    private final UnansweredQuestions questions;
    private final QuestionTrial trial;
    private final Filters filters;
    private final Clock clock;

    UnansweredPages(UnansweredBoard board, UnansweredQuestions questions, QuestionTrial trial, Filters filters, Clock clock) {
        this.board = board;
        this.questions = questions;
        this.trial = trial;
        this.filters = filters;
        this.clock = clock;
    }

    @GetMapping(PATH)
    String unanswered(FilterForm form, @RequestParam(defaultValue = "open") String view, Model model, Locale locale) {
        UnansweredQuestions.View chosen = "marked".equals(view) ? UnansweredQuestions.View.MARKED : UnansweredQuestions.View.OPEN;
        FilterForm.Parsed parsed = filters.parse(form, model, locale);
        model.addAttribute("board", board.board(parsed.filter(), chosen, form.pageNumber()));
        model.addAttribute("view", chosen.name().toLowerCase(Locale.ROOT));
        model.addAttribute("back", form.query(form.pageNumber()));
        model.addAttribute("threshold", trial.threshold());
        return "admin/unanswered";
    }

    /** Marks a group handled or ignored, or opens it again; then back to the same list. */
    @PostMapping(PATH + "/marks")
    String mark(@RequestParam List<String> keys, @RequestParam String decision, @RequestParam(defaultValue = "") String back,
                @RequestParam(defaultValue = "open") String view) {
        List<String> marked = keys.subList(0, Math.min(keys.size(), MAX_KEYS));
        switch (decision) {
            case "handled" -> questions.mark(marked, new Mark(Mark.State.HANDLED, clock.instant(), trial.version()));
            case "ignored" -> questions.mark(marked, new Mark(Mark.State.IGNORED, clock.instant(), trial.version()));
            default -> questions.reopen(marked);
        }
        String query = QUERY.matcher(back).matches() ? back : "";
        String separator = query.isEmpty() ? "?" : "&";
        return "redirect:" + PATH + query + ("marked".equals(view) ? separator + "view=marked" : "");
    }
}
