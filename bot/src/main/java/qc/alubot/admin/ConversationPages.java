package qc.alubot.admin;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import qc.alubot.logbook.Conversations;
import qc.alubot.logbook.Exchange;
import qc.alubot.logbook.QuestionGroups;

/** The staff's view of the logbook: conversations with filters, a transcript, and what the bot could not answer. */
@Controller
@RequestMapping("/admin")
class ConversationPages {

    /** Rows per page: a screenful on a laptop, still light on a phone. */
    static final int PAGE_SIZE = 50;
    /** Unanswered questions grouped at most: months of a busy bot, grouped in well under a second. */
    static final int GROUPING_SAMPLE = 2_000;

    private final Conversations conversations;
    private final AdminProperties admin;
    private final MessageSource messages;

    ConversationPages(Conversations conversations, AdminProperties admin, MessageSource messages) {
        this.conversations = conversations;
        this.admin = admin;
        this.messages = messages;
    }

    @GetMapping({"", "/"})
    String list(FilterForm form, Model model, Locale locale) {
        FilterForm.Parsed parsed = filters(form, model, locale);
        model.addAttribute("page", conversations.page(parsed.filter(), form.pageNumber(), PAGE_SIZE));
        model.addAttribute("routes", conversations.routes());
        return "admin/conversations";
    }

    /** The conversation around one exchange; 404 with an explanation when it is gone (retention, /forget). */
    @GetMapping("/conversations/{id}")
    String transcript(@PathVariable String id, Model model, HttpServletResponse response) {
        Optional<List<Exchange>> found = conversations.transcript(id);
        if (found.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "admin/missing";
        }
        List<Exchange> transcript = found.get();
        model.addAttribute("exchanges", transcript);
        model.addAttribute("chosen", id);
        model.addAttribute("first", transcript.get(0));
        return "admin/transcript";
    }

    @GetMapping("/unanswered")
    String unanswered(FilterForm form, Model model, Locale locale) {
        FilterForm.Parsed parsed = filters(form, model, locale);
        List<Exchange> questions = conversations.newest(parsed.filter().onlyUnanswered(), GROUPING_SAMPLE);
        model.addAttribute("groups", QuestionGroups.of(questions));
        model.addAttribute("considered", questions.size());
        model.addAttribute("sample", GROUPING_SAMPLE);
        return "admin/unanswered";
    }

    private FilterForm.Parsed filters(FilterForm form, Model model, Locale locale) {
        FilterForm.Parsed parsed = form.parse(admin.timeZone());
        model.addAttribute("form", form);
        model.addAttribute("problems", parsed.problems().stream().map(p -> messages.getMessage(p, locale)).toList());
        return parsed;
    }
}
