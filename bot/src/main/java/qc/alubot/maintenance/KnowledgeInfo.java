package qc.alubot.maintenance;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;
import qc.alubot.answer.CurrentKnowledge;
import qc.alubot.knowledge.LoadResult;

/**
 * {@code /actuator/info}: which knowledge version answers, and whether the last reload was taken,
 * so an edit's effect can be checked without logs. Open to anyone, so it says no more: the file
 * names and the {@code file:line} problems are on the staff Knowledge page and in the log.
 */
@Component
class KnowledgeInfo implements InfoContributor {

    private final CurrentKnowledge knowledge;

    KnowledgeInfo(CurrentKnowledge knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public void contribute(Info.Builder builder) {
        String version = knowledge.get().knowledge().version().id();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("version", version);
        details.put("status", knowledge.lastLoad().map(last -> status(last, version)).orElse("in service"));
        builder.withDetail("knowledge", details);
    }

    private static String status(LoadResult last, String inService) {
        return last.knowledge().isPresent() ? "in service" : "last reload refused: still answering from version " + inService;
    }
}
