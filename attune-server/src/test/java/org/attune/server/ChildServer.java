package org.attune.server;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A server in its own JVM (to be killed with SIGKILL), on this JVM's class path. */
final class ChildServer implements AutoCloseable {
    final Process process;
    final int port;

    ChildServer(Path data, Map<String, String> env) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "--port", "0", "--data", data.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.environment().putAll(env);
        process = pb.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        String line;
        int p = -1;
        long deadline = System.currentTimeMillis() + 60_000;
        while ((line = out.readLine()) != null && System.currentTimeMillis() < deadline) {
            if (line.startsWith("listening ")) {
                p = Integer.parseInt(line.substring(10).trim());
                break;
            }
        }
        if (p < 0) {
            process.destroyForcibly();
            throw new IllegalStateException("child server did not start");
        }
        port = p;
        Thread drain = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // keep the pipe empty
                }
            } catch (java.io.IOException e) {
                // the child is gone
            }
        });
        drain.setDaemon(true);
        drain.start();
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
