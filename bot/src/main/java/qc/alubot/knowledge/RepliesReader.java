package qc.alubot.knowledge;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Reads {@code replies.<lang>.yaml}: one line of wording per {@link Reply}. */
final class RepliesReader {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

    private RepliesReader() {
    }

    static Map<Reply, String> read(String file, String text, Problems problems) {
        Map<Reply, String> wording = new EnumMap<>(Reply.class);
        Yamls.parse(file, text, 0, problems).ifPresent(root -> {
            root.allowOnly(Stream.of(Reply.values()).map(Reply::key).collect(Collectors.toSet()));
            for (Reply reply : Reply.values()) {
                Optional<String> value = root.has(reply.key()) ? Optional.ofNullable(root.requiredText(reply.key())) : Optional.empty();
                if (!root.has(reply.key())) {
                    problems.error(file, root.line(), "missing wording '" + reply.key() + "'");
                }
                value.ifPresent(wordingText -> {
                    checkPlaceholders(root, reply, wordingText);
                    wording.put(reply, wordingText);
                });
            }
        });
        return wording;
    }

    private static void checkPlaceholders(YamlMap root, Reply reply, String text) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            String name = matcher.group(1);
            if (!reply.placeholders().contains(name)) {
                Set<String> known = reply.placeholders();
                root.problems().error(root.file(), root.lineOf(reply.key()), "'{" + name + "}' cannot be used in '" + reply.key() + "'"
                        + (known.isEmpty() ? ": this wording takes no placeholders" : " (it can use: "
                        + known.stream().sorted().map(p -> "{" + p + "}").collect(Collectors.joining(", ")) + ")"));
            }
        }
    }
}
