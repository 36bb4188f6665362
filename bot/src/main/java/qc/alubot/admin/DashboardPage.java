package qc.alubot.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import qc.alubot.logbook.LogbookStatistics;

/** {@code /admin}: the first staff page, how the bot is doing over a period at a glance. */
@Controller
class DashboardPage {

    /** Unanswered groups shown: what to add to the knowledge next; the rest is one click away. */
    static final int TOP_UNANSWERED = 5;

    private final LogbookStatistics statistics;
    private final UnansweredBoard unanswered;
    private final AdminProperties admin;
    private final MessageSource messages;
    private final Clock clock;

    DashboardPage(LogbookStatistics statistics, UnansweredBoard unanswered, AdminProperties admin, MessageSource messages,
                  Clock clock) {
        this.statistics = statistics;
        this.unanswered = unanswered;
        this.admin = admin;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping({"/admin", "/admin/"})
    String dashboard(PeriodForm form, Model model, Locale locale) {
        PeriodForm.Period period = form.parse(admin.timeZone(), LocalDate.now(clock.withZone(admin.timeZone())));
        model.addAttribute("dashboard", Dashboard.of(period, statistics.activity(period.filter(), admin.timeZone()),
                unanswered.top(period.filter(), TOP_UNANSWERED), admin.timeZone()));
        model.addAttribute("period", period);
        model.addAttribute("choices", PeriodForm.CHOICES);
        model.addAttribute("problems", period.problems().stream().map(p -> messages.getMessage(p, locale)).toList());
        return "admin/dashboard";
    }
}
