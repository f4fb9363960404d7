package org.attune.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OpenAPI document the server serves describes exactly the routes it has, and every reference resolves. */
class OpenApiTest {
    @TempDir
    static Path dir;
    static TestServer s;
    static JsonNode doc;

    @BeforeAll
    static void start() throws Exception {
        s = new TestServer(dir);
        TestServer.Response r = s.get("/api/v1/openapi.json", null);
        assertEquals(200, r.status());
        doc = r.json();
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    @Test
    void documentedRoutes_equalRegisteredRoutes() {
        TreeSet<String> documented = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.get("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            for (Iterator<String> m = p.getValue().fieldNames(); m.hasNext(); ) {
                documented.add(m.next().toUpperCase(Locale.ROOT) + " " + p.getKey());
            }
        }
        assertEquals(new TreeSet<>(s.server.apiRoutes()), documented);
    }

    @Test
    void document_isOpenApi3_withResponsesAndResolvableRefs() {
        assertTrue(doc.get("openapi").asText().startsWith("3."));
        assertTrue(doc.get("info").has("title") && doc.get("info").has("version"));
        for (JsonNode path : doc.get("paths")) {
            for (JsonNode op : path) {
                assertTrue(op.has("responses") && op.get("responses").size() > 0, op.toString());
                for (Iterator<String> codes = op.get("responses").fieldNames(); codes.hasNext(); ) {
                    String code = codes.next();
                    assertTrue(code.matches("[1-5][0-9][0-9]|default"), code);
                }
            }
        }
        checkRefs(doc);
    }

    @Test
    void everyDocumentedErrorStatus_isAnErrorObject() throws Exception {
        // a sample of the documented 4xx answers, each with the Error shape
        for (TestServer.Response r : List.of(s.get("/api/v1/queue", null), s.get("/api/v1/items/x", s.moderator),
                s.post("/api/v1/items", s.apiKey, "{"))) {
            JsonNode e = r.json().get("error");
            assertTrue(e.get("code").isTextual() && e.get("message").isTextual());
        }
    }

    private static void checkRefs(JsonNode n) {
        if (n.isObject()) {
            if (n.has("$ref")) {
                String ref = n.get("$ref").asText();
                assertTrue(ref.startsWith("#/"), ref);
                JsonNode target = doc.at(ref.substring(1));
                assertTrue(!target.isMissingNode(), "unresolved " + ref);
            }
            n.forEach(OpenApiTest::checkRefs);
        } else if (n.isArray()) {
            n.forEach(OpenApiTest::checkRefs);
        }
    }
}
