package qc.alubot.logbook;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The default logbook database: an H2 file in the data folder. H2 refuses a relative path that
 * does not start with "./", so the URL is made from the folder's absolute path, whatever form
 * BOT_DATA_DIR takes. Added last: SPRING_DATASOURCE_URL (PostgreSQL in production) always wins.
 */
public class EmbeddedDatabaseLocation implements EnvironmentPostProcessor {

    static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String dataDir = environment.getProperty("bot.data-dir", "data");
        String file = Path.of(dataDir).toAbsolutePath().normalize().resolve("logbook").toString().replace('\\', '/');
        environment.getPropertySources().addLast(new MapPropertySource("embeddedLogbookDatabase",
                Map.of("spring.datasource.url", "jdbc:h2:file:" + file + H2_OPTIONS)));
    }
}
