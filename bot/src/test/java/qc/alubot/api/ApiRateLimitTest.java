package qc.alubot.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

class ApiRateLimitTest {

    private final AtomicLong nanos = new AtomicLong(1);

    @Test
    void lets_a_caller_ask_its_allowance_at_once_then_one_more_per_share_of_the_minute() {
        ApiRateLimit limit = new ApiRateLimit(3, nanos::get);
        for (int i = 0; i < 3; i++) {
            assertThat(limit.take("203.0.113.5")).isEmpty();
        }
        assertThat(limit.take("203.0.113.5")).hasValueSatisfying(wait -> assertThat(wait).isEqualTo(Duration.ofSeconds(20)));
        nanos.addAndGet(Duration.ofSeconds(20).toNanos());
        assertThat(limit.take("203.0.113.5")).isEmpty();
        assertThat(limit.take("203.0.113.5")).isPresent();
    }

    @Test
    void counts_each_caller_separately() {
        ApiRateLimit limit = new ApiRateLimit(1, nanos::get);
        assertThat(limit.take("203.0.113.5")).isEmpty();
        assertThat(limit.take("203.0.113.5")).isPresent();
        assertThat(limit.take("198.51.100.7")).isEmpty();
    }

    @Test
    void limits_nothing_when_turned_off() {
        ApiRateLimit off = new ApiRateLimit(0, nanos::get);
        for (int i = 0; i < 1_000; i++) {
            assertThat(off.take("203.0.113.5")).isEmpty();
        }
    }

    @RestController
    static class Echo {
        @PostMapping("/api/ask")
        ResponseEntity<String> ask() {
            return ResponseEntity.ok("{}");
        }
    }

    @Test
    void answers_429_with_retry_after_and_a_json_message_once_the_allowance_is_spent() throws Exception {
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new Echo())
                .addFilters(new ApiRateLimitFilter(new ApiRateLimit(2, nanos::get))).build();
        mvc.perform(post("/api/ask").with(r -> { r.setRemoteAddr("203.0.113.5"); return r; })).andExpect(status().isOk());
        mvc.perform(post("/api/ask").with(r -> { r.setRemoteAddr("203.0.113.5"); return r; })).andExpect(status().isOk());
        mvc.perform(post("/api/ask").with(r -> { r.setRemoteAddr("203.0.113.5"); return r; }))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "30"))
                .andExpect(jsonPath("$.error", containsString("at most 2 a minute")));
        mvc.perform(post("/api/ask").with(r -> { r.setRemoteAddr("2001:db8:1:2::5"); return r; })).andExpect(status().isOk());
        mvc.perform(post("/api/ask").with(r -> { r.setRemoteAddr("2001:db8:1:2:ffff::9"); return r; })).andExpect(status().isOk());
        mvc.perform(post("/api/ask").with(r -> { r.setRemoteAddr("2001:db8:1:2:aaaa::1"); return r; }))
                .andExpect(status().isTooManyRequests()); // one IPv6 /64 is one caller
    }
}
