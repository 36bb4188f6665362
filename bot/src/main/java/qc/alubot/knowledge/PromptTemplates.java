package qc.alubot.knowledge;

import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import qc.alubot.language.Language;

/** The LLM prompt templates of one knowledge version, filled in one pass. */
public final class PromptTemplates {

    static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

    private final Map<Language, Map<PromptTemplate, String>> texts;

    public PromptTemplates(Map<Language, Map<PromptTemplate, String>> texts) {
        EnumMap<Language, Map<PromptTemplate, String>> copy = new EnumMap<>(Language.class);
        texts.forEach((language, byTemplate) -> copy.put(language, Map.copyOf(byTemplate)));
        this.texts = copy;
    }

    /**
     * The template with each {@code {placeholder}} replaced by its value. One pass, so a value
     * that itself contains "{passages}" (an investor can type anything) is never expanded.
     */
    public String fill(Language language, PromptTemplate template, Map<String, String> values) {
        String text = texts.getOrDefault(language, Map.of()).get(template);
        if (text == null) {
            throw new IllegalStateException("no " + template.file(language) + " in this knowledge version; "
                    + "the loader should have refused it");
        }
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String value = values.getOrDefault(matcher.group(1), matcher.group());
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }
}
