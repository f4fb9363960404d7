package org.attune.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.attune.server.AttuneServer;
import org.attune.server.ServerConfig;
import org.attune.server.security.Role;

/**
 * A bounded load test on loopback only: starts a server on 127.0.0.1 over a fresh temporary data folder, posts a
 * fixed number of generated documents (no user data) from a few clients, reads the queue and items meanwhile, and
 * reports the sustained ingest rate, the analysis throughput and p50/p99 latency per endpoint. Stops at the count
 * or the time limit, whichever comes first.
 */
@Command(name = "serve-bench", description = "Bounded load test of the server on 127.0.0.1: ingest rate, analysis "
        + "throughput, p50/p99 latency.")
final class ServeBenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Option(names = "--docs", description = "documents to post (default ${DEFAULT-VALUE}, at most 20000)",
            defaultValue = "600")
    int docs;

    @Option(names = "--clients", description = "concurrent clients (default ${DEFAULT-VALUE}, at most 32)",
            defaultValue = "4")
    int clients;

    @Option(names = "--seconds", description = "time limit (default ${DEFAULT-VALUE}, at most 600)",
            defaultValue = "120")
    int seconds;

    @Option(names = "--words", description = "words per generated document (default ${DEFAULT-VALUE})",
            defaultValue = "60")
    int words;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        docs = Math.max(1, Math.min(docs, 20_000));
        clients = Math.max(1, Math.min(clients, 32));
        seconds = Math.max(5, Math.min(seconds, 600));
        Path data;
        try {
            data = Files.createTempDirectory("attune-serve-bench-");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String password = "serve-bench " + System.nanoTime();
        ServerConfig config = ServerConfig.defaults(data, Map.of()).withPort(0).withHost("127.0.0.1")
                .withAdminPassword(password)
                .withLimits(org.attune.core.io.InputLimits.DEFAULT, 1_000_000, 1000);
        List<String> corpus = BenchCommand.SyntheticCorpus.generate(docs, words, 7L);
        ObjectMapper json = new ObjectMapper();
        try (AttuneServer server = AttuneServer.start(config)) {
            server.access().createUser("bench", password, Role.MODERATOR, System.currentTimeMillis());
            String key = server.access().createApiKey("bench", System.currentTimeMillis());
            String base = "http://127.0.0.1:" + server.port();
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String session = json.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/sessions"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"bench\",\"password\":\"" + password
                            + "\"}")).build(), HttpResponse.BodyHandlers.ofString()).body()).get("token").asText();

            ConcurrentLinkedQueue<Long> ingestNanos = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<Long> readNanos = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<Long> queueNanos = new ConcurrentLinkedQueue<>();
            AtomicInteger next = new AtomicInteger();
            AtomicInteger accepted = new AtomicInteger();
            AtomicInteger errors = new AtomicInteger();
            long start = System.nanoTime();
            long deadline = start + TimeUnit.SECONDS.toNanos(seconds);
            ExecutorService pool = Executors.newFixedThreadPool(clients + 1);
            for (int c = 0; c < clients; c++) {
                pool.submit(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < docs && System.nanoTime() < deadline) {
                        String body = "{\"id\":\"bench-" + i + "\",\"author\":\"w\",\"text\":"
                                + json.valueToTree(corpus.get(i)) + "}";
                        try {
                            long t0 = System.nanoTime();
                            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base
                                    + "/api/v1/items")).header("Authorization", "Bearer " + key)
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                                    HttpResponse.BodyHandlers.ofString());
                            ingestNanos.add(System.nanoTime() - t0);
                            if (r.statusCode() == 202) {
                                accepted.incrementAndGet();
                                long id = json.readTree(r.body()).get("id").asLong();
                                if (id % 10 == 0) {
                                    long t1 = System.nanoTime();
                                    http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/items/" + id))
                                            .header("Authorization", "Bearer " + session).build(),
                                            HttpResponse.BodyHandlers.discarding());
                                    readNanos.add(System.nanoTime() - t1);
                                }
                            } else {
                                errors.incrementAndGet();
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                    }
                });
            }
            pool.submit(() -> {
                while (next.get() < docs && System.nanoTime() < deadline) {
                    try {
                        long t0 = System.nanoTime();
                        http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/queue?limit=50"))
                                .header("Authorization", "Bearer " + session).build(),
                                HttpResponse.BodyHandlers.discarding());
                        queueNanos.add(System.nanoTime() - t0);
                        Thread.sleep(100);
                    } catch (Exception e) {
                        return;
                    }
                }
            });
            pool.shutdown();
            pool.awaitTermination(seconds + 30L, TimeUnit.SECONDS);
            double ingestSeconds = (System.nanoTime() - start) / 1e9;
            // the analysis drains after the last acknowledgement
            while (server.triage().items().count("queued") > 0 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            double allSeconds = (System.nanoTime() - start) / 1e9;
            long analysed = server.triage().items().count("analysed");
            out.printf(Locale.ROOT, "serve-bench: %d clients, %d documents of %d words on 127.0.0.1, %s%n", clients,
                    docs, words, server.database().postgres() ? "PostgreSQL" : "embedded H2");
            out.printf(Locale.ROOT, "  ingest:   %d accepted (202), %d errors in %.1f s = %.1f docs/s sustained%n",
                    accepted.get(), errors.get(), ingestSeconds, accepted.get() / ingestSeconds);
            out.printf(Locale.ROOT, "  analysis: %d analysed in %.1f s from the first post = %.1f docs/s%s%n",
                    analysed, allSeconds, analysed / allSeconds,
                    analysed < accepted.get() ? " (time limit reached before the queue drained)" : "");
            var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            out.printf(Locale.ROOT, "  machine:  %d cores, load average %.1f at the end (other processes count too)%n",
                    os.getAvailableProcessors(), os.getSystemLoadAverage());
            report(out, "POST /api/v1/items", ingestNanos);
            report(out, "GET /api/v1/items/{id}", readNanos);
            report(out, "GET /api/v1/queue", queueNanos);
            out.flush();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void report(PrintWriter out, String what, ConcurrentLinkedQueue<Long> nanos) {
        long[] v = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        if (v.length == 0) {
            out.printf(Locale.ROOT, "  %-24s no requests%n", what);
            return;
        }
        out.printf(Locale.ROOT, "  %-24s n=%d  p50 %.1f ms  p99 %.1f ms  max %.1f ms%n", what, v.length,
                pct(v, 0.50) / 1e6, pct(v, 0.99) / 1e6, v[v.length - 1] / 1e6);
    }

    private static double pct(long[] sorted, double p) {
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(i, sorted.length - 1))];
    }

}
