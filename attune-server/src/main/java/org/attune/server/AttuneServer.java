package org.attune.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import io.javalin.Javalin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.attune.core.engine.Engine;
import org.attune.core.error.AttuneException;
import org.attune.core.error.ErrorCode;
import org.attune.core.io.ThreadReader;
import org.attune.ml.engine.StandardPipeline;
import org.attune.server.dashboard.Dashboard;
import org.attune.server.http.ApiRoutes;
import org.attune.server.http.Errors;
import org.attune.server.queue.AnalysisWorkers;
import org.attune.server.security.Access;
import org.attune.server.security.AuditLog;
import org.attune.server.security.Role;
import org.attune.server.security.Secrets;
import org.attune.server.security.TextCipher;
import org.attune.server.store.Database;
import org.attune.server.store.ItemStore;
import org.attune.server.triage.Triage;
import org.attune.server.webhook.WebhookSender;

/**
 * The server: database, analysis workers and HTTP, started together and stopped together. On first start it
 * creates the {@code admin} account (password from the configuration, else generated and written to
 * {@code admin-password.txt} in the data folder, readable by its owner only).
 */
public final class AttuneServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AttuneServer.class);

    private final Database db;
    private final AnalysisWorkers workers;
    private final Javalin app;
    private final Triage triage;
    private final Access access;
    private final WebhookSender webhooks;
    private final List<String> routes;

    private AttuneServer(Database db, AnalysisWorkers workers, WebhookSender webhooks, Javalin app, Triage triage,
            Access access, List<String> routes) {
        this.db = db;
        this.webhooks = webhooks;
        this.routes = routes;
        this.workers = workers;
        this.app = app;
        this.triage = triage;
        this.access = access;
    }

    /** Starts a server with the standard engine. */
    public static AttuneServer start(ServerConfig config) {
        return start(config, StandardPipeline.engine(StandardPipeline.encoder()));
    }

    public static AttuneServer start(ServerConfig config, Engine engine) {
        try {
            Files.createDirectories(config.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String url = config.jdbcUrl() != null ? config.jdbcUrl() : Database.h2Url(config.dataDir());
        Database db = Database.open(url, config.dbUser(), config.dbPassword(), config.workers() + 8);
        try {
            TextCipher cipher = TextCipher.fromKeyOrFile(config.dataKey(), config.dataDir().resolve("data.key"));
            ThreadReader reader = new ThreadReader(config.limits());
            ItemStore items = new ItemStore(db);
            AuditLog audit = new AuditLog(db);
            Access access = new Access(db);
            bootstrapAdmin(access, config);
            AnalysisWorkers workers = new AnalysisWorkers(items, engine, cipher, reader, config.workers(),
                    config.batchSize(), config.webhookUrls(), null);
            WebhookSender webhooks = new WebhookSender(db, config.webhookSecret() == null ? ""
                    : config.webhookSecret());
            Triage triage = new Triage(items, cipher, reader, audit, workers::wake);
            ApiRoutes api = new ApiRoutes(triage, access, audit, webhooks, config.ingestPerMinute(),
                    config.loginPerMinute(), config.limits().maxBytes());
            Javalin app = Javalin.create(c -> {
                c.showJavalinBanner = false;
                c.http.prefer405over404 = true;
                c.http.maxRequestSize = config.limits().maxBytes() + 1024L;
                c.jetty.modifyServer(server -> server.setErrorHandler(new Errors.JettyJson()));
                c.jetty.modifyHttpConfiguration(h -> {
                    h.setSendServerVersion(false);
                    h.setRequestHeaderSize(16 * 1024);
                });
            });
            Errors.register(app);
            app.before(ctx -> {
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("Cache-Control", "no-store");
            });
            api.register(app);
            new Dashboard(triage, access, audit).register(app);
            try {
                app.start(config.host(), config.port());
            } catch (RuntimeException e) {
                throw new AttuneException(ErrorCode.CONFIG, "cannot listen on " + config.host() + ":" + config.port()
                        + " (" + e.getClass().getSimpleName() + "; is the port in use?)", e);
            }
            workers.start();
            webhooks.start();
            LOG.info("attune server listening on http://{}:{}", config.host(), app.port());
            return new AttuneServer(db, workers, webhooks, app, triage, access, api.routes());
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private static void bootstrapAdmin(Access access, ServerConfig config) {
        if (access.hasUsers()) {
            return;
        }
        String password = config.adminPassword();
        if (password == null || password.isBlank()) {
            password = Secrets.newToken("").substring(0, 24);
            Path file = config.dataDir().resolve("admin-password.txt");
            try {
                Files.deleteIfExists(file);
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rw-------")));
                } catch (UnsupportedOperationException e) {
                    Files.createFile(file);
                }
                Files.writeString(file, password + "\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            LOG.info("created account 'admin'; its password is in {}", file.toAbsolutePath());
        }
        access.createUser("admin", password, Role.ADMIN, System.currentTimeMillis());
    }

    public int port() {
        return app.port();
    }

    public Access access() {
        return access;
    }

    public Triage triage() {
        return triage;
    }

    public Database database() {
        return db;
    }

    /** The API's routes as {@code "METHOD /path"}. */
    public List<String> apiRoutes() {
        return routes;
    }

    @Override
    public void close() {
        app.stop();
        webhooks.close();
        workers.close();
        db.close();
    }
}
