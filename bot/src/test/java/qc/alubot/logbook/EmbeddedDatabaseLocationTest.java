package qc.alubot.logbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class EmbeddedDatabaseLocationTest {

    private StandardEnvironment environment(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        new EmbeddedDatabaseLocation().postProcessEnvironment(environment, null);
        return environment;
    }

    @Test
    void puts_the_embedded_database_in_the_data_folder_by_its_absolute_path_which_h2_requires() {
        String url = environment(Map.of("bot.data-dir", "target/some-data")).getProperty("spring.datasource.url");
        assertThat(url).startsWith("jdbc:h2:file:" + Path.of("target/some-data").toAbsolutePath().normalize() + "/logbook;")
                .contains("MODE=PostgreSQL");
    }

    @Test
    void opens_no_network_port_and_leaves_closing_to_the_application_not_to_the_jvm_exit_hook() {
        String url = environment(Map.of()).getProperty("spring.datasource.url");
        assertThat(url).doesNotContainIgnoringCase("AUTO_SERVER").doesNotContainIgnoringCase("tcp")
                .contains(";DB_CLOSE_ON_EXIT=FALSE");
    }

    @Test
    void leaves_a_configured_database_alone() {
        String url = environment(Map.of("spring.datasource.url", "jdbc:postgresql://db:5432/alubot"))
                .getProperty("spring.datasource.url");
        assertThat(url).isEqualTo("jdbc:postgresql://db:5432/alubot");
    }
}
