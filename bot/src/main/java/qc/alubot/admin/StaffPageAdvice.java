package qc.alubot.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;
import qc.alubot.answer.CurrentKnowledge;

/** What every staff page shows (knowledge version, language switch, times in the staff's zone), and the database-down page. */
@ControllerAdvice(basePackageClasses = StaffPageAdvice.class)
class StaffPageAdvice {

    private static final Logger log = LoggerFactory.getLogger(StaffPageAdvice.class);

    private final CurrentKnowledge knowledge;
    private final AdminProperties admin;

    StaffPageAdvice(CurrentKnowledge knowledge, AdminProperties admin) {
        this.knowledge = knowledge;
        this.admin = admin;
    }

    @ModelAttribute
    void common(Model model, HttpServletRequest request, Locale locale) {
        model.addAttribute("knowledgeVersion", knowledge.get().version());
        model.addAttribute("times", new StaffTimes(admin.timeZone(), locale));
        String other = Locale.FRENCH.equals(StaffLocale.supported(locale)) ? Locale.ENGLISH.getLanguage()
                : Locale.FRENCH.getLanguage();
        model.addAttribute("switchLanguage", withLanguage(request, other));
    }

    /** The logbook database is down: say so on the page, not with a stack trace; answering goes on regardless. */
    @ExceptionHandler(DataAccessException.class)
    String unavailable(DataAccessException e, HttpServletRequest request, HttpServletResponse response, Model model,
                       Locale locale) {
        log.error("A staff page could not read the logbook: {}", NestedExceptionUtils.getMostSpecificCause(e).getMessage());
        if (!response.isCommitted()) {
            response.reset();
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        common(model, request, locale); // exception handlers get a fresh model
        model.addAttribute("cause", NestedExceptionUtils.getMostSpecificCause(e).getMessage());
        return "admin/unavailable";
    }

    private static String withLanguage(HttpServletRequest request, String language) {
        String query = request.getQueryString();
        return UriComponentsBuilder.fromUriString(request.getRequestURI() + (query == null ? "" : "?" + query))
                .replaceQueryParam(StaffLocale.PARAMETER, language).build(true).toUriString();
    }
}
