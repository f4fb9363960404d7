package org.attune.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * A real PostgreSQL server for tests, from the binaries zonky publishes on Maven Central (no network, no system
 * package): unpacked once under the temp folder, a fresh cluster per instance, listening on loopback only. PostgreSQL
 * refuses to run as root, so under root the server runs as {@code nobody} through {@code runuser}.
 */
final class PostgresProcess implements AutoCloseable {
    private static final String ARCHIVE = "postgres-linux-x86_64.txz";
    private final Path home;
    private final Path data;
    final int port;

    private PostgresProcess(Path home, Path data, int port) {
        this.home = home;
        this.data = data;
        this.port = port;
    }

    static boolean available() {
        return System.getProperty("os.name").toLowerCase().contains("linux")
                && PostgresProcess.class.getClassLoader().getResource(ARCHIVE) != null;
    }

    static PostgresProcess start() throws Exception {
        Path home = unpack();
        Path root = Files.createTempDirectory("attune-pg-");
        Path data = root.resolve("data");
        if (root()) {
            run(List.of("chown", "nobody", root.toString()));
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        run(asUser(List.of(home.resolve("bin/initdb").toString(), "-D", data.toString(), "-U", "postgres", "-A",
                "trust", "-E", "UTF8", "--no-locale", "-N")));
        run(asUser(List.of(home.resolve("bin/pg_ctl").toString(), "-D", data.toString(), "-l",
                root.resolve("log").toString(), "-o", "-p " + port + " -h 127.0.0.1 -k " + data + " -F", "-w",
                "-t", "60", "start")));
        return new PostgresProcess(home, data, port);
    }

    String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static List<String> asUser(List<String> cmd) {
        if (!root()) {
            return cmd;
        }
        List<String> out = new ArrayList<>(List.of("runuser", "-u", "nobody", "--"));
        out.addAll(cmd);
        return out;
    }

    private static void run(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(cmd.get(cmd.size() > 4 && root() ? 4 : 0) + " failed: " + out);
        }
    }

    /** Unpacks the archive once (shared by runs) and returns the installation folder. */
    private static synchronized Path unpack() throws IOException {
        Path home = Path.of(System.getProperty("java.io.tmpdir"), "attune-embedded-pg-17");
        if (Files.exists(home.resolve("bin/postgres")) && Files.exists(home.resolve(".complete"))) {
            Files.setPosixFilePermissions(home, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
            return home;
        }
        Path tmp = Files.createTempDirectory(home.getParent(), "attune-embedded-pg-unpack-");
        try (InputStream raw = PostgresProcess.class.getClassLoader().getResourceAsStream(ARCHIVE);
                TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(raw))) {
            TarArchiveEntry e;
            while ((e = tar.getNextEntry()) != null) {
                Path target = tmp.resolve(e.getName()).normalize();
                if (!target.startsWith(tmp)) {
                    continue;
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else if (e.isSymbolicLink()) {
                    Files.createDirectories(target.getParent());
                    Files.createSymbolicLink(target, Path.of(e.getLinkName()));
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(tar, target);
                    if ((e.getMode() & 0100) != 0) {
                        Files.setPosixFilePermissions(target, Set.of(PosixFilePermission.OWNER_READ,
                                PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE,
                                PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_EXECUTE,
                                PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_EXECUTE));
                    }
                }
            }
        }
        Files.writeString(tmp.resolve(".complete"), "ok");
        // the temp folder is private; the server's user (nobody, under root) must be able to enter it
        Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        try {
            Files.move(tmp, home);
        } catch (IOException e) {
            deleteTree(tmp); // another run unpacked it first
        }
        return home;
    }

    private static void deleteTree(Path p) {
        try (var s = Files.walk(p)) {
            s.sorted(Comparator.reverseOrder()).forEach(x -> {
                try {
                    Files.delete(x);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws Exception {
        run(asUser(List.of(home.resolve("bin/pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w",
                "stop")));
        deleteTree(data.getParent());
    }
}
