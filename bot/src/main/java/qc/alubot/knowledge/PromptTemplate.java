package qc.alubot.knowledge;

import java.util.Set;
import java.util.TreeSet;
import qc.alubot.language.Language;

/**
 * The text templates an optional LLM is prompted with, one file per language in
 * {@code prompts/}. The bot fills the placeholders and draws the delimiters around what the
 * investor wrote, so a maintainer can reword a template but cannot forget to fence the
 * investor's text off from the instructions.
 */
public enum PromptTemplate {
    /** Standing instructions: use only the passages, copy figures exactly, cite, answer in this language. */
    SYSTEM("llm-system", Set.of(), Set.of()),
    /** One question: the passages with their ids, the conversation's last turns, the question. */
    ANSWER("llm-answer", Set.of("question", "passages"), Set.of("history"));

    private final String base;
    private final Set<String> required;
    private final Set<String> optional;

    PromptTemplate(String base, Set<String> required, Set<String> optional) {
        this.base = base;
        this.required = required;
        this.optional = optional;
    }

    /** The file name in the prompts folder, e.g. {@code llm-answer.fr.txt}. */
    public String file(Language language) {
        return base + "." + language.code() + ".txt";
    }

    /** Placeholders without which the template cannot do its job. */
    public Set<String> required() {
        return required;
    }

    public boolean allows(String placeholder) {
        return required.contains(placeholder) || optional.contains(placeholder);
    }

    /** Every placeholder the template may use, for messages. */
    public Set<String> placeholders() {
        Set<String> all = new TreeSet<>(required);
        all.addAll(optional);
        return all;
    }
}
