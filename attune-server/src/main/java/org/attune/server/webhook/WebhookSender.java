package org.attune.server.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.attune.server.store.Database;

/**
 * Delivers queued webhooks. Each request carries {@code X-Attune-Timestamp} and
 * {@code X-Attune-Signature: sha256=HEX}, the HMAC-SHA256 under the shared secret of {@code timestamp + "." + body},
 * so a receiver can check origin and freshness. A 2xx answer delivers; anything else is retried after 1, 2, 4 ...
 * seconds (at most 5 minutes apart) up to {@link #MAX_ATTEMPTS} times. Every attempt is a row in
 * {@code webhook_attempts}. Payloads hold ids and levels, never what anyone wrote.
 */
public final class WebhookSender implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookSender.class);
    public static final int MAX_ATTEMPTS = 8;

    private final Database db;
    private final byte[] secret;
    private final HttpClient http;
    private final ScheduledExecutorService timer;

    public WebhookSender(Database db, String secret) {
        this.db = db;
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "attune-webhooks");
            t.setDaemon(true);
            return t;
        });
    }

    public void start() {
        timer.scheduleWithFixedDelay(this::deliverDue, 200, 200, TimeUnit.MILLISECONDS);
    }

    public static String sign(byte[] secret, String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Due(long id, String url, String payload, int attempts) {
    }

    void deliverDue() {
        try {
            long now = System.currentTimeMillis();
            List<Due> due = db.tx(c -> {
                List<Due> out = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT id, url, payload, attempts FROM webhooks "
                        + "WHERE state = 'pending' AND next_at <= ? ORDER BY id FETCH FIRST 20 ROWS ONLY")) {
                    ps.setLong(1, now);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(new Due(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)));
                        }
                    }
                }
                return out;
            });
            for (Due d : due) {
                deliver(d);
            }
        } catch (RuntimeException e) {
            LOG.warn("webhook delivery: {}", e.getClass().getSimpleName());
        }
    }

    private void deliver(Due d) {
        long start = System.currentTimeMillis();
        String ts = Long.toString(start / 1000);
        Integer status = null;
        String error = null;
        try {
            HttpRequest req = HttpRequest.newBuilder(URI.create(d.url()))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .header("X-Attune-Event", "item.urgent")
                    .header("X-Attune-Delivery", Long.toString(d.id()))
                    .header("X-Attune-Timestamp", ts)
                    .header("X-Attune-Signature", sign(secret, ts, d.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(d.payload(), StandardCharsets.UTF_8))
                    .build();
            status = http.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        } catch (Exception e) {
            error = e.getClass().getSimpleName();
        }
        boolean ok = status != null && status >= 200 && status < 300;
        int attempt = d.attempts() + 1;
        long end = System.currentTimeMillis();
        Integer statusCode = status;
        String err = error;
        db.tx(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO webhook_attempts (webhook_id, at, attempt, "
                    + "status_code, ok, error, millis) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, d.id());
                ps.setLong(2, start);
                ps.setInt(3, attempt);
                if (statusCode == null) {
                    ps.setNull(4, Types.INTEGER);
                } else {
                    ps.setInt(4, statusCode);
                }
                ps.setBoolean(5, ok);
                ps.setString(6, err);
                ps.setLong(7, end - start);
                ps.executeUpdate();
            }
            String state = ok ? "delivered" : attempt >= MAX_ATTEMPTS ? "failed" : "pending";
            try (PreparedStatement ps = c.prepareStatement("UPDATE webhooks SET state = ?, attempts = ?, next_at = ? "
                    + "WHERE id = ?")) {
                ps.setString(1, state);
                ps.setInt(2, attempt);
                ps.setLong(3, end + Math.min(300_000L, 1000L << Math.min(attempt - 1, 20)));
                ps.setLong(4, d.id());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The latest attempts, newest first, with their webhook's item and state. */
    public List<Map<String, Object>> attempts(int limit) {
        return db.tx(c -> {
            List<Map<String, Object>> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT a.id, w.id, w.item_id, w.url, w.state, a.attempt, "
                    + "a.at, a.status_code, a.ok, a.error, a.millis FROM webhook_attempts a JOIN webhooks w ON "
                    + "w.id = a.webhook_id ORDER BY a.id DESC FETCH FIRST " + limit + " ROWS ONLY")) {
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        java.util.LinkedHashMap<String, Object> m = new java.util.LinkedHashMap<>();
                        m.put("id", rs.getLong(1));
                        m.put("webhook", rs.getLong(2));
                        m.put("itemId", rs.getLong(3));
                        m.put("url", rs.getString(4));
                        m.put("state", rs.getString(5));
                        m.put("attempt", rs.getInt(6));
                        m.put("at", rs.getLong(7));
                        int sc = rs.getInt(8);
                        m.put("statusCode", rs.wasNull() ? null : sc);
                        m.put("ok", rs.getBoolean(9));
                        m.put("error", rs.getString(10));
                        m.put("millis", rs.getLong(11));
                        out.add(m);
                    }
                }
            }
            return out;
        });
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
