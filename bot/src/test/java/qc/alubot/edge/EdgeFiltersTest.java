package qc.alubot.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

class EdgeFiltersTest {

    /** Reads whatever body it is sent, as the API and the webhook do. */
    @RestController
    static class Reader {
        @PostMapping("/api/ask")
        String read(HttpServletRequest request) throws IOException {
            return "read " + request.getInputStream().readAllBytes().length;
        }

        @GetMapping("/admin/login")
        String page() {
            return "login";
        }
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Reader())
            .addFilters(new MalformedAddressFilter(), new BodyLimitFilter()).build();

    @Test
    void refuses_a_declared_length_over_the_limit_with_413_before_reading() throws Exception {
        mvc.perform(post("/api/ask").content(new byte[(int) BodyLimitFilter.API_LIMIT + 1]))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(header().string("Connection", "close"))
                .andExpect(jsonPath("$.error", containsString("larger than 64 KB")));
    }

    @Test
    void cuts_off_a_body_without_a_length_where_it_passes_the_limit() throws Exception {
        byte[] big = new byte[(int) BodyLimitFilter.API_LIMIT + 1];
        mvc.perform(post("/api/ask").content(big).with(request -> {
                    request.removeHeader("Content-Length"); // as a chunked upload arrives
                    return request;
                }))
                .andExpect(status().isPayloadTooLarge());
    }

    @Test
    void lets_a_body_within_the_limit_through_whole() throws Exception {
        mvc.perform(post("/api/ask").content(new byte[(int) BodyLimitFilter.API_LIMIT]))
                .andExpect(status().isOk());
    }

    @Test
    void gives_the_webhook_room_for_any_telegram_update_and_other_addresses_little() {
        assertThat(BodyLimitFilter.limitFor("/telegram/webhook")).isEqualTo(256 * 1024);
        assertThat(BodyLimitFilter.limitFor("/admin/login")).isEqualTo(64 * 1024);
    }

    @Test
    void answers_a_malformed_percent_escape_with_400() throws Exception {
        mvc.perform(get("/admin/login").with(request -> {
                    request.setQueryString("x=%ZZ"); // as sent, not re-encoded
                    return request;
                })).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error", containsString("malformed %-escape")));
        mvc.perform(get("/admin/login?x=%41&lang=fr")).andExpect(status().isOk());
        assertThat(MalformedAddressFilter.wellFormed("x=%4")).isFalse();
        assertThat(MalformedAddressFilter.wellFormed("x=100%")).isFalse();
        assertThat(MalformedAddressFilter.wellFormed("q=%C3%A9t%C3%A9&page=2")).isTrue();
    }

    @Test
    void counts_an_ipv6_caller_by_its_network_and_an_ipv4_caller_by_its_address() {
        assertThat(ClientAddress.of("2001:db8:1:2:3:4:5:6")).isEqualTo(ClientAddress.of("2001:db8:1:2:ffff::1"))
                .isEqualTo("2001:db8:1:2::/64");
        assertThat(ClientAddress.of("203.0.113.5")).isEqualTo("203.0.113.5");
    }
}
