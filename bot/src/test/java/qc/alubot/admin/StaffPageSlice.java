package qc.alubot.admin;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.util.UUID;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import qc.alubot.answer.AnswerService;
import qc.alubot.answer.TestEngine;
import qc.alubot.knowledge.KnowledgeProperties;
import qc.alubot.logbook.Conversations;
import qc.alubot.logbook.LogbookFixture;
import qc.alubot.logbook.LogbookStatistics;
import qc.alubot.logbook.QuestionGroups;
import qc.alubot.logbook.UnansweredQuestions;
import qc.alubot.logbook.UnreliableDataSource;

/**
 * Every staff page over a logbook of real recorded conversations ({@link SampleConversations})
 * in an in-memory database, with the real answer engine; the staff account is {@code staff}.
 * The knowledge in service is a mock the test class declares, answering with the real snapshot.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest(controllers = {DashboardPage.class, ConversationPages.class, ConversationExport.class, UnansweredPages.class,
        TryPage.class, KnowledgePage.class, LoginPage.class},
        properties = {"bot.admin.user=staff", "bot.admin.password=" + StaffPageSlice.PASSWORD,
                "bot.evaluation.in-service=false"})
@Import({AdminSecurity.class, AdminConfiguration.class, Filters.class, QuestionTrial.class, UnansweredBoard.class,
        KnowledgeCatalog.class, StaffPageSlice.Logbook.class})
@interface StaffPageSlice {

    String PASSWORD = "correct horse battery staple";

    @TestConfiguration
    class Logbook {

        @Bean
        UnreliableDataSource logbookDatabase() {
            return new UnreliableDataSource(LogbookFixture.h2("mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
        }

        @Bean
        LogbookFixture logbookFixture(UnreliableDataSource database) {
            return new LogbookFixture(database);
        }

        @Bean
        SampleConversations sampleConversations(LogbookFixture fixture) {
            return new SampleConversations(fixture);
        }

        @Bean
        Conversations conversations(LogbookFixture fixture) {
            return fixture.conversations();
        }

        @Bean
        LogbookStatistics logbookStatistics(LogbookFixture fixture) {
            return fixture.statistics();
        }

        @Bean
        UnansweredQuestions unansweredQuestions(LogbookFixture fixture) {
            return fixture.unanswered();
        }

        @Bean
        QuestionGroups questionGroups() {
            return new QuestionGroups();
        }

        @Bean
        Clock clock(LogbookFixture fixture) {
            return fixture.clock();
        }

        @Bean
        AnswerService answerService() {
            return TestEngine.shared().service();
        }

        @Bean
        KnowledgeProperties knowledgeProperties() {
            return KnowledgeProperties.of(TestEngine.KNOWLEDGE, TestEngine.PROMPTS);
        }
    }
}
