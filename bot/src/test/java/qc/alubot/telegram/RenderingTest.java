package qc.alubot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import qc.alubot.conversation.Answer;
import qc.alubot.conversation.Outcome;
import qc.alubot.conversation.Route;
import qc.alubot.conversation.Source;
import qc.alubot.language.Language;

class RenderingTest {

    private static Answer answer(String body, String sourcesLine) {
        return new Answer("id", body, Language.EN, Route.RETRIEVAL, Outcome.ANSWERED, 1.0,
                List.of(new Source("p", "T & C", "page")), sourcesLine, List.of(), "c", "v", "");
    }

    @Nested
    class Html {

        @Test
        void escapes_every_dynamic_piece_and_styles_lead_and_sources() {
            List<Part> parts = AnswerRenderer.render(answer("Lead <b>x</b> & y\n\nMore <script>z</script>", "Sources: R&D <i>"),
                    Optional.of("Q < 3?"));
            assertThat(parts).hasSize(1);
            assertThat(parts.get(0).html()).isEqualTo("<i>Q &lt; 3?</i>\n\n<b>Lead &lt;b&gt;x&lt;/b&gt; &amp; y</b>\n\n"
                    + "More &lt;script&gt;z&lt;/script&gt;\n\n<i>Sources: R&amp;D &lt;i&gt;</i>");
            assertThat(parts.get(0).plain()).isEqualTo("Q < 3?\n\nLead <b>x</b> & y\n\nMore <script>z</script>\n\nSources: R&D <i>");
        }
    }

    @Nested
    class Splitting {

        @Test
        void keeps_one_answer_in_one_message_when_it_fits() {
            assertThat(AnswerRenderer.render(answer("a\n\nb", "s"), Optional.empty())).hasSize(1);
        }

        @Test
        void splits_10000_characters_between_paragraphs_only() {
            List<String> paragraphs = IntStream.range(0, 20).mapToObj(i -> i + "-" + "y".repeat(495)).toList();
            List<Part> parts = AnswerRenderer.render(answer(String.join("\n\n", paragraphs), ""), Optional.empty());
            assertThat(parts).hasSize(3).allSatisfy(part -> assertThat(part.html().length()).isLessThanOrEqualTo(4096));
            String rejoined = parts.stream().map(Part::plain).collect(Collectors.joining("\n\n"));
            assertThat(rejoined).isEqualTo(String.join("\n\n", paragraphs));
            assertThat(parts).allSatisfy(part -> assertThat(part.plain()).doesNotStartWith("y").doesNotEndWith("-"));
        }

        @Test
        void cuts_a_paragraph_longer_than_a_message_at_a_sentence_keeping_its_style() {
            String sentence = "This sentence is about aluminium & smelters. ";
            List<Part> parts = Splitter.split(List.of(Block.bold(sentence.repeat(150).strip())), 4096);
            assertThat(parts).hasSizeGreaterThan(1).allSatisfy(part -> {
                assertThat(part.html()).startsWith("<b>").endsWith("</b>");
                assertThat(part.html().length()).isLessThanOrEqualTo(4096);
                assertThat(part.plain()).endsWith("smelters.");
            });
        }
    }

    @Nested
    class Buttons {

        @Test
        void round_trip_through_callback_data_within_64_bytes() {
            CallbackData data = CallbackData.of(CallbackData.Action.RELATED, 2, "7578d96e-8b2b-4c1f-b9eb-4cff0a6d9986");
            assertThat(data.encode().getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(64);
            assertThat(CallbackData.decode(data.encode())).contains(data);
        }

        @Test
        void ignore_data_this_bot_did_not_write() {
            assertThat(CallbackData.decode("something:else")).isEmpty();
            assertThat(CallbackData.decode("rel:x:id")).isEmpty();
            assertThat(CallbackData.decode(null)).isEmpty();
        }
    }
}
