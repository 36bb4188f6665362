package qc.alubot.admin;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import qc.alubot.logbook.Conversations;
import qc.alubot.logbook.Exchange;

/** The staff's view of the logbook: conversations with filters, and a transcript. */
@Controller
@RequestMapping(ConversationPages.PATH)
class ConversationPages {

    static final String PATH = "/admin/conversations";
    /** Rows per page: a screenful on a laptop, still light on a phone. */
    static final int PAGE_SIZE = 50;

    private final Conversations conversations;
    private final Filters filters;

    ConversationPages(Conversations conversations, Filters filters) {
        this.conversations = conversations;
        this.filters = filters;
    }

    @GetMapping({"", "/"})
    String list(FilterForm form, Model model, Locale locale) {
        FilterForm.Parsed parsed = filters.parse(form, model, locale);
        model.addAttribute("page", conversations.page(parsed.filter(), form.pageNumber(), PAGE_SIZE));
        model.addAttribute("routes", conversations.routes());
        return "admin/conversations";
    }

    /** The conversation around one exchange; 404 with an explanation when it is gone (retention, /forget). */
    @GetMapping("/{id}")
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
}
