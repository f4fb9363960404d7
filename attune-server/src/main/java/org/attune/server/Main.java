package org.attune.server;

import java.nio.file.Path;

/**
 * Runs the server without the {@code attune} command: {@code Main [--port N] [--data DIR]}, the rest from the
 * environment as {@link ServerConfig#defaults}. Prints {@code listening <port>} on stdout once it serves.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = 8080;
        Path data = Path.of("attune-data");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                case "--data" -> data = Path.of(args[i + 1]);
                default -> {
                    System.err.println("usage: Main [--port N] [--data DIR]");
                    System.exit(2);
                }
            }
        }
        AttuneServer server = AttuneServer.start(ServerConfig.defaults(data, System.getenv()).withPort(port));
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        System.out.println("listening " + server.port());
        System.out.flush();
        Thread.currentThread().join();
    }
}
