package qc.alubot.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import qc.alubot.conversation.Channel;
import qc.alubot.conversation.Feedback;
import qc.alubot.conversation.Outcome;

/** Every wording the staff pages use exists in English and in French. */
class StaffMessagesTest {

    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([a-z][\\w.-]*)[}(]");

    private static Set<String> keys(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = StaffMessagesTest.class.getResourceAsStream("/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties.stringPropertyNames();
    }

    private static Set<String> usedKeys() throws IOException {
        Set<String> used = new HashSet<>();
        try (Stream<Path> templates = Files.list(Path.of("src/main/resources/templates/admin"))) {
            for (Path template : templates.toList()) {
                Matcher key = LITERAL_KEY.matcher(Files.readString(template));
                while (key.find()) {
                    used.add(key.group(1));
                }
            }
        }
        Arrays.stream(Channel.values()).forEach(c -> used.add("channel." + c.name()));
        Arrays.stream(Outcome.values()).forEach(o -> used.add("outcome." + o.name()));
        Arrays.stream(Feedback.values()).forEach(f -> used.add("feedback." + f.name()));
        used.addAll(Set.of("filter.bad-date", "filter.bad-language", "filter.bad-channel"));
        return used;
    }

    @Test
    void has_the_same_keys_in_english_and_french() throws IOException {
        assertThat(keys("messages_fr.properties")).isEqualTo(keys("messages.properties"));
    }

    @Test
    void has_every_key_the_pages_use() throws IOException {
        assertThat(keys("messages.properties")).containsAll(usedKeys());
        assertThat(usedKeys()).contains("nav.conversations", "transcript.pseudonyms", "channel.TELEGRAM");
    }
}
