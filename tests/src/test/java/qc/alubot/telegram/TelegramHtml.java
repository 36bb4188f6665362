package qc.alubot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks text the way Telegram's HTML parse mode reads it: only its tags, balanced, and only its entities. */
final class TelegramHtml {

    private static final Set<String> SUPPORTED = Set.of("b", "strong", "i", "em", "u", "ins", "s", "strike", "del",
            "span", "tg-spoiler", "a", "code", "pre", "blockquote", "tg-emoji");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z-]+)[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&([a-zA-Z]+|#\\d+);?");

    private TelegramHtml() {
    }

    static void assertValid(String html) {
        Deque<String> open = new ArrayDeque<>();
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            String name = tag.group(2).toLowerCase();
            assertThat(SUPPORTED).as("tag <%s> in %s", name, html).contains(name);
            if (tag.group(1).isEmpty()) {
                open.push(name);
            } else {
                assertThat(open.poll()).as("closing </%s> in %s", name, html).isEqualTo(name);
            }
        }
        assertThat(open).as("unclosed tags in %s", html).isEmpty();
        String withoutTags = TAG.matcher(html).replaceAll("");
        assertThat(withoutTags).as("a bare < or > outside tags").doesNotContain("<", ">");
        Matcher entity = ENTITY.matcher(withoutTags);
        while (entity.find()) {
            assertThat(entity.group()).as("entity in %s", html).isIn("&lt;", "&gt;", "&amp;", "&quot;");
        }
    }

    /** The text as the investor reads it: tags gone, entities decoded. */
    static String visible(String html) {
        return TAG.matcher(html).replaceAll("").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&amp;", "&");
    }
}
