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

/** Each role sees only what it may; a researcher never receives unredacted text. */
class AuthorizationTest {
    @TempDir
    static Path dir;
    static TestServer s;
    static long item;

    /** Synthetic personal data that must never reach a researcher. */
    static final List<String> PERSONAL = List.of("Marisol", "Quentin", "Okafor", "marisol.q@example.org",
            "+1 415-555-0132", "415-555-0132", "https://myblog.example.com/about", "@marisol_writes",
            "742 Evergreen Terrace", "maplefan77", "kindstranger22");

    @BeforeAll
    static void start() throws Exception {
        s = new TestServer(dir);
        String thread = "{\"id\":\"auth-1\",\"author\":\"maplefan77\",\"title\":\"Can't do this, Quentin\","
                + "\"text\":\"I told Quentin Okafor I can't go on and I want to die tonight. Email me at "
                + "marisol.q@example.org or call +1 415-555-0132. I live at 742 Evergreen Terrace. My page "
                + "is https://myblog.example.com/about and I'm @marisol_writes.\",\"replies\":[{\"id\":\"r1\","
                + "\"author\":\"kindstranger22\",\"text\":\"Marisol, please call 415-555-0132 back, I care about "
                + "you.\"}]}";
        item = s.ingest(thread);
        s.awaitAnalysed(List.of(item));
        s.post("/api/v1/items/" + item + "/notes", s.moderator, "{\"text\":\"spoke with Marisol\"}");
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    @Test
    void researcher_seesRedactedItemsOnly() throws Exception {
        TestServer.Response r = s.get("/api/v1/items/" + item, s.researcher);
        assertEquals(200, r.status(), r.body());
        for (String p : PERSONAL) {
            assertFalse(r.body().contains(p), "researcher received '" + p + "': " + r.body());
        }
        JsonNode o = r.json();
        assertTrue(o.get("redacted").asBoolean());
        assertFalse(o.has("notes"));
        assertFalse(o.has("externalId"));
        assertEquals("writer", o.get("thread").get(0).get("author").asText());
        String text = o.get("thread").get(0).get("text").asText();
        for (String placeholder : List.of("[name]", "[email]", "[phone]", "[address]", "[url]", "[handle]")) {
            assertTrue(text.contains(placeholder), placeholder + " in " + text);
        }
        // the assessment is there, with its evidence text redacted
        assertTrue(o.get("assessment").get("authors").size() > 0);
        assertTrue(o.get("assessment").toString().contains("die tonight"), "non-personal words survive");
    }

    @Test
    void researcher_exportsAreRedacted() throws Exception {
        TestServer.Response r = s.get("/api/v1/export", s.researcher);
        assertEquals(200, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/x-ndjson"));
        assertTrue(r.body().contains("\"thread\""));
        for (String p : PERSONAL) {
            assertFalse(r.body().contains(p), "export leaked '" + p + "'");
        }
    }

    @Test
    void researcher_mayNotActOrSeeTheQueue() throws Exception {
        assertEquals(403, s.get("/api/v1/queue", s.researcher).status());
        for (String action : List.of("claim", "escalate")) {
            assertEquals(403, s.post("/api/v1/items/" + item + "/" + action, s.researcher, "").status());
        }
        assertEquals(403, s.post("/api/v1/items/" + item + "/resolve", s.researcher,
                "{\"outcome\":\"supported\"}").status());
        assertEquals(403, s.post("/api/v1/items/" + item + "/notes", s.researcher, "{\"text\":\"x\"}").status());
        assertEquals(403, s.get("/api/v1/audit", s.researcher).status());
        assertEquals(403, s.get("/api/v1/users", s.researcher).status());
        assertEquals(403, s.post("/api/v1/items", s.researcher, TestServer.doc("z", "a", "t")).status());
    }

    @Test
    void moderator_seesWholeThreads_butNotAdministration() throws Exception {
        TestServer.Response r = s.get("/api/v1/items/" + item, s.moderator);
        assertEquals(200, r.status());
        assertTrue(r.body().contains("Quentin Okafor"));
        assertEquals("spoke with Marisol", r.json().get("notes").get(0).get("text").asText());
        assertEquals(200, s.get("/api/v1/queue", s.moderator).status());
        assertEquals(403, s.get("/api/v1/export", s.moderator).status());
        assertEquals(403, s.get("/api/v1/audit", s.moderator).status());
        assertEquals(403, s.get("/api/v1/users", s.moderator).status());
        assertEquals(403, s.post("/api/v1/api-keys", s.moderator, "{\"source\":\"x\"}").status());
        assertEquals(403, s.post("/api/v1/users", s.moderator,
                "{\"username\":\"x\",\"password\":\"aaaaaaaaaaaaaaaa\",\"role\":\"admin\"}").status());
        assertEquals(403, s.post("/api/v1/items", s.moderator, TestServer.doc("z", "a", "t")).status());
    }

    @Test
    void apiKey_mayOnlyIngest() throws Exception {
        assertEquals(403, s.get("/api/v1/items/" + item, s.apiKey).status());
        assertEquals(403, s.get("/api/v1/queue", s.apiKey).status());
        assertEquals(403, s.post("/api/v1/items/" + item + "/claim", s.apiKey, "").status());
        assertEquals(403, s.get("/api/v1/export", s.apiKey).status());
        assertEquals(403, s.get("/api/v1/audit", s.apiKey).status());
    }

    @Test
    void anonymous_getsOnlyHealth() throws Exception {
        assertEquals(200, s.get("/api/v1/health", null).status());
        for (String path : List.of("/api/v1/items/" + item, "/api/v1/queue", "/api/v1/export", "/api/v1/audit",
                "/api/v1/users")) {
            assertEquals(401, s.get(path, null).status(), path);
        }
    }

    @Test
    void admin_managesAccountsAndReadsTheAudit() throws Exception {
        TestServer.Response created = s.post("/api/v1/users", s.admin,
                "{\"username\":\"res2\",\"password\":\"a long enough password\",\"role\":\"researcher\"}");
        assertEquals(201, created.status(), created.body());
        assertEquals(409, s.post("/api/v1/users", s.admin,
                "{\"username\":\"res2\",\"password\":\"a long enough password\",\"role\":\"researcher\"}").status());
        assertEquals(400, s.post("/api/v1/users", s.admin,
                "{\"username\":\"res3\",\"password\":\"short\",\"role\":\"researcher\"}").status());
        String token = s.login("res2", "a long enough password");
        assertEquals(403, s.get("/api/v1/queue", token).status());
        assertEquals(200, s.get("/api/v1/items/" + item, s.researcher).status());
        JsonNode audit = s.get("/api/v1/audit?limit=1000", s.admin).json();
        String all = audit.toString();
        assertTrue(all.contains("item.view.redacted"), "researcher views are audited");
        assertTrue(all.contains("user.create"));
        for (String p : PERSONAL) {
            assertFalse(all.contains(p), "the audit log holds no text: " + p);
        }
        assertEquals(200, s.get("/api/v1/items/" + item, s.admin).status());
        assertTrue(s.get("/api/v1/items/" + item, s.admin).body().contains("Quentin"));
        TestServer.Response key = s.post("/api/v1/api-keys", s.admin, "{\"source\":\"chat\"}");
        assertEquals(201, key.status());
        assertEquals(202, s.post("/api/v1/items", key.json().get("key").asText(),
                TestServer.doc("k1", "a", "hello")).status());
        // logging out ends the session
        assertEquals(204, s.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(s.base()
                + "/api/v1/sessions/current")).DELETE(), token).status());
        assertEquals(401, s.get("/api/v1/items/" + item, token).status());
    }

    @Test
    void passwordsAndKeys_areStoredHashed() throws Exception {
        try (var c = s.server.database().dataSource().getConnection(); var st = c.createStatement();
                var rs = st.executeQuery("SELECT password_hash FROM users")) {
            while (rs.next()) {
                assertTrue(rs.getString(1).startsWith("$argon2id$v=19$"), rs.getString(1));
                assertFalse(rs.getString(1).contains(TestServer.PASSWORD));
            }
        }
        try (var c = s.server.database().dataSource().getConnection(); var st = c.createStatement();
                var rs = st.executeQuery("SELECT key_hash FROM api_keys")) {
            while (rs.next()) {
                assertFalse(s.apiKey.contains(rs.getString(1)));
                assertEquals(64, rs.getString(1).length());
            }
        }
    }
}
