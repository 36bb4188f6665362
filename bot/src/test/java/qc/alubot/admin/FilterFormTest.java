package qc.alubot.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;
import qc.alubot.conversation.Channel;
import qc.alubot.language.Language;
import qc.alubot.logbook.ConversationFilter;

class FilterFormTest {

    private static final ZoneId QUEBEC = ZoneId.of("America/Toronto");

    private static FilterForm form(String from, String to, String language, String channel) {
        return new FilterForm(from, to, language, channel, null, null, null, null, null);
    }

    @Test
    void reads_days_in_the_staff_time_zone_with_the_last_day_included() {
        ConversationFilter filter = form("2026-11-01", "2026-11-30", null, null).parse(QUEBEC).filter();
        assertThat(filter.from()).isEqualTo(Instant.parse("2026-11-01T04:00:00Z"));
        assertThat(filter.to()).isEqualTo(Instant.parse("2026-12-01T05:00:00Z"));
    }

    @Test
    void reads_language_and_channel_in_any_case() {
        ConversationFilter filter = form(null, null, "FR", "telegram").parse(QUEBEC).filter();
        assertThat(filter.language()).isEqualTo(Language.FR);
        assertThat(filter.channel()).isEqualTo(Channel.TELEGRAM);
    }

    @Test
    void ignores_and_reports_what_it_cannot_read() {
        FilterForm.Parsed parsed = form("yesterday", null, "de", "fax").parse(QUEBEC);
        assertThat(parsed.filter()).isEqualTo(ConversationFilter.none());
        assertThat(parsed.problems()).extracting(MessageSourceResolvable::getCodes)
                .containsExactly(new String[] {"filter.bad-date"}, new String[] {"filter.bad-language"},
                        new String[] {"filter.bad-channel"});
    }

    @Test
    void writes_the_same_filters_back_as_an_encoded_query_on_another_page() {
        FilterForm form = new FilterForm("2026-11-01", "", "fr", null, "retrieval", true, null, "crédit & co=1", 2);
        assertThat(form.query(3)).isEqualTo("?from=2026-11-01&language=fr&route=retrieval&unanswered=true"
                + "&q=cr%C3%A9dit+%26+co%3D1&page=3");
        assertThat(new FilterForm(null, null, null, null, null, null, null, null, null).query()).isEmpty();
    }

    @Test
    void cuts_an_overlong_search() {
        FilterForm form = new FilterForm(null, null, null, null, null, null, null, "x".repeat(5_000), null);
        assertThat(form.parse(QUEBEC).filter().search()).hasSize(FilterForm.MAX_SEARCH_LENGTH);
    }

    @Test
    void starts_at_the_first_page_when_the_page_makes_no_sense() {
        assertThat(new FilterForm(null, null, null, null, null, null, null, null, -4).pageNumber()).isZero();
    }
}
