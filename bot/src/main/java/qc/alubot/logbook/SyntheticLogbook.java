package qc.alubot.logbook;

import java.sql.DatabaseMetaData;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import qc.alubot.conversation.Channel;
import qc.alubot.conversation.Feedback;
import qc.alubot.conversation.Outcome;
import qc.alubot.language.Language;

/**
 * A logbook of made-up but plausible traffic, for the staff pages' benchmark: mostly answered
 * questions, unanswered ones drawn from a few thousand phrasings (some asked often, most
 * rarely, some once), both languages and every channel, ratings, slow LLM answers now and
 * then, and a new knowledge version every few weeks. Seeded, so every run writes the same rows.
 */
public final class SyntheticLogbook {

    private static final int BATCH = 1_000;
    private static final String[] UNKNOWN_EN = {"electricity rate", "average salary", "land price", "port capacity",
            "tax credit", "water supply", "union membership", "rail freight cost", "carbon price", "housing cost",
            "training grant", "export volume", "scrap price", "alloy demand", "anode supply", "customs delay"};
    private static final String[] UNKNOWN_FR = {"tarif d'électricité", "salaire moyen", "prix des terrains",
            "capacité portuaire", "crédit d'impôt", "approvisionnement en eau", "taux de syndicalisation",
            "coût du fret ferroviaire", "prix du carbone", "coût du logement", "subvention de formation",
            "volume d'exportation", "prix de la ferraille", "demande en alliages", "approvisionnement en anodes",
            "délais de douane"};
    private static final String[] PLACES = {"Saguenay", "Bécancour", "Baie-Comeau", "Sept-Îles", "Alma", "Deschambault",
            "Montréal", "Trois-Rivières", "Shawinigan", "Québec"};
    private static final String[] FORMS_EN = {"What is the %s in %s?", "%s %s?", "How much is the %s near %s?",
            "Can you tell me the %s for %s"};
    private static final String[] FORMS_FR = {"Quel est le %s à %s ?", "%s %s ?", "Combien coûte le %s près de %s ?",
            "Pouvez-vous me dire le %s pour %s"};
    private static final String[] ANSWERED = {"How many smelters are there in Québec?", "Who leads AluQuébec?",
            "Combien y a-t-il de recycleurs au Québec ?", "What is the Aluminium Valley?", "Qui contacter pour investir ?",
            "How much aluminum does Québec produce?", "Quelles entreprises fabriquent des équipements ?"};

    private SyntheticLogbook() {
    }

    /** Writes {@code rows} exchanges spread over the {@code days} before {@code end}; returns how many. */
    public static int fill(DataSource dataSource, int rows, Instant end, int days) {
        LogbookStore store = new LogbookStore(dataSource, new LogbookSchema(dataSource));
        Random random = new Random(42);
        long span = Duration.ofDays(days).toSeconds();
        List<Pending> batch = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            Instant at = end.minusSeconds(span * (rows - i) / rows);
            batch.add(new Pending.Record(exchange(random, i, at, (int) ((span * (rows - i) / rows) / 86_400 / 20))));
            if (batch.size() == BATCH || i == rows - 1) {
                store.write(batch);
                batch.clear();
            }
        }
        settle(dataSource);
        return rows;
    }

    /**
     * Brings the statistics up to date, as the database's own maintenance would soon after such a load
     * (PostgreSQL's autovacuum also marks pages all-visible, which index-only scans need; H2 writes the
     * rows out to its file).
     */
    private static void settle(DataSource dataSource) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        try {
            String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
            if (product.toLowerCase(Locale.ROOT).contains("postgres")) {
                jdbc.sql("VACUUM ANALYZE exchange").update();
            } else {
                jdbc.sql("ANALYZE").update();
                jdbc.sql("CHECKPOINT SYNC").update(); // on disk, as a logbook filled over months is: no write-back while timed
            }
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("cannot tell which database the logbook is on: " + e.getMessage(), e);
        }
    }

    /** One more answered exchange, as live traffic brings: databases may not reuse a result across it. */
    public static void trickle(DataSource dataSource, Instant at) {
        Exchange live = exchange(new Random(at.toEpochMilli()), 0, at, 0);
        new LogbookStore(dataSource, new LogbookSchema(dataSource)).write(List.of(new Pending.Record(new Exchange(
                "live-" + at.toEpochMilli() + "-" + System.nanoTime(), at, live.channel(), live.userRef(), live.chatRef(),
                live.chatType(), live.language(), live.question(), live.answer(), live.route(), live.outcome(),
                live.confidence(), live.sourceIds(), live.latencyMillis(), live.knowledgeVersion(), "", null))));
    }

    /** Exchanges in the logbook, to refuse filling a logbook that holds real conversations. */
    public static long count(DataSource dataSource) {
        new LogbookSchema(dataSource).ensureReady();
        return JdbcClient.create(dataSource).sql("SELECT COUNT(*) FROM exchange").query(Long.class).single();
    }

    /** Empties the logbook again (exchanges and marks). */
    public static void clear(DataSource dataSource) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("DELETE FROM unanswered_mark").update();
        jdbc.sql("DELETE FROM exchange").update();
    }

    private static Exchange exchange(Random random, int n, Instant at, int versionAge) {
        Language language = random.nextInt(100) < 55 ? Language.FR : Language.EN;
        int roll = random.nextInt(100);
        Outcome outcome = roll < 75 ? Outcome.ANSWERED : roll < 90 ? Outcome.NO_ANSWER : roll < 97 ? Outcome.DECLINED
                : Outcome.CONVERSATION;
        String question = outcome == Outcome.ANSWERED || outcome == Outcome.CONVERSATION
                ? ANSWERED[random.nextInt(ANSWERED.length)] : unanswered(random, language, n);
        int channel = random.nextInt(100);
        Feedback feedback = random.nextInt(100) >= 8 ? null : random.nextInt(100) < 80 ? Feedback.HELPFUL : Feedback.NOT_HELPFUL;
        long latency = random.nextInt(100) < 3 ? 500 + random.nextInt(2_500) : 1 + (long) Math.abs(random.nextGaussian() * 8);
        return new Exchange("syn-" + n, at, channel < 60 ? Channel.TELEGRAM : channel < 95 ? Channel.HTTP : Channel.TERMINAL,
                "user-" + random.nextInt(5_000), "chat-" + random.nextInt(5_000), "private", language, question,
                outcome == Outcome.ANSWERED ? "Québec has eight aluminum smelters." : "I do not have that information.",
                outcome == Outcome.ANSWERED ? "retrieval" : outcome == Outcome.CONVERSATION ? "smalltalk" : "fallback",
                outcome, outcome == Outcome.ANSWERED ? 0.8 : 0.3, List.of(), latency,
                String.format("%012x", 0xa1b2c3L * (versionAge + 1)), "", feedback);
    }

    /** Subjects follow a skewed law (a few asked often); one in twenty questions is unique. */
    private static String unanswered(Random random, Language language, int n) {
        String[] subjects = language == Language.FR ? UNKNOWN_FR : UNKNOWN_EN;
        String[] forms = language == Language.FR ? FORMS_FR : FORMS_EN;
        int subject = (int) Math.min(subjects.length - 1, Math.abs(random.nextGaussian()) * subjects.length / 3);
        String question = String.format(forms[random.nextInt(forms.length)], subjects[subject],
                PLACES[random.nextInt(PLACES.length)]);
        return random.nextInt(20) == 0 ? question + " (ref " + n + ")" : question;
    }
}
