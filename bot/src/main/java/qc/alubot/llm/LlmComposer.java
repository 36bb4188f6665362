package qc.alubot.llm;

import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import qc.alubot.answer.Composer;
import qc.alubot.answer.Composer.Request;
import qc.alubot.answer.Evidence;
import qc.alubot.conversation.Draft;

/**
 * Lets an LLM word retrieval answers, around the extractive composer: the extractive draft is
 * made first, and kept whenever the model fails, is slow, or says anything the guard cannot
 * find in the passages given. The sources, related questions and follow-up memory are always
 * the extractive draft's: the bot, not the model, says where an answer comes from. Only
 * retrieval answers come here; rules, commands and declines never reach a composer.
 */
final class LlmComposer implements Composer {

    private static final Logger log = LoggerFactory.getLogger(LlmComposer.class);

    private final Composer extractive;
    private final ChatPort model;
    private final AnswerCache cache;
    private final String modelName;
    private final LlmCounts counts;
    private final PromptWriter prompts = new PromptWriter();
    private final GroundingGuard guard = new GroundingGuard();

    LlmComposer(Composer extractive, ChatPort model, AnswerCache cache, String modelName, LlmCounts counts) {
        this.extractive = extractive;
        this.counts = counts;
        this.model = model;
        this.cache = cache;
        this.modelName = modelName;
    }

    @Override
    public Draft compose(Request request, Evidence evidence) {
        Draft fallback = extractive.compose(request, evidence);
        try {
            AnswerCache.Key key = AnswerCache.key(request, evidence);
            Optional<Verdict> cached = cache.get(key);
            Verdict verdict = cached.orElseGet(() -> ask(request, evidence));
            if (cached.isEmpty()) {
                cache.put(key, verdict);
            }
            return decided(fallback, verdict, cached.isPresent() ? " (cached)" : "");
        } catch (LlmFailure failure) {
            return unavailable(fallback, failure);
        } catch (RuntimeException e) {
            log.error("The LLM step failed unexpectedly; the investor got the extractive answer. This is a bug: "
                    + "please report it with this stack trace", e);
            return fallback.withNote("LLM step failed (" + e.getClass().getSimpleName() + "); extractive answer sent");
        }
    }

    private Draft decided(Draft fallback, Verdict verdict, String from) {
        if (verdict.accepted()) {
            return reworded(fallback, verdict.text(), "LLM answer (" + modelName + ") passed the grounding guard" + from);
        }
        log.info("LLM answer refused by the grounding guard ({}): sent the extractive answer instead. If this is frequent, "
                + "check the prompts (prompts/llm-*.txt) and the model (BOT_LLM_MODEL); the logbook note has the details",
                verdict.summary());
        return fallback.withNote("LLM answer refused by the grounding guard" + from + ": " + verdict.reason()
                + "; extractive answer sent");
    }

    private static Draft unavailable(Draft fallback, LlmFailure failure) {
        if (failure.kind() == LlmFailure.Kind.CIRCUIT_OPEN) {
            log.debug("LLM not used: {}", failure.getMessage());
        } else {
            log.warn("LLM not used for this answer: {}. The investor got the extractive answer", failure.getMessage());
        }
        return fallback.withNote("LLM not used: " + failure.getMessage() + "; extractive answer sent");
    }

    private Verdict ask(Request request, Evidence evidence) {
        String reply = model.reply(prompts.write(request, evidence));
        Verdict verdict = guard.check(reply, request.language(), evidence.passages(), List.of(request.text(), evidence.question()));
        if (!verdict.accepted()) {
            counts.refusals.incrementAndGet();
        }
        return verdict;
    }

    private static Draft reworded(Draft draft, String body, String note) {
        return new Draft(draft.route(), draft.outcome(), body, draft.sources(), draft.confidence(), draft.contactId(),
                draft.passageId(), draft.topicQuestion(), draft.related(), note);
    }
}
