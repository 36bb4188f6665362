package qc.alubot.admin;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import qc.alubot.answer.CurrentKnowledge;
import qc.alubot.eval.EvalReport;
import qc.alubot.knowledge.KnowledgeVersion;
import qc.alubot.knowledge.LoadResult;
import qc.alubot.knowledge.Problem;

/**
 * Which knowledge version answers now, what was wrong with the files at the last load, how the
 * version does on the evaluation set, and every entry it holds, searchable: a maintainer who
 * just edited {@code knowledge/} sees here whether the edit was taken or refused, and why.
 */
@Controller
class KnowledgePage {

    /** Entries shown at once: the whole knowledge today, and a bound if it grows to thousands. */
    static final int SHOWN = 500;

    private final CurrentKnowledge knowledge;
    private final KnowledgeCatalog catalog;
    private final ObjectProvider<ServiceEvaluation> evaluation;

    KnowledgePage(CurrentKnowledge knowledge, KnowledgeCatalog catalog, ObjectProvider<ServiceEvaluation> evaluation) {
        this.knowledge = knowledge;
        this.catalog = catalog;
        this.evaluation = evaluation;
    }

    /** One category's evaluation result. */
    record CategoryResult(String category, long passed, long total) {

        public long percent() {
            return total == 0 ? 100 : Math.round(100.0 * passed / total);
        }
    }

    @GetMapping("/admin/knowledge")
    String knowledge(@RequestParam(required = false) String kind, @RequestParam(required = false) String q, Model model) {
        KnowledgeVersion version = knowledge.get().knowledge().version();
        List<Problem> problems = knowledge.lastLoad().map(LoadResult::problems).orElse(List.of());
        model.addAttribute("version", version);
        model.addAttribute("problems", problems.stream().map(Problem::toString).toList());
        model.addAttribute("errors", problems.stream().filter(Problem::isError).count());
        model.addAttribute("refused", knowledge.lastLoad().map(result -> result.knowledge().isEmpty()).orElse(false));
        List<KnowledgeEntry> entries = catalog.find(kind, q);
        model.addAttribute("entries", entries.subList(0, Math.min(SHOWN, entries.size())));
        model.addAttribute("found", entries.size());
        model.addAttribute("kinds", catalog.kinds());
        model.addAttribute("kind", kind == null ? "" : kind);
        model.addAttribute("q", q == null ? "" : q);
        ServiceEvaluation.Status status = evaluation.getIfAvailable() == null ? null : evaluation.getObject().status();
        model.addAttribute("evaluation", status);
        model.addAttribute("categories", status == null || status.report() == null ? List.of() : categories(status.report()));
        return "admin/knowledge";
    }

    static List<CategoryResult> categories(EvalReport report) {
        Map<String, List<EvalReport.CaseResult>> byCategory = new TreeMap<>(report.results().stream()
                .collect(Collectors.groupingBy(r -> r.evalCase().category())));
        return byCategory.entrySet().stream().map(e -> new CategoryResult(e.getKey(),
                e.getValue().stream().filter(EvalReport.CaseResult::passed).count(), e.getValue().size())).toList();
    }
}
