package org.attune.server;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.attune.core.error.AttuneException;
import org.attune.core.error.ErrorCode;
import org.attune.core.io.InputLimits;

/**
 * Everything the server is configured with, validated when built. Defaults need no set-up: loopback only, an
 * embedded H2 database and a generated data key in the data folder.
 *
 * @param host             address to listen on (127.0.0.1 unless told otherwise)
 * @param port             TCP port; 0 picks a free one
 * @param dataDir          folder for the embedded database and the generated data key
 * @param jdbcUrl          a {@code jdbc:postgresql:} URL to use PostgreSQL instead of the embedded H2; null for H2
 * @param dbUser           database user (PostgreSQL)
 * @param dbPassword       database password (PostgreSQL)
 * @param dataKey          base64 AES-256 key that encrypts post texts at rest; null to read or create
 *                         {@code dataDir/data.key}
 * @param adminPassword    password of the {@code admin} account created on first start; null to generate one and
 *                         write it to {@code dataDir/admin-password.txt}
 * @param workers          analysis worker threads
 * @param batchSize        most jobs one worker analyses together
 * @param limits           what one ingested document or thread may be
 * @param ingestPerMinute  requests per minute per API key before 429
 * @param loginPerMinute   login attempts per minute per client address before 429
 * @param webhookUrls      receivers of high and imminent items
 * @param webhookSecret    HMAC-SHA256 key for webhook signatures; required when webhookUrls is not empty
 */
public record ServerConfig(String host, int port, Path dataDir, String jdbcUrl, String dbUser, String dbPassword,
        String dataKey, String adminPassword, int workers, int batchSize, InputLimits limits, int ingestPerMinute,
        int loginPerMinute, List<String> webhookUrls, String webhookSecret) {

    public ServerConfig {
        if (port < 0 || port > 65535) {
            throw config("port must be 0-65535, got " + port);
        }
        if (workers < 1 || workers > 64) {
            throw config("workers must be 1-64, got " + workers);
        }
        if (batchSize < 1 || batchSize > 256) {
            throw config("batch size must be 1-256, got " + batchSize);
        }
        if (ingestPerMinute < 1 || loginPerMinute < 1) {
            throw config("rate limits must be at least 1 per minute");
        }
        if (jdbcUrl != null && !jdbcUrl.startsWith("jdbc:postgresql:") && !jdbcUrl.startsWith("jdbc:h2:")) {
            throw config("database URL must start with jdbc:postgresql: or jdbc:h2:");
        }
        webhookUrls = List.copyOf(webhookUrls);
        for (String u : webhookUrls) {
            if (!u.startsWith("http://") && !u.startsWith("https://")) {
                throw config("webhook URLs must be http:// or https://");
            }
        }
        if (!webhookUrls.isEmpty() && (webhookSecret == null || webhookSecret.length() < 16)) {
            throw config("webhooks need a secret of at least 16 characters (ATTUNE_WEBHOOK_SECRET)");
        }
        if (dataDir == null) {
            throw config("a data folder is required");
        }
    }

    private static AttuneException config(String m) {
        return new AttuneException(ErrorCode.CONFIG, m);
    }

    /** Defaults for a data folder, overridden by the environment (ATTUNE_DB_URL, ATTUNE_DATA_KEY, ...). */
    public static ServerConfig defaults(Path dataDir, Map<String, String> env) {
        String hooks = env.get("ATTUNE_WEBHOOK_URLS");
        return new ServerConfig("127.0.0.1", 8080, dataDir, env.get("ATTUNE_DB_URL"), env.get("ATTUNE_DB_USER"),
                env.get("ATTUNE_DB_PASSWORD"), env.get("ATTUNE_DATA_KEY"), env.get("ATTUNE_ADMIN_PASSWORD"), 2, 8,
                InputLimits.DEFAULT, 600, 20,
                hooks == null || hooks.isBlank() ? List.of() : List.of(hooks.split(",")),
                env.get("ATTUNE_WEBHOOK_SECRET"));
    }

    public ServerConfig withPort(int p) {
        return new ServerConfig(host, p, dataDir, jdbcUrl, dbUser, dbPassword, dataKey, adminPassword, workers,
                batchSize, limits, ingestPerMinute, loginPerMinute, webhookUrls, webhookSecret);
    }

    public ServerConfig withHost(String h) {
        return new ServerConfig(h, port, dataDir, jdbcUrl, dbUser, dbPassword, dataKey, adminPassword, workers,
                batchSize, limits, ingestPerMinute, loginPerMinute, webhookUrls, webhookSecret);
    }

    public ServerConfig withWorkers(int w) {
        return new ServerConfig(host, port, dataDir, jdbcUrl, dbUser, dbPassword, dataKey, adminPassword, w,
                batchSize, limits, ingestPerMinute, loginPerMinute, webhookUrls, webhookSecret);
    }

    public ServerConfig withDatabase(String url, String user, String password) {
        return new ServerConfig(host, port, dataDir, url, user, password, dataKey, adminPassword, workers,
                batchSize, limits, ingestPerMinute, loginPerMinute, webhookUrls, webhookSecret);
    }

    public ServerConfig withLimits(InputLimits l, int ingestPerMin, int loginPerMin) {
        return new ServerConfig(host, port, dataDir, jdbcUrl, dbUser, dbPassword, dataKey, adminPassword, workers,
                batchSize, l, ingestPerMin, loginPerMin, webhookUrls, webhookSecret);
    }

    public ServerConfig withAdminPassword(String p) {
        return new ServerConfig(host, port, dataDir, jdbcUrl, dbUser, dbPassword, dataKey, p, workers,
                batchSize, limits, ingestPerMinute, loginPerMinute, webhookUrls, webhookSecret);
    }

    public ServerConfig withWebhooks(List<String> urls, String secret) {
        return new ServerConfig(host, port, dataDir, jdbcUrl, dbUser, dbPassword, dataKey, adminPassword, workers,
                batchSize, limits, ingestPerMinute, loginPerMinute, urls, secret);
    }
}
