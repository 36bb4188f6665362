package qc.alubot.logbook;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/** A database tests can take down and bring back, as a server restart would; counts connection attempts. */
public final class UnreliableDataSource extends DelegatingDataSource {

    private volatile boolean down;
    private final AtomicInteger attempts = new AtomicInteger();

    public UnreliableDataSource(DataSource database) {
        super(database);
    }

    public void goDown() {
        down = true;
    }

    public void comeBack() {
        down = false;
    }

    public int attempts() {
        return attempts.get();
    }

    @Override
    public Connection getConnection() throws SQLException {
        attempts.incrementAndGet();
        if (down) {
            throw new SQLTransientConnectionException("Connection refused (the test took the database down)", "08001");
        }
        return super.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }
}
