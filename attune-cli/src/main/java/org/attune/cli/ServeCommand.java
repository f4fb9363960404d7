package org.attune.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.attune.server.AttuneServer;
import org.attune.server.ServerConfig;

/** {@code attune serve}: the HTTP API, the analysis workers and the dashboard, until stopped. */
@Command(name = "serve", description = {
        "Runs the Attune server: HTTP API, durable analysis queue and moderator dashboard.",
        "Configuration beyond the options comes from the environment: ATTUNE_DB_URL, ATTUNE_DB_USER, "
                + "ATTUNE_DB_PASSWORD (PostgreSQL instead of the embedded H2), ATTUNE_DATA_KEY (base64 AES-256 key; "
                + "else DIR/data.key), ATTUNE_ADMIN_PASSWORD (first start; else DIR/admin-password.txt), "
                + "ATTUNE_WEBHOOK_URLS and ATTUNE_WEBHOOK_SECRET."})
final class ServeCommand implements Runnable {
    @Option(names = "--port", description = "TCP port (default ${DEFAULT-VALUE})", defaultValue = "8080")
    int port;

    @Option(names = "--host", description = "address to listen on (default ${DEFAULT-VALUE}: this machine only)",
            defaultValue = "127.0.0.1")
    String host;

    @Option(names = "--data", description = "data folder: embedded database, data key (default ${DEFAULT-VALUE})",
            defaultValue = "attune-data")
    Path data;

    @Option(names = "--workers", description = "analysis worker threads (default ${DEFAULT-VALUE})",
            defaultValue = "2")
    int workers;

    @Override
    public void run() {
        ServerConfig config = ServerConfig.defaults(data, System.getenv()).withPort(port).withHost(host)
                .withWorkers(workers);
        AttuneServer server = AttuneServer.start(config);
        System.err.println("attune: serving on http://" + host + ":" + server.port() + "/ (data in "
                + data.toAbsolutePath() + ")");
        Path pw = data.resolve("admin-password.txt");
        if (Files.exists(pw)) {
            System.err.println("attune: the first admin password is in " + pw.toAbsolutePath()
                    + "; delete the file once you have changed or stored it");
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
