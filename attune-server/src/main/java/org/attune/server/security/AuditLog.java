package org.attune.server.security;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

import org.attune.server.store.Database;

/**
 * Every view and action, appended and never changed. Each entry's hash is the sha256 of the previous entry's hash
 * and its own fields, so {@link #verify()} finds an edited, inserted or deleted row. Details name ids, outcomes and
 * codes, never what anyone wrote.
 */
public final class AuditLog {
    /** One entry. */
    public record Entry(long id, long at, String actor, String role, String action, Long itemId, String detail,
            String hash) {
    }

    private static final String GENESIS = "0".repeat(64);
    private final Database db;
    private final Object appendLock = new Object();
    private String last;

    public AuditLog(Database db) {
        this.db = db;
    }

    public void append(Principal who, String action, Long itemId, String detail, long now) {
        append(who == null ? "anonymous" : who.name(), who == null ? "none" : who.role().wireName(), action, itemId,
                detail, now);
    }

    public void append(String actor, String role, String action, Long itemId, String detail, long now) {
        String d = detail == null ? null : detail.length() > 256 ? detail.substring(0, 256) : detail;
        synchronized (appendLock) {
            if (last == null) {
                last = lastHash();
            }
            String hash = hash(last, now, actor, role, action, itemId, d);
            try {
                db.tx(c -> {
                    insert(c, now, actor, role, action, itemId, d, hash);
                    return null;
                });
            } catch (RuntimeException e) {
                last = null;
                throw e;
            }
            last = hash;
        }
    }

    /**
     * Runs {@code work} (which calls {@link #appendIn} inside its own transaction) with the log's lock held, so that
     * an action and its entry are written in one commit. If the work fails, the chain's head is read again from the
     * database, since the entry was rolled back with it.
     */
    public <T> T atomically(java.util.function.Supplier<T> work) {
        synchronized (appendLock) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                last = null;
                throw e;
            }
        }
    }

    /** Appends an entry on {@code c}, inside the caller's transaction; only within {@link #atomically}. */
    public void appendIn(java.sql.Connection c, Principal who, String action, Long itemId, String detail, long now)
            throws java.sql.SQLException {
        if (!Thread.holdsLock(appendLock)) {
            throw new IllegalStateException("appendIn outside atomically");
        }
        if (last == null) {
            last = lastHash();
        }
        String actor = who.name();
        String role = who.role().wireName();
        String d = detail == null ? null : detail.length() > 256 ? detail.substring(0, 256) : detail;
        String hash = hash(last, now, actor, role, action, itemId, d);
        insert(c, now, actor, role, action, itemId, d, hash);
        last = hash;
    }

    private static void insert(java.sql.Connection c, long now, String actor, String role, String action,
            Long itemId, String d, String hash) throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_log (at, actor, role, action, "
                + "item_id, detail, hash) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, now);
            ps.setString(2, actor);
            ps.setString(3, role);
            ps.setString(4, action);
            if (itemId == null) {
                ps.setNull(5, Types.BIGINT);
            } else {
                ps.setLong(5, itemId);
            }
            ps.setString(6, d);
            ps.setString(7, hash);
            ps.executeUpdate();
        }
    }

    private String lastHash() {
        return db.tx(c -> {
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT hash FROM audit_log ORDER BY id DESC FETCH FIRST 1 ROWS "
                            + "ONLY")) {
                return rs.next() ? rs.getString(1) : GENESIS;
            }
        });
    }

    private static String hash(String prev, long at, String actor, String role, String action, Long itemId,
            String detail) {
        return Secrets.sha256Hex(prev + "\u001f" + at + "\u001f" + actor + "\u001f" + role + "\u001f" + action
                + "\u001f" + itemId + "\u001f" + detail);
    }

    /** The latest entries, newest first; {@code itemId} null for all items. */
    public List<Entry> recent(Long itemId, int limit) {
        return db.tx(c -> {
            List<Entry> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, at, actor, role, action, item_id, detail, hash "
                    + "FROM audit_log" + (itemId == null ? "" : " WHERE item_id = ?") + " ORDER BY id DESC FETCH "
                    + "FIRST " + limit + " ROWS ONLY")) {
                if (itemId != null) {
                    ps.setLong(1, itemId);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long item = rs.getLong(6);
                        out.add(new Entry(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.wasNull() ? null : item, rs.getString(7), rs.getString(8)));
                    }
                }
            }
            return out;
        });
    }

    /** Recomputes the chain from the first entry; returns the id of the first entry that does not match, or -1. */
    public long verify() {
        return db.tx(c -> {
            String prev = GENESIS;
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT id, at, actor, role, action, item_id, detail, hash FROM "
                            + "audit_log ORDER BY id")) {
                while (rs.next()) {
                    long item = rs.getLong(6);
                    Long itemId = rs.wasNull() ? null : item;
                    String expect = hash(prev, rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            itemId, rs.getString(7));
                    if (!expect.equals(rs.getString(8))) {
                        return rs.getLong(1);
                    }
                    prev = expect;
                }
            }
            return -1L;
        });
    }
}
