package qc.alubot.admin;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import qc.alubot.answer.CurrentKnowledge;
import qc.alubot.knowledge.KnowledgeVersion;
import qc.alubot.knowledge.LoadResult;
import qc.alubot.knowledge.Problem;

/**
 * Which knowledge version answers now, and what was wrong with the files at the last load: a
 * maintainer who just edited {@code knowledge/} sees here whether the edit was taken or refused, and why.
 */
@Controller
class KnowledgePage {

    private final CurrentKnowledge knowledge;

    KnowledgePage(CurrentKnowledge knowledge) {
        this.knowledge = knowledge;
    }

    @GetMapping("/admin/knowledge")
    String knowledge(Model model) {
        KnowledgeVersion version = knowledge.get().knowledge().version();
        List<Problem> problems = knowledge.lastLoad().map(LoadResult::problems).orElse(List.of());
        model.addAttribute("version", version);
        model.addAttribute("problems", problems.stream().map(Problem::toString).toList());
        model.addAttribute("errors", problems.stream().filter(Problem::isError).count());
        model.addAttribute("refused", knowledge.lastLoad().map(result -> result.knowledge().isEmpty()).orElse(false));
        return "admin/knowledge";
    }
}
