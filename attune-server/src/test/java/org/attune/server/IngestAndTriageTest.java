package org.attune.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingestion is idempotent and durable, the engine's assessment is stored, the queue is ordered, actions work. */
class IngestAndTriageTest {
    @TempDir
    static Path dir;
    static TestServer s;

    static final String CALM = "We went to the park and had a picnic. The weather was lovely and the kids played.";
    static final String URGENT = "I have the pills in my hand and I am going to take all of them tonight. "
            + "I wrote my goodbye letters. This is the end for me.";

    @BeforeAll
    static void start() throws Exception {
        s = new TestServer(dir);
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    @Test
    void ingest_isAcceptedOnce_perSourceAndExternalId() throws Exception {
        TestServer.Response first = s.post("/api/v1/items", s.apiKey, TestServer.doc("dup-1", "a", CALM));
        assertEquals(202, first.status(), first.body());
        assertFalse(first.json().get("duplicate").asBoolean());
        TestServer.Response again = s.post("/api/v1/items", s.apiKey, TestServer.doc("dup-1", "a", CALM));
        assertEquals(202, again.status());
        assertTrue(again.json().get("duplicate").asBoolean());
        assertEquals(first.json().get("id").asLong(), again.json().get("id").asLong());
        // an explicit external id overrides the root id
        TestServer.Response other = s.post("/api/v1/items?externalId=dup-2", s.apiKey,
                TestServer.doc("dup-1", "a", CALM));
        assertFalse(other.json().get("duplicate").asBoolean());
    }

    @Test
    void concurrentIngestions_ofOneItem_storeItOnce_andKeepTheAuditChain() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<TestServer.Response>> fs = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                fs.add(pool.submit(() -> s.post("/api/v1/items", s.apiKey, TestServer.doc("race-1", "a", CALM))));
            }
            java.util.Set<Long> ids = new java.util.HashSet<>();
            int fresh = 0;
            for (var f : fs) {
                TestServer.Response r = f.get();
                assertEquals(202, r.status(), r.body());
                ids.add(r.json().get("id").asLong());
                fresh += r.json().get("duplicate").asBoolean() ? 0 : 1;
            }
            assertEquals(1, ids.size());
            assertEquals(1, fresh);
        } finally {
            pool.shutdown();
        }
        assertEquals(-1, s.server.triage().audit().verify());
    }

    @Test
    void queue_putsTheMostUrgentFirst_thenTheLongestWaiting() throws Exception {
        long calm = s.ingest(TestServer.doc("q-calm", "a", CALM));
        long urgent = s.ingest(TestServer.doc("q-urgent", "b", URGENT));
        s.awaitAnalysed(List.of(calm, urgent));
        JsonNode item = s.get("/api/v1/items/" + urgent, s.moderator).json();
        assertEquals("analysed", item.get("status").asText());
        String level = item.get("level").asText();
        assertTrue(level.equals("high") || level.equals("imminent"), level);
        assertEquals("q-urgent", item.get("assessment").get("id").asText());
        assertEquals(URGENT, item.get("thread").get(0).get("text").asText());

        JsonNode queue = s.get("/api/v1/queue", s.moderator).json();
        int rank = -1;
        long lastRank = Long.MAX_VALUE;
        long lastReceived = 0;
        List<String> order = List.of("none", "low", "moderate", "high", "imminent");
        for (JsonNode q : queue) {
            if (q.get("id").asLong() == urgent) {
                rank = 0;
            }
            int r = q.has("level") ? order.indexOf(q.get("level").asText()) : -1;
            assertTrue(r <= lastRank, "queue not ordered by level: " + queue);
            if (r == lastRank) {
                assertTrue(q.get("receivedAt").asLong() >= lastReceived, "same level not oldest first");
            }
            lastRank = r;
            lastReceived = q.get("receivedAt").asLong();
            assertTrue(q.get("waitingSeconds").asLong() >= 0);
        }
        assertEquals(0, rank, "the urgent item is in the queue");
        int iUrgent = indexOf(queue, urgent);
        int iCalm = indexOf(queue, calm);
        assertTrue(iUrgent < iCalm, "urgent before calm: " + queue);
    }

    @Test
    void actions_claimResolveEscalateNote() throws Exception {
        long id = s.ingest(TestServer.doc("act-1", "a", CALM));
        assertEquals(200, s.post("/api/v1/items/" + id + "/claim", s.moderator, "").status());
        TestServer.Response taken = s.post("/api/v1/items/" + id + "/claim", s.moderator2, "");
        assertEquals(409, taken.status());
        assertEquals("item.not_claimable", taken.json().get("error").get("code").asText());
        TestServer.Response notMine = s.post("/api/v1/items/" + id + "/resolve", s.moderator2,
                "{\"outcome\":\"supported\"}");
        assertEquals(409, notMine.status());
        assertEquals(201, s.post("/api/v1/items/" + id + "/notes", s.moderator,
                "{\"text\":\"reached out by message\"}").status());
        assertEquals(200, s.post("/api/v1/items/" + id + "/escalate", s.moderator, "").status());
        assertEquals(200, s.post("/api/v1/items/" + id + "/claim", s.moderator2, "").status());
        TestServer.Response bad = s.post("/api/v1/items/" + id + "/resolve", s.moderator2,
                "{\"outcome\":\"whatever\"}");
        assertEquals(400, bad.status());
        assertEquals("request.invalid_outcome", bad.json().get("error").get("code").asText());
        assertEquals(200, s.post("/api/v1/items/" + id + "/resolve", s.moderator2,
                "{\"outcome\":\"supported\"}").status());
        JsonNode item = s.get("/api/v1/items/" + id, s.moderator).json();
        assertEquals("resolved", item.get("state").asText());
        assertEquals("supported", item.get("outcome").asText());
        assertEquals("reached out by message", item.get("notes").get(0).get("text").asText());
        assertEquals(409, s.post("/api/v1/items/" + id + "/resolve", s.moderator2,
                "{\"outcome\":\"supported\"}").status());
        for (JsonNode q : s.get("/api/v1/queue", s.moderator).json()) {
            assertFalse(q.get("id").asLong() == id, "a resolved item left the queue");
        }
        // every action is in the audit log, and the chain holds
        JsonNode audit = s.get("/api/v1/audit?itemId=" + id, s.admin).json();
        String actions = audit.toString();
        for (String a : List.of("item.ingest", "item.claim", "item.note", "item.escalate", "item.resolve",
                "item.view")) {
            assertTrue(actions.contains("\"" + a + "\""), a + " audited: " + actions);
        }
        assertFalse(actions.contains("reached out"), "notes' text stays out of the audit log");
        assertEquals(-1, s.server.triage().audit().verify());
    }

    @Test
    void storedTexts_areSealed() throws Exception {
        String marker = "Zebrafish marmalade quintessence";
        long id = s.ingest(TestServer.doc("sealed-1", "a", marker + " is what I wrote today."));
        s.awaitAnalysed(List.of(id));
        s.post("/api/v1/items/" + id + "/notes", s.moderator, "{\"text\":\"" + marker + "\"}");
        try (var c = s.server.database().dataSource().getConnection();
                var st = c.createStatement();
                var rs = st.executeQuery("SELECT body, assessment FROM items WHERE id = " + id)) {
            assertTrue(rs.next());
            for (int col = 1; col <= 2; col++) {
                String raw = new String(rs.getBytes(col), java.nio.charset.StandardCharsets.ISO_8859_1);
                assertFalse(raw.contains("Zebrafish"), "column " + col + " holds plain text");
            }
        }
        try (var c = s.server.database().dataSource().getConnection();
                var st = c.createStatement();
                var rs = st.executeQuery("SELECT body FROM notes WHERE item_id = " + id)) {
            assertTrue(rs.next());
            assertFalse(new String(rs.getBytes(1), java.nio.charset.StandardCharsets.ISO_8859_1)
                    .contains("Zebrafish"));
        }
    }

    private static int indexOf(JsonNode queue, long id) {
        for (int i = 0; i < queue.size(); i++) {
            if (queue.get(i).get("id").asLong() == id) {
                return i;
            }
        }
        return -1;
    }
}
