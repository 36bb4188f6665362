package qc.alubot.admin;

import java.time.Duration;
import java.util.Optional;
import qc.alubot.answer.AnswerService;
import qc.alubot.answer.TestEngine;
import qc.alubot.conversation.Asker;
import qc.alubot.conversation.Channel;
import qc.alubot.conversation.Feedback;
import qc.alubot.conversation.Question;
import qc.alubot.logbook.Logbook;
import qc.alubot.logbook.LogbookFixture;

/**
 * Real exchanges with the real engine, recorded in a fixture logbook: what staff pages are
 * tested against. All on 21 November 2026 (Québec time) but the last, a day later.
 */
final class SampleConversations {

    final String smelters;
    final String recyclers;
    final String employees;
    final String price;
    final String french;
    final String formula;
    final String employeesAgain;

    SampleConversations(LogbookFixture fixture) {
        Logbook logbook = fixture.logbook();
        AnswerService answers = TestEngine.shared().serviceTelling(logbook);
        smelters = ask(answers, fixture, "How many smelters are there in Québec?", "alice");
        recyclers = ask(answers, fixture, "And how many recyclers?", "alice");
        employees = ask(answers, fixture, "How many employees work in the smelters?", "bob");
        price = ask(answers, fixture, "What will the price of aluminum be tomorrow?", "bob");
        french = ask(answers, fixture, "Combien y a-t-il de recycleurs au Québec ?", "claude");
        formula = ask(answers, fixture, "=HYPERLINK(\"http://example.com\",\"smelters\")", "dave");
        fixture.clock().advance(Duration.ofDays(1));
        employeesAgain = ask(answers, fixture, "smelter employees?", "erin");
        logbook.feedback(smelters, Feedback.NOT_HELPFUL);
        logbook.flush();
    }

    private static String ask(AnswerService answers, LogbookFixture fixture, String text, String person) {
        fixture.clock().advance(Duration.ofMinutes(1));
        return answers.answer(new Question(text, person, Channel.TELEGRAM, Optional.empty(), Optional.empty(),
                new Asker(person, person, "private"))).id();
    }
}
