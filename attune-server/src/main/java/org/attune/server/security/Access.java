package org.attune.server.security;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.attune.server.store.Database;

/**
 * Accounts, sessions and API keys. Passwords are stored as Argon2id hashes; session tokens and API keys are 256-bit
 * random values stored only as their sha256, so a copy of the database gives no one a way in.
 */
public final class Access {
    public static final long SESSION_MILLIS = 12 * 3600_000L;

    /** A new login: the bearer token (shown once) and who it belongs to. */
    public record Session(String token, Principal principal) {
    }

    /** An account as listed to an admin (no hash). */
    public record User(String username, Role role, boolean disabled) {
    }

    private final Database db;

    public Access(Database db) {
        this.db = db;
    }

    public boolean hasUsers() {
        return db.tx(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM users")) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        });
    }

    /** Creates an account; false when the name is taken. */
    public boolean createUser(String username, String password, Role role, long now) {
        if (role == Role.INGEST) {
            throw new IllegalArgumentException("ingest is a role of API keys, not of accounts");
        }
        String hash = Passwords.hash(password);
        return db.tx(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM users WHERE username = ?")) {
                ps.setString(1, username);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return false;
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO users (username, password_hash, role, "
                    + "created_at, disabled) VALUES (?, ?, ?, ?, FALSE)")) {
                ps.setString(1, username);
                ps.setString(2, hash);
                ps.setString(3, role.wireName());
                ps.setLong(4, now);
                ps.executeUpdate();
            }
            return true;
        });
    }

    public List<User> users() {
        return db.tx(c -> {
            List<User> out = new ArrayList<>();
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT username, role, disabled FROM users ORDER BY username")) {
                while (rs.next()) {
                    out.add(new User(rs.getString(1), Role.fromWire(rs.getString(2)), rs.getBoolean(3)));
                }
            }
            return out;
        });
    }

    /** Checks a password and opens a session; null when the name or password is wrong (which is not said). */
    public Session login(String username, String password, long now) {
        Object[] row = db.tx(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, password_hash, role FROM users WHERE "
                    + "username = ? AND disabled = FALSE")) {
                ps.setString(1, username);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)} : null;
                }
            }
        });
        if (row == null) {
            // spend the same time as a real check, so that timing does not tell which names exist
            Passwords.verify(password, DUMMY);
            return null;
        }
        if (!Passwords.verify(password, (String) row[1])) {
            return null;
        }
        String token = Secrets.newToken("ats_");
        String csrf = Secrets.newToken("");
        db.tx(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM sessions WHERE expires_at <= ?")) {
                ps.setLong(1, now); // expired sessions go when someone signs in
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO sessions (token_hash, user_id, csrf, "
                    + "expires_at) VALUES (?, ?, ?, ?)")) {
                ps.setString(1, Secrets.sha256Hex(token));
                ps.setLong(2, (Long) row[0]);
                ps.setString(3, csrf);
                ps.setLong(4, now + SESSION_MILLIS);
                ps.executeUpdate();
            }
            return null;
        });
        return new Session(token, new Principal(username, Role.fromWire((String) row[2]), csrf));
    }

    private static final String DUMMY = Passwords.hash("not a password anyone has");

    public void logout(String token) {
        db.tx(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM sessions WHERE token_hash = ?")) {
                ps.setString(1, Secrets.sha256Hex(token));
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The principal behind a bearer token (session or API key), or null. */
    public Principal authenticate(String token, long now) {
        if (token == null || token.length() > 200) {
            return null;
        }
        String hash = Secrets.sha256Hex(token);
        if (token.startsWith("ats_")) {
            return db.tx(c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT u.username, u.role, s.csrf FROM sessions s "
                        + "JOIN users u ON u.id = s.user_id WHERE s.token_hash = ? AND s.expires_at > ? AND "
                        + "u.disabled = FALSE")) {
                    ps.setString(1, hash);
                    ps.setLong(2, now);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next() ? new Principal(rs.getString(1), Role.fromWire(rs.getString(2)),
                                rs.getString(3)) : null;
                    }
                }
            });
        }
        if (token.startsWith("atk_")) {
            return db.tx(c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT source FROM api_keys WHERE key_hash = ? AND "
                        + "revoked = FALSE")) {
                    ps.setString(1, hash);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next() ? new Principal(rs.getString(1), Role.INGEST, null) : null;
                    }
                }
            });
        }
        return null;
    }

    /** A new API key for {@code source}; the key is returned once and stored only as its sha256. */
    public String createApiKey(String source, long now) {
        String key = Secrets.newToken("atk_");
        db.tx(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO api_keys (source, key_hash, created_at, "
                    + "revoked) VALUES (?, ?, ?, FALSE)", Statement.NO_GENERATED_KEYS)) {
                ps.setString(1, source);
                ps.setString(2, Secrets.sha256Hex(key));
                ps.setLong(3, now);
                ps.executeUpdate();
            }
            return null;
        });
        return key;
    }
}
