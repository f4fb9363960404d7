package org.attune.server.store;

import java.sql.SQLException;

/** A database failure: ours, never the caller's. Carries the SQL state, never a statement's values. */
public final class StoreException extends RuntimeException {
    private final String sqlState;

    public StoreException(SQLException cause) {
        super("database error (SQL state " + cause.getSQLState() + ")", cause);
        this.sqlState = cause.getSQLState();
    }

    public String sqlState() {
        return sqlState;
    }

    /** 23505: a unique constraint, the same state on H2 and PostgreSQL. */
    public boolean uniqueViolation() {
        return "23505".equals(sqlState);
    }
}
