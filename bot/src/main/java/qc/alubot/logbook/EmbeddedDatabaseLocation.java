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
 *
 * <p>The file is opened by this process only: no {@code AUTO_SERVER}, which would open a TCP port
 * on every interface and write its address into a lock file others can read. H2 does not close
 * the database from its own JVM shutdown hook ({@code DB_CLOSE_ON_EXIT=FALSE}): that hook raced the
 * logbook's last write on SIGTERM. The database closes when the pool does, after the writer's
 * final flush. The user is empty and there is no password: the file is the only way in, and it is
 * readable by the bot's user only (see {@link EmbeddedDatabaseFiles}).
 */
public class EmbeddedDatabaseLocation implements EnvironmentPostProcessor {

    static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE";
    static final String FILE_NAME = "logbook";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String dataDir = environment.getProperty("bot.data-dir", "data");
        String file = Path.of(dataDir).toAbsolutePath().normalize().resolve(FILE_NAME).toString().replace('\\', '/');
        environment.getPropertySources().addLast(new MapPropertySource("embeddedLogbookDatabase",
                Map.of("spring.datasource.url", "jdbc:h2:file:" + file + H2_OPTIONS)));
    }
}
