package qc.alubot.admin;

import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import qc.alubot.CommandLine;
import qc.alubot.bench.Measurements;
import qc.alubot.logbook.SyntheticLogbook;

/**
 * {@code java -jar investor-bot.jar page-bench [--rows N] [--rounds N] [--keep]}: fills an empty
 * logbook with made-up traffic (100,000 exchanges over 180 days by default), signs in, and times
 * the dashboard and the unanswered page over HTTP as a browser gets them (queries, grouping,
 * nearest passages and rendering), each after a warm-up, with one new exchange written before each
 * round as live traffic would (so no database reuses an earlier result). The logbook is the configured one:
 * H2 in a temporary folder unless {@code SPRING_DATASOURCE_URL} names another, e.g. an empty
 * PostgreSQL schema. It refuses a logbook that already holds exchanges, and empties it at the end.
 */
@Component
@ConditionalOnProperty(name = "bot.mode", havingValue = "page-bench")
public class PageBenchmark implements CommandLineRunner {

    /** Retention's default: the most a logbook holds. */
    static final int DAYS = 180;
    private static final int WARM_UP = 3;
    private static final List<String> PAGES = List.of("/admin", "/admin?days=180", "/admin/unanswered",
            "/admin/unanswered?page=1", "/admin/conversations");

    private final DataSource dataSource;
    private final AdminProperties admin;
    private final Environment environment;
    private final Clock clock;

    PageBenchmark(DataSource dataSource, AdminProperties admin, Environment environment, Clock clock) {
        this.dataSource = dataSource;
        this.admin = admin;
        this.environment = environment;
        this.clock = clock;
    }

    /**
     * The mode's settings: a web server on a free port, a staff password, and a temporary data folder,
     * so the embedded logbook is a new H2 file (the environment's own variables still win).
     */
    public static Map<String, Object> settings() {
        try {
            String folder = Files.createTempDirectory("page-bench").toAbsolutePath().toString();
            return Map.of("SERVER_PORT", "0", "BOT_ADMIN_PASSWORD", UUID.randomUUID().toString(),
                    "logging.level.root", "WARN", "bot.knowledge.watch", "false", "BOT_DATA_DIR", folder);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot make a temporary folder for the benchmark's logbook", e);
        }
    }

    @Override
    public void run(String... args) throws Exception {
        int rows = Integer.parseInt(CommandLine.option(args, "--rows", "100000"));
        int rounds = Integer.parseInt(CommandLine.option(args, "--rounds", "10"));
        String url = environment.getProperty("spring.datasource.url");
        if (SyntheticLogbook.count(dataSource) > 0) {
            System.err.println("page-bench needs an empty logbook, and " + url + " holds exchanges: point "
                    + "SPRING_DATASOURCE_URL at an empty database or schema.");
            return;
        }
        long start = System.nanoTime();
        SyntheticLogbook.fill(dataSource, rows, clock.instant(), DAYS);
        System.out.printf(Locale.ROOT, "Page benchmark: %,d exchanges over %d days written in %.1f s to %s%n", rows, DAYS,
                (System.nanoTime() - start) / 1e9, url.replaceAll(";.*|\\?.*", ""));
        try {
            time(rounds);
        } finally {
            if (!Arrays.asList(args).contains("--keep")) {
                SyntheticLogbook.clear(dataSource);
            }
        }
    }

    private void time(int rounds) throws Exception {
        StaffClient staff = new StaffClient(Integer.parseInt(environment.getProperty("local.server.port", "8080")));
        staff.signIn(admin.user(), admin.password());
        System.out.printf(Locale.ROOT, "  %-26s %8s %8s %8s %8s   (first load; %d rounds after %d warm-up)%n", "page",
                "first", "median", "p90", "max", rounds, WARM_UP);
        for (String page : PAGES) {
            long first = System.nanoTime();
            staff.get(page);
            first = System.nanoTime() - first;
            for (int i = 1; i < WARM_UP; i++) {
                staff.get(page);
            }
            List<Long> nanos = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                SyntheticLogbook.trickle(dataSource, clock.instant()); // live traffic: no round reuses a cached result
                long begin = System.nanoTime();
                staff.get(page);
                nanos.add(System.nanoTime() - begin);
            }
            long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf(Locale.ROOT, "  %-26s %5.0f ms %5.0f ms %5.0f ms %5.0f ms%n", page, first / 1e6,
                    Measurements.percentile(sorted, 50) / 1e6, Measurements.percentile(sorted, 90) / 1e6,
                    sorted[sorted.length - 1] / 1e6);
        }
    }
}
