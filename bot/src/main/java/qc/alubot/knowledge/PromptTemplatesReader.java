package qc.alubot.knowledge;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import qc.alubot.language.Language;

/**
 * Reads {@code prompts/llm-*.<lang>.txt} and checks each placeholder, so a typo in a prompt
 * is reported as {@code file:line} when the file is saved rather than discovered in an
 * investor's answer.
 */
final class PromptTemplatesReader {

    private PromptTemplatesReader() {
    }

    static PromptTemplates read(SourceFiles prompts, Problems problems) {
        Map<Language, Map<PromptTemplate, String>> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            Map<PromptTemplate, String> byTemplate = new EnumMap<>(PromptTemplate.class);
            for (PromptTemplate template : PromptTemplate.values()) {
                String name = template.file(language);
                String text = prompts.files().get(name);
                if (text == null) {
                    problems.error(prompts.display(name), 0, "this file is missing: it holds the "
                            + template.name().toLowerCase() + " prompt of the optional LLM (see the README, 'Prompts')");
                } else if (check(prompts.display(name), text, template, problems)) {
                    byTemplate.put(template, text.strip());
                }
            }
            texts.put(language, byTemplate);
        }
        return new PromptTemplates(texts);
    }

    /** @return whether the template is usable */
    private static boolean check(String file, String text, PromptTemplate template, Problems problems) {
        if (text.isBlank()) {
            problems.error(file, 1, "this prompt is empty");
            return false;
        }
        Set<String> used = new HashSet<>();
        List<String> lines = text.lines().toList();
        boolean usable = true;
        for (int i = 0; i < lines.size(); i++) {
            Matcher matcher = PromptTemplates.PLACEHOLDER.matcher(lines.get(i));
            while (matcher.find()) {
                String name = matcher.group(1);
                used.add(name);
                if (!template.allows(name)) {
                    problems.error(file, i + 1, "'{" + name + "}' cannot be used in this prompt" + known(template));
                    usable = false;
                }
            }
        }
        for (String required : template.required()) {
            if (!used.contains(required)) {
                problems.error(file, 1, "this prompt must contain {" + required + "}: without it the model never sees "
                        + (required.equals("question") ? "the investor's question" : "the passages it must answer from"));
                usable = false;
            }
        }
        return usable;
    }

    private static String known(PromptTemplate template) {
        return template.placeholders().isEmpty() ? ": it takes no placeholders"
                : " (it can use: " + template.placeholders().stream().map(p -> "{" + p + "}").collect(Collectors.joining(", ")) + ")";
    }
}
