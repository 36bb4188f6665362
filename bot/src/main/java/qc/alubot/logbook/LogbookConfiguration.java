package qc.alubot.logbook;

import java.time.Clock;
import javax.sql.DataSource;
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

    @Bean
    LogbookSchema logbookSchema(DataSource dataSource) {
        return new LogbookSchema(dataSource);
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
    UnansweredQuestions unansweredQuestions(DataSource dataSource, LogbookSchema schema) {
        return new UnansweredQuestions(dataSource, schema);
    }

    @Bean
    RetentionPurge retentionPurge(LogbookStore store, Clock clock, LogbookProperties properties) {
        return new RetentionPurge(store, clock, properties.retentionDays());
    }
}
