package qc.alubot.admin;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import qc.alubot.logbook.Conversations;
import qc.alubot.logbook.Exchange;

/**
 * {@code GET /admin/conversations.csv}: the conversations matching the page's filters (same
 * query parameters), for spreadsheets and scripts. Streamed, so an export of any size uses
 * little memory; column names are in English and stable, for scripts.
 */
@Controller
class ConversationExport {

    private final Conversations conversations;
    private final AdminProperties admin;
    private final Map<String, Function<Exchange, String>> columns;

    ConversationExport(Conversations conversations, AdminProperties admin) {
        this.conversations = conversations;
        this.admin = admin;
        this.columns = columns(DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(admin.timeZone()));
    }

    @GetMapping(AdminSecurity.EXPORT)
    void export(FilterForm form, HttpServletResponse response) throws IOException {
        PrintWriter[] out = {null};
        conversations.forEach(form.parse(admin.timeZone()).filter(), exchange -> {
            if (out[0] == null) {
                out[0] = start(response); // once the database has answered, so a failure still gets the error page
            }
            out[0].write(Csv.row(columns.values().stream().map(column -> column.apply(exchange)).toList()));
        });
        (out[0] == null ? start(response) : out[0]).flush();
    }

    private PrintWriter start(HttpServletResponse response) {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"conversations-"
                + LocalDate.now(admin.timeZone()) + ".csv\"");
        try {
            PrintWriter out = new PrintWriter(response.getOutputStream(), false, StandardCharsets.UTF_8);
            out.write(Csv.BYTE_ORDER_MARK + Csv.row(List.copyOf(columns.keySet())));
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("the CSV download could not start: " + e.getMessage(), e);
        }
    }

    private static Map<String, Function<Exchange, String>> columns(DateTimeFormatter time) {
        Map<String, Function<Exchange, String>> columns = new LinkedHashMap<>();
        columns.put("time", e -> time.format(e.askedAt()));
        columns.put("exchange_id", Exchange::id);
        columns.put("channel", e -> e.channel().name().toLowerCase(Locale.ROOT));
        columns.put("chat_type", Exchange::chatType);
        columns.put("user", Exchange::userRef);
        columns.put("conversation", Exchange::chatRef);
        columns.put("language", e -> e.language().code());
        columns.put("question", Exchange::question);
        columns.put("answer", Exchange::answer);
        columns.put("route", Exchange::route);
        columns.put("outcome", e -> e.outcome().name().toLowerCase(Locale.ROOT));
        columns.put("confidence", e -> String.format(Locale.ROOT, "%.3f", e.confidence()));
        columns.put("sources", e -> String.join(" ", e.sourceIds()));
        columns.put("latency_ms", e -> String.valueOf(e.latencyMillis()));
        columns.put("knowledge_version", Exchange::knowledgeVersion);
        columns.put("note", Exchange::note);
        columns.put("feedback", e -> e.feedback() == null ? "" : e.feedback().name().toLowerCase(Locale.ROOT));
        return columns;
    }
}
