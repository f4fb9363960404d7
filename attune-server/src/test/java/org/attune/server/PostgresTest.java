package org.attune.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server on a real PostgreSQL (started by the test): migrations, ingestion, analysis, queue, actions, audit. */
class PostgresTest {
    @TempDir
    static Path dir;
    static PostgresProcess pg;
    static TestServer s;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(PostgresProcess.available(), "skipped: PostgreSQL binaries for this platform are "
                + "not on the test class path");
        pg = PostgresProcess.start();
        s = new TestServer(dir, c -> c.withDatabase(pg.url(), "postgres", null));
    }

    @AfterAll
    static void stop() throws Exception {
        if (s != null) {
            s.close();
        }
        if (pg != null) {
            pg.close();
        }
    }

    @Test
    void wholeFlow_onPostgres() throws Exception {
        assertTrue(s.server.database().postgres());
        long calm = s.ingest(TestServer.doc("pg-calm", "a", "We had a picnic in the park; it was lovely."));
        long urgent = s.ingest(TestServer.doc("pg-urgent", "b", "I have the pills in my hand and I am going to "
                + "take all of them tonight. I wrote my goodbye letters, Dana."));
        TestServer.Response dup = s.post("/api/v1/items", s.apiKey, TestServer.doc("pg-calm", "a", "again"));
        assertTrue(dup.json().get("duplicate").asBoolean());
        assertEquals(calm, dup.json().get("id").asLong());
        s.awaitAnalysed(List.of(calm, urgent));
        JsonNode queue = s.get("/api/v1/queue", s.moderator).json();
        assertEquals(urgent, queue.get(0).get("id").asLong());
        assertEquals(200, s.post("/api/v1/items/" + urgent + "/claim", s.moderator, "").status());
        assertEquals(201, s.post("/api/v1/items/" + urgent + "/notes", s.moderator, "{\"text\":\"called\"}")
                .status());
        assertEquals(200, s.post("/api/v1/items/" + urgent + "/resolve", s.moderator,
                "{\"outcome\":\"supported\"}").status());
        JsonNode item = s.get("/api/v1/items/" + urgent, s.moderator).json();
        assertEquals("resolved", item.get("state").asText());
        assertEquals("called", item.get("notes").get(0).get("text").asText());
        String redacted = s.get("/api/v1/items/" + urgent, s.researcher).body();
        assertFalse(redacted.contains("Dana"));
        assertEquals(-1, s.server.triage().audit().verify());
    }
}
