package qc.alubot.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import qc.alubot.language.Language;

/**
 * {@code /admin/try}: a maintainer asks a question against the knowledge in service and sees the
 * answer as an investor would, and why it came out that way. Nothing is recorded in the logbook.
 * A plain GET, so a trial can be linked to (from an unanswered group) and bookmarked.
 */
@Controller
class TryPage {

    /** As long as the API accepts: a trial asks what an investor could. */
    static final int MAX_LENGTH = 4_000;

    private final QuestionTrial trial;

    TryPage(QuestionTrial trial) {
        this.trial = trial;
    }

    @GetMapping("/admin/try")
    String tryQuestion(@RequestParam(required = false) String q, @RequestParam(required = false) String language,
                       Model model) {
        String question = q == null ? "" : q.strip();
        Language forced = language == null ? null : Language.parse(language)
                .filter(l -> l.code().equalsIgnoreCase(language)).orElse(null);
        model.addAttribute("question", question);
        model.addAttribute("language", forced == null ? "" : forced.code());
        if (!question.isEmpty()) {
            model.addAttribute("trial", trial.ask(question.substring(0, Math.min(question.length(), MAX_LENGTH)), forced));
        }
        return "admin/try";
    }
}
