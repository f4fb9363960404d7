package org.attune.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

import org.attune.core.safety.TriageLevel;

/**
 * Items and their analysis jobs. An item and its job are written in one transaction, so an item that was
 * acknowledged is always analysed; a job that was running when the process died is pending again on the next start.
 */
public final class ItemStore {
    /** What an ingestion returned: the item's id, and whether it was already there (same source and external id). */
    public record Ingested(long id, boolean duplicate) {
    }

    /** A claimed job: the item's sealed body to analyse. */
    public record Job(long id, long itemId, int attempts, byte[] body) {
    }

    /** One item as the queue and the item pages see it; sealed columns stay sealed. */
    public record Item(long id, String source, String externalId, long receivedAt, String status, String level,
            int levelRank, Long analysedAt, String state, String assignee, String outcome, Long resolvedAt,
            int bodyBytes, byte[] body, byte[] assessment) {
    }

    /** A moderator's note, sealed. */
    public record Note(long id, String author, long createdAt, byte[] body) {
    }

    private static final String ITEM_COLUMNS = "id, source, external_id, received_at, status, level, level_rank, "
            + "analysed_at, state, assignee, outcome, resolved_at, body_bytes";

    private final Database db;

    public ItemStore(Database db) {
        this.db = db;
    }

    /** More work for the ingestion's transaction (its audit entry). */
    @FunctionalInterface
    public interface Also {
        void run(Connection c, Ingested stored) throws SQLException;
    }

    /**
     * Stores an item and its job, or finds the item already stored under the same source and external id;
     * {@code also} runs in the storing transaction (not for a duplicate). A concurrent ingestion of the same item
     * that commits first makes this one throw a {@link StoreException} with {@link StoreException#uniqueViolation()}.
     */
    public Ingested ingest(String source, String externalId, byte[] sealedBody, int bodyBytes, long now, Also also) {
        Ingested existing = find(source, externalId);
        if (existing != null) {
            return existing;
        }
        return db.tx(c -> {
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO items (source, external_id, body, "
                    + "body_bytes, received_at, status, level_rank, state) VALUES (?, ?, ?, ?, ?, 'queued', -1, "
                    + "'open')", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, source);
                ps.setString(2, externalId);
                ps.setBytes(3, sealedBody);
                ps.setInt(4, bodyBytes);
                ps.setLong(5, now);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO jobs (item_id, state, attempts, "
                    + "not_before) VALUES (?, 'pending', 0, ?)")) {
                ps.setLong(1, id);
                ps.setLong(2, now);
                ps.executeUpdate();
            }
            Ingested stored = new Ingested(id, false);
            also.run(c, stored);
            return stored;
        });
    }

    /** The item stored under a source and external id, or null. */
    public Ingested find(String source, String externalId) {
        return db.tx(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM items WHERE source = ? AND "
                    + "external_id = ?")) {
                ps.setString(1, source);
                ps.setString(2, externalId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? new Ingested(rs.getLong(1), true) : null;
                }
            }
        });
    }

    /** Puts back every job that was running when the last process stopped; returns how many. */
    public int recover() {
        return db.tx(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE jobs SET state = 'pending', locked_at = NULL "
                    + "WHERE state = 'running'")) {
                return ps.executeUpdate();
            }
        });
    }

    /** Claims up to {@code max} due jobs for this worker; a job another worker took first is skipped. */
    public List<Job> claim(int max, long now) {
        List<long[]> candidates = db.tx(c -> {
            List<long[]> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, item_id, attempts FROM jobs WHERE state = "
                    + "'pending' AND not_before <= ? ORDER BY id FETCH FIRST " + (max * 2) + " ROWS ONLY")) {
                ps.setLong(1, now);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new long[] {rs.getLong(1), rs.getLong(2), rs.getInt(3)});
                    }
                }
            }
            return out;
        });
        List<Job> jobs = new ArrayList<>();
        for (long[] cand : candidates) {
            if (jobs.size() >= max) {
                break;
            }
            Job job = db.tx(c -> {
                try (PreparedStatement ps = c.prepareStatement("UPDATE jobs SET state = 'running', locked_at = ?, "
                        + "attempts = attempts + 1 WHERE id = ? AND state = 'pending'")) {
                    ps.setLong(1, now);
                    ps.setLong(2, cand[0]);
                    if (ps.executeUpdate() != 1) {
                        return null;
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("SELECT body FROM items WHERE id = ?")) {
                    ps.setLong(1, cand[1]);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return new Job(cand[0], cand[1], (int) cand[2] + 1, rs.getBytes(1));
                    }
                }
            });
            if (job != null) {
                jobs.add(job);
            }
        }
        return jobs;
    }

    /**
     * Stores an assessment and finishes its job, in one transaction; for a high or imminent item it also queues a
     * webhook to each of {@code hooks}.
     */
    public void complete(Job job, TriageLevel level, byte[] sealedAssessment, long now, List<String> hooks) {
        db.tx(c -> {
            if (level != null && level.ordinal() >= TriageLevel.HIGH.ordinal()) {
                long received = 0;
                try (PreparedStatement ps = c.prepareStatement("SELECT received_at FROM items WHERE id = ?")) {
                    ps.setLong(1, job.itemId());
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            received = rs.getLong(1);
                        }
                    }
                }
                for (String url : hooks) {
                    String payload = "{\"event\":\"item.urgent\",\"itemId\":" + job.itemId() + ",\"level\":\""
                            + level.wireName() + "\",\"receivedAt\":" + received + ",\"analysedAt\":" + now
                            + ",\"path\":\"/items/" + job.itemId() + "\"}";
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO webhooks (item_id, url, event, "
                            + "payload, state, attempts, next_at, created_at) VALUES (?, ?, 'item.urgent', ?, "
                            + "'pending', 0, ?, ?)")) {
                        ps.setLong(1, job.itemId());
                        ps.setString(2, url);
                        ps.setString(3, payload);
                        ps.setLong(4, now);
                        ps.setLong(5, now);
                        ps.executeUpdate();
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE items SET status = 'analysed', level = ?, "
                    + "level_rank = ?, analysed_at = ?, assessment = ? WHERE id = ?")) {
                if (level == null) {
                    ps.setNull(1, Types.VARCHAR);
                } else {
                    ps.setString(1, level.wireName());
                }
                ps.setInt(2, level == null ? 0 : level.ordinal());
                ps.setLong(3, now);
                ps.setBytes(4, sealedAssessment);
                ps.setLong(5, job.itemId());
                ps.executeUpdate();
            }
            finishJob(c, job.id(), "done", null);
            return null;
        });
    }

    /** A failed attempt: retried later with backoff, or marked failed after {@code maxAttempts}. */
    public void fail(Job job, String errorCode, int maxAttempts, long now) {
        db.tx(c -> {
            if (job.attempts() >= maxAttempts) {
                finishJob(c, job.id(), "failed", errorCode);
                try (PreparedStatement ps = c.prepareStatement("UPDATE items SET status = 'failed', level_rank = 4 "
                        + "WHERE id = ?")) {
                    // an item that cannot be analysed goes to the top: a person must read it
                    ps.setLong(1, job.itemId());
                    ps.executeUpdate();
                }
            } else {
                try (PreparedStatement ps = c.prepareStatement("UPDATE jobs SET state = 'pending', locked_at = NULL, "
                        + "error_code = ?, not_before = ? WHERE id = ?")) {
                    ps.setString(1, errorCode);
                    ps.setLong(2, now + 1000L * (1L << Math.min(job.attempts(), 6)));
                    ps.setLong(3, job.id());
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    private static void finishJob(Connection c, long jobId, String state, String errorCode) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE jobs SET state = ?, error_code = ?, locked_at = NULL "
                + "WHERE id = ?")) {
            ps.setString(1, state);
            ps.setString(2, errorCode);
            ps.setLong(3, jobId);
            ps.executeUpdate();
        }
    }

    public Item item(long id, boolean withSealed) {
        return db.tx(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + ITEM_COLUMNS
                    + (withSealed ? ", body, assessment" : "") + " FROM items WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? toItem(rs, withSealed) : null;
                }
            }
        });
    }

    /**
     * Items a person still has to act on, most urgent level first and, within a level, the longest waiting first;
     * items not analysed yet come after the analysed ones (failed analyses count as the most urgent).
     */
    public List<Item> queue(int limit) {
        return db.tx(c -> {
            List<Item> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + ITEM_COLUMNS + " FROM items WHERE state <> "
                    + "'resolved' ORDER BY level_rank DESC, received_at, id FETCH FIRST " + limit + " ROWS ONLY")) {
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(toItem(rs, false));
                    }
                }
            }
            return out;
        });
    }

    /** Items received in {@code [from, to)}, oldest first, for the volume chart and exports. */
    public List<Item> received(long from, long to, int limit, boolean withSealed) {
        return db.tx(c -> {
            List<Item> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + ITEM_COLUMNS
                    + (withSealed ? ", body, assessment" : "") + " FROM items WHERE received_at >= ? AND "
                    + "received_at < ? ORDER BY received_at, id FETCH FIRST " + limit + " ROWS ONLY")) {
                ps.setLong(1, from);
                ps.setLong(2, to);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(toItem(rs, withSealed));
                    }
                }
            }
            return out;
        });
    }

    public long count(String status) {
        return db.tx(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM items WHERE status = ?")) {
                ps.setString(1, status);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /**
     * Moves an item from one of {@code fromStates} to {@code toState}; returns false when it was in none of them.
     * {@code assignee} null keeps the current one.
     */
    public boolean transition(long id, List<String> fromStates, String toState, String assignee, String outcome,
            Long resolvedAt) {
        return db.tx(c -> {
            StringBuilder in = new StringBuilder();
            for (int i = 0; i < fromStates.size(); i++) {
                in.append(i == 0 ? "?" : ", ?");
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE items SET state = ?, assignee = COALESCE(?, "
                    + "assignee), outcome = COALESCE(?, outcome), resolved_at = COALESCE(?, resolved_at) WHERE id = ? "
                    + "AND state IN (" + in + ")")) {
                int k = 1;
                ps.setString(k++, toState);
                ps.setString(k++, assignee);
                ps.setString(k++, outcome);
                if (resolvedAt == null) {
                    ps.setNull(k++, Types.BIGINT);
                } else {
                    ps.setLong(k++, resolvedAt);
                }
                ps.setLong(k++, id);
                for (String s : fromStates) {
                    ps.setString(k++, s);
                }
                return ps.executeUpdate() == 1;
            }
        });
    }

    public long addNote(long itemId, String author, byte[] sealed, long now) {
        return db.tx(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO notes (item_id, author, created_at, body) "
                    + "VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, itemId);
                ps.setString(2, author);
                ps.setLong(3, now);
                ps.setBytes(4, sealed);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    public List<Note> notes(long itemId) {
        return db.tx(c -> {
            List<Note> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, author, created_at, body FROM notes WHERE "
                    + "item_id = ? ORDER BY id")) {
                ps.setLong(1, itemId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Note(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getBytes(4)));
                    }
                }
            }
            return out;
        });
    }

    private static Item toItem(ResultSet rs, boolean withSealed) throws SQLException {
        long analysed = rs.getLong(8);
        Long analysedAt = rs.wasNull() ? null : analysed;
        long resolved = rs.getLong(12);
        Long resolvedAt = rs.wasNull() ? null : resolved;
        return new Item(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                rs.getString(6), rs.getInt(7), analysedAt, rs.getString(9), rs.getString(10), rs.getString(11),
                resolvedAt, rs.getInt(13), withSealed ? rs.getBytes(14) : null, withSealed ? rs.getBytes(15) : null);
    }
}
