package org.attune.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of the server while posts are being ingested and analysed: the restarted server has lost no post it
 * acknowledged with 202, and analyses every one of them.
 */
class CrashSafetyTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "crash test password";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    Path data;

    @Test
    void killedWhileIngesting_losesNoAcknowledgedPost() throws Exception {
        Map<String, String> env = Map.of("ATTUNE_ADMIN_PASSWORD", PASSWORD);
        Map<String, Long> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger attempts = new AtomicInteger();
        String key;
        try (ChildServer first = new ChildServer(data, env)) {
            String admin = login(first.port);
            key = JSON.readTree(send(first.port, "POST", "/api/v1/api-keys", admin, "{\"source\":\"crash\"}")
                    .body()).get("key").asText();
            ExecutorService clients = Executors.newFixedThreadPool(3);
            for (int c = 0; c < 3; c++) {
                int client = c;
                clients.submit(() -> {
                    for (int i = 0; i < 400; i++) {
                        String ext = "c" + client + "-" + i;
                        attempts.incrementAndGet();
                        try {
                            HttpResponse<String> r = send(first.port, "POST", "/api/v1/items", key,
                                    TestServer.doc(ext, "w" + i, "Post " + i + ": I feel alone tonight and I "
                                            + "don't know who to talk to. Work was hard and I am tired."));
                            if (r.statusCode() == 202) {
                                acknowledged.put(ext, JSON.readTree(r.body()).get("id").asLong());
                            }
                        } catch (Exception e) {
                            return; // the server is gone
                        }
                    }
                });
            }
            // kill once some posts are acknowledged and analysis is under way
            long deadline = System.currentTimeMillis() + 60_000;
            while (acknowledged.size() < 40 && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            first.kill();
            clients.shutdown();
            assertTrue(clients.awaitTermination(60, TimeUnit.SECONDS));
        }
        assertTrue(acknowledged.size() >= 40, "posts were acknowledged before the kill: " + acknowledged.size());

        try (ChildServer second = new ChildServer(data, env)) {
            String admin = login(second.port);
            long deadline = System.currentTimeMillis() + 120_000;
            for (Map.Entry<String, Long> e : acknowledged.entrySet()) {
                while (true) {
                    HttpResponse<String> r = send(second.port, "GET", "/api/v1/items/" + e.getValue(), admin, null);
                    assertEquals(200, r.statusCode(), "acknowledged post " + e.getKey() + " is there");
                    JsonNode item = JSON.readTree(r.body());
                    String status = item.get("status").asText();
                    if (status.equals("analysed")) {
                        assertTrue(item.has("assessment"));
                        assertEquals(e.getKey(), item.get("externalId").asText());
                        break;
                    }
                    assertEquals("queued", status, "not failed");
                    assertTrue(System.currentTimeMillis() < deadline, "analysed after the restart");
                    Thread.sleep(100);
                }
            }
            // the same posts again are recognised, not stored twice
            for (String ext : acknowledged.keySet().stream().limit(5).toList()) {
                HttpResponse<String> r = send(second.port, "POST", "/api/v1/items", key,
                        TestServer.doc(ext, "w", "again"));
                assertEquals(202, r.statusCode());
                assertTrue(JSON.readTree(r.body()).get("duplicate").asBoolean());
            }
        }
    }

    private String login(int port) throws Exception {
        HttpResponse<String> r = send(port, "POST", "/api/v1/sessions", null,
                "{\"username\":\"admin\",\"password\":\"" + PASSWORD + "\"}");
        assertEquals(201, r.statusCode(), r.body());
        return JSON.readTree(r.body()).get("token").asText();
    }

    private HttpResponse<String> send(int port, String method, String path, String token, String body)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
