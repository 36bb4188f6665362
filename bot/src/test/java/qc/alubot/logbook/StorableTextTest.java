package qc.alubot.logbook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StorableTextTest {

    @Test
    void replaces_nul_and_lone_surrogates_and_keeps_everything_else() {
        assertThat(StorableText.of("a\u0000b\uD800c\uDC00d")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd");
        assertThat(StorableText.of("emoji 😀, RTL \u200F, tab\t, bell \u0007")).isEqualTo("emoji 😀, RTL \u200F, tab\t, bell \u0007");
    }

    @Test
    void leaves_a_surrogate_pair_split_across_nothing_whole() {
        assertThat(StorableText.of("😀😀\uD83D")).isEqualTo("😀😀\uFFFD");
        assertThat(StorableText.of(null)).isNull();
    }
}
