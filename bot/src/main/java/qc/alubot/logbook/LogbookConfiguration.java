package qc.alubot.logbook;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import qc.alubot.answer.AnswerProperties;

/** Wires the logbook: pseudonyms, buffer, background writer, queries and the retention purge. */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(LogbookProperties.class)
public class LogbookConfiguration {

    /** With the embedded H2 file, its folder and files are made private before it is opened, and again once it is. */
    @Bean
    LogbookSchema logbookSchema(DataSource dataSource, @Value("${spring.datasource.url:}") String url) {
        Optional<EmbeddedDatabaseFiles> files = EmbeddedDatabaseFiles.of(url);
        files.ifPresent(EmbeddedDatabaseFiles::secure);
        return new LogbookSchema(dataSource, () -> files.ifPresent(EmbeddedDatabaseFiles::secure));
    }

    @Bean
    LogbookStore logbookStore(DataSource dataSource, LogbookSchema schema) {
        return new LogbookStore(dataSource, schema);
    }

    @Bean
    LogbookBuffer logbookBuffer(LogbookProperties properties) {
        return new LogbookBuffer(properties.bufferCapacity());
    }

    @Bean
    LogbookWriter logbookWriter(LogbookBuffer buffer, LogbookStore store, Clock clock) {
        return new LogbookWriter(buffer, store, clock);
    }

    @Bean
    Logbook logbook(LogbookBuffer buffer, LogbookWriter writer, LogbookProperties properties, AnswerProperties bot,
                    Clock clock) {
        Pseudonyms pseudonyms = new Pseudonyms(PseudonymKey.resolve(properties.hmacKey(), bot.dataDir()));
        return new Logbook(buffer, writer, pseudonyms, properties.maskPersonalData(), clock);
    }

    @Bean
    Conversations conversations(DataSource dataSource, LogbookSchema schema) {
        return new Conversations(dataSource, schema);
    }

    @Bean
    LogbookStatistics logbookStatistics(DataSource dataSource, LogbookSchema schema) {
        return new LogbookStatistics(dataSource, schema);
    }

    @Bean
    QuestionGroups questionGroups() {
        return new QuestionGroups();
    }

    @Bean
    UnansweredQuestions unansweredQuestions(DataSource dataSource, LogbookSchema schema) {
        return new UnansweredQuestions(dataSource, schema);
    }

    /** What monitoring sees of the logbook: how much waits for the database, and what could not be written. */
    @Bean
    MeterBinder logbookMeters(LogbookBuffer buffer, LogbookWriter writer) {
        return registry -> {
            Gauge.builder("bot.logbook.buffer.waiting", buffer, LogbookBuffer::size)
                    .description("Exchanges and ratings waiting in memory for the logbook database").register(registry);
            Gauge.builder("bot.logbook.buffer.capacity", buffer, LogbookBuffer::capacity)
                    .description("The most the buffer holds (BOT_LOG_BUFFER_CAPACITY)").register(registry);
            FunctionCounter.builder("bot.logbook.turned.away", buffer, LogbookBuffer::turnedAway)
                    .description("Exchanges not recorded because the buffer was full").register(registry);
            FunctionCounter.builder("bot.logbook.write.failures", writer, LogbookWriter::failedWrites)
                    .description("Failed writes: database unavailable, or an entry refused").register(registry);
        };
    }

    @Bean
    RetentionPurge retentionPurge(LogbookStore store, Clock clock, LogbookProperties properties) {
        return new RetentionPurge(store, clock, properties.retentionDays());
    }
}
