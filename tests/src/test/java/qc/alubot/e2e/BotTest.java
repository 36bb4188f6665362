package qc.alubot.e2e;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import qc.alubot.BotApplication;

/**
 * The whole application on a random port, reading the project's knowledge/ and prompts/ as a
 * maintainer would edit them, with its logbook in an in-memory H2 database and the staff pages
 * on. Every test class using it shares one started application.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@AutoConfigureObservability(tracing = false) // metrics are published, as in production (off by default in tests)
@SpringBootTest(classes = BotApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"bot.knowledge.dir=../bot/src/test/resources/fixture/knowledge", "bot.knowledge.prompts-dir=../bot/src/test/resources/fixture/prompts",
                "bot.data-dir=target/bot-data", "bot.admin.user=" + BotTest.STAFF_USER,
                "bot.admin.password=" + BotTest.STAFF_PASSWORD, "bot.evaluation.dir=eval",
                // every test asks from 127.0.0.1: one caller, far more questions a minute than any person
                "bot.api.rate-limit=" + BotTest.RATE_LIMIT,
                "spring.datasource.url=jdbc:h2:mem:e2e;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"})
public @interface BotTest {

    String STAFF_USER = "staff";
    String STAFF_PASSWORD = "end-to-end staff password";
    int RATE_LIMIT = 1_000;
}
