package qc.alubot.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import qc.alubot.answer.CurrentKnowledge;
import qc.alubot.answer.KnowledgeListener;
import qc.alubot.knowledge.LoadResult;

/**
 * Knowledge reloads as monitoring sees them: how many were put in service, unchanged or refused,
 * and whether the last one was refused (an edit waiting to be fixed: alert on it).
 */
final class KnowledgeMeters implements KnowledgeListener, MeterBinder {

    private final CurrentKnowledge knowledge;
    private MeterRegistry registry;

    KnowledgeMeters(CurrentKnowledge knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public void bindTo(MeterRegistry meters) {
        this.registry = meters;
        Gauge.builder("bot.knowledge.last.load.refused", knowledge,
                        k -> k.lastLoad().map(last -> last.knowledge().isEmpty() ? 1.0 : 0.0).orElse(0.0))
                .description("1 while the last edit of the knowledge is refused (the previous version still answers)")
                .register(meters);
        for (String result : new String[] {"installed", "unchanged", "refused"}) {
            counter(result); // present at zero from the start, so rates and alerts work before the first reload
        }
        knowledge.addListener(this);
    }

    @Override
    public void loaded(LoadResult result, boolean installed) {
        counter(installed ? "installed" : result.knowledge().isPresent() ? "unchanged" : "refused").increment();
    }

    private Counter counter(String result) {
        return Counter.builder("bot.knowledge.reloads").description("Knowledge reloads by result")
                .tag("result", result).register(registry);
    }
}
