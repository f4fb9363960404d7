package org.attune.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.attune.server.webhook.WebhookSender;

/** High and imminent items reach a receiver on loopback, signed, retried after a failure, every attempt logged. */
class WebhookTest {
    @TempDir
    Path dir;

    record Received(String body, String timestamp, String signature) {
    }

    @Test
    void urgentItem_isDelivered_signed_afterARetry() throws Exception {
        String secret = "a webhook secret of some length";
        List<Received> received = new CopyOnWriteArrayList<>();
        AtomicInteger calls = new AtomicInteger();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", ex -> {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(body, ex.getRequestHeaders().getFirst("X-Attune-Timestamp"),
                    ex.getRequestHeaders().getFirst("X-Attune-Signature")));
            // the first delivery fails: the sender must retry
            ex.sendResponseHeaders(calls.incrementAndGet() == 1 ? 503 : 204, -1);
            ex.close();
        });
        receiver.start();
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
        try (TestServer s = new TestServer(dir, c -> c.withWebhooks(List.of(url), secret))) {
            String text = "I have the pills in my hand and I am going to take all of them tonight. I wrote my "
                    + "goodbye letters.";
            long urgent = s.ingest(TestServer.doc("hook-1", "a", text));
            long calm = s.ingest(TestServer.doc("hook-2", "b", "We had a picnic in the park; it was lovely."));
            s.awaitAnalysed(List.of(urgent, calm));
            long deadline = System.currentTimeMillis() + 20_000;
            while (calls.get() < 2 && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            assertEquals(2, received.size(), "one failure, one retry");
            for (Received r : received) {
                assertEquals(WebhookSender.sign(secret.getBytes(StandardCharsets.UTF_8), r.timestamp(), r.body()),
                        r.signature());
                JsonNode payload = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body());
                assertEquals(urgent, payload.get("itemId").asLong());
                assertTrue(List.of("high", "imminent").contains(payload.get("level").asText()));
                assertFalse(r.body().contains("pills"), "no text leaves in a webhook");
            }
            assertFalse(WebhookSender.sign("another secret".getBytes(StandardCharsets.UTF_8),
                    received.get(0).timestamp(), received.get(0).body()).equals(received.get(0).signature()));
            Thread.sleep(300);
            JsonNode log = s.get("/api/v1/webhooks/deliveries", s.admin).json();
            assertEquals(2, log.size(), log.toString());
            assertEquals(503, log.get(1).get("statusCode").asInt());
            assertFalse(log.get(1).get("ok").asBoolean());
            assertEquals(204, log.get(0).get("statusCode").asInt());
            assertTrue(log.get(0).get("ok").asBoolean());
            assertEquals("delivered", log.get(0).get("state").asText());
            assertEquals(403, s.get("/api/v1/webhooks/deliveries", s.moderator).status());
        } finally {
            receiver.stop(0);
        }
    }
}
