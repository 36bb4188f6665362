package qc.alubot.rules;

import qc.alubot.conversation.SessionState;
import qc.alubot.knowledge.KnowledgeBase;
import qc.alubot.language.Language;

/** What a rule needs besides the question: the knowledge in service, the answer's language and the conversation. */
public record Situation(KnowledgeBase knowledge, Language language, SessionState session) {
}
