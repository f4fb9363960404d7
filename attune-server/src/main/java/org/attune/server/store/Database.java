package org.attune.server.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;

import org.attune.core.error.AttuneException;
import org.attune.core.error.ErrorCode;

/**
 * The connection pool and the schema. Embedded H2 in a file by default; PostgreSQL when given a
 * {@code jdbc:postgresql:} URL. Flyway applies {@code db/migration} on open, with the one type that differs between
 * the two ({@code binary}) as a placeholder.
 */
public final class Database implements AutoCloseable {
    /** A unit of work on one connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private final HikariDataSource pool;
    private final boolean postgres;

    private Database(HikariDataSource pool, boolean postgres) {
        this.pool = pool;
        this.postgres = postgres;
    }

    /**
     * H2 in {@code dataDir/attune.mv.db}: every commit is written before it returns (WRITE_DELAY=0). Without it H2
     * writes commits up to a second later, and CrashSafetyTest loses acknowledged posts to {@code kill -9}.
     */
    public static String h2Url(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("attune") + ";WRITE_DELAY=0";
    }

    public static Database open(String url, String user, String password, int poolSize) {
        boolean postgres = url.startsWith("jdbc:postgresql:");
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(url);
        if (user != null) {
            hc.setUsername(user);
        }
        if (password != null) {
            hc.setPassword(password);
        }
        hc.setMaximumPoolSize(poolSize);
        hc.setPoolName("attune");
        hc.setAutoCommit(true);
        HikariDataSource ds;
        try {
            ds = new HikariDataSource(hc);
        } catch (RuntimeException e) {
            throw new AttuneException(ErrorCode.CONFIG, "cannot open the database (" + e.getClass().getSimpleName()
                    + "); check the URL, user and password", e);
        }
        try {
            Flyway.configure()
                    .dataSource(ds)
                    .locations("classpath:db/migration")
                    .placeholders(Map.of("binary", postgres ? "BYTEA" : "BLOB"))
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            ds.close();
            throw new AttuneException(ErrorCode.CONFIG, "cannot migrate the database schema: " + e.getMessage(), e);
        }
        return new Database(ds, postgres);
    }

    public DataSource dataSource() {
        return pool;
    }

    public boolean postgres() {
        return postgres;
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T tx(Work<T> work) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                T out = work.run(c);
                c.commit();
                return out;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
