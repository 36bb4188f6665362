package qc.alubot.maintenance;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;
import qc.alubot.answer.CurrentKnowledge;
import qc.alubot.knowledge.KnowledgeVersion;
import qc.alubot.knowledge.LoadResult;
import qc.alubot.knowledge.Problem;

/**
 * {@code /actuator/info}: which knowledge version answers, since when, from which files, and
 * how the last reload went, so an edit's effect (or its error) can be checked without logs.
 */
@Component
class KnowledgeInfo implements InfoContributor {

    private final CurrentKnowledge knowledge;

    KnowledgeInfo(CurrentKnowledge knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public void contribute(Info.Builder builder) {
        KnowledgeVersion version = knowledge.get().knowledge().version();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("version", version.id());
        details.put("loadedAt", version.loadedAt().toString());
        details.put("files", version.files());
        knowledge.lastLoad().ifPresent(last -> details.put("lastReload", lastReload(last, version)));
        builder.withDetail("knowledge", details);
    }

    private static Map<String, Object> lastReload(LoadResult last, KnowledgeVersion inService) {
        Map<String, Object> reload = new LinkedHashMap<>();
        reload.put("at", last.checkedAt().toString());
        reload.put("result", last.knowledge().isPresent() ? "in service"
                : "refused: still answering from version " + inService.id());
        reload.put("errors", last.errors().stream().map(Problem::toString).toList());
        reload.put("warnings", last.warnings().stream().map(Problem::toString).toList());
        return reload;
    }
}
