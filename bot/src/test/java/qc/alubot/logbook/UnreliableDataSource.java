package qc.alubot.logbook;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * A database tests can take down and bring back, as a server restart would, in each of the ways
 * an outage shows; counts connection attempts.
 */
public final class UnreliableDataSource extends DelegatingDataSource {

    /** How the database fails while down. */
    public enum Failure {
        /** No connection at all: the server is not running. */
        REFUSED,
        /** A connection opens, then breaks as soon as it is used (the server died or a proxy cut it). */
        BROKEN,
        /** Everything works until the commit, which fails (the server shut down mid-transaction). */
        COMMIT
    }

    private static final Set<String> ALWAYS_WORK = Set.of("close", "isClosed", "isValid", "unwrap", "isWrapperFor",
            "hashCode", "equals", "toString");

    private volatile Failure failure;
    private final AtomicInteger attempts = new AtomicInteger();

    public UnreliableDataSource(DataSource database) {
        super(database);
    }

    public void goDown() {
        goDown(Failure.REFUSED);
    }

    public void goDown(Failure how) {
        failure = how;
    }

    public void comeBack() {
        failure = null;
    }

    public int attempts() {
        return attempts.get();
    }

    @Override
    public Connection getConnection() throws SQLException {
        attempts.incrementAndGet();
        Failure now = failure;
        if (now == Failure.REFUSED) {
            throw new SQLTransientConnectionException("Connection refused (the test took the database down)", "08001");
        }
        Connection connection = super.getConnection();
        return now == null ? connection : failing(connection, now);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    private static Connection failing(Connection real, Failure how) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    boolean fails = how == Failure.BROKEN ? !ALWAYS_WORK.contains(method.getName())
                            : method.getName().equals("commit");
                    if (fails) {
                        throw new SQLNonTransientConnectionException("An I/O error occurred while sending to the backend "
                                + "(the test broke the connection)", "08006");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
