package qc.alubot.answer;

import qc.alubot.knowledge.LoadResult;

/**
 * Told after every load of the knowledge (at a reload; the first load at start-up happens before
 * anyone can listen): for monitoring, and to evaluate a new version off the answering threads.
 * Must return quickly and never throw: a failing listener is logged and skipped.
 */
public interface KnowledgeListener {

    /**
     * @param result    what the load found; a refused version has errors and no knowledge
     * @param installed whether a new version went into service (false when refused or unchanged)
     */
    void loaded(LoadResult result, boolean installed);
}
