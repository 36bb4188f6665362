package qc.alubot.admin;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Reads a page's filters and puts them on the page with what could not be understood, in the staff's language. */
@Component
class Filters {

    private final AdminProperties admin;
    private final MessageSource messages;

    Filters(AdminProperties admin, MessageSource messages) {
        this.admin = admin;
        this.messages = messages;
    }

    FilterForm.Parsed parse(FilterForm form, Model model, Locale locale) {
        FilterForm.Parsed parsed = form.parse(admin.timeZone());
        model.addAttribute("form", form);
        model.addAttribute("problems", parsed.problems().stream().map(p -> messages.getMessage(p, locale)).toList());
        return parsed;
    }
}
