package org.attune.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.attune.core.io.InputLimits;

/** Malformed, oversized and hostile requests get a 4xx JSON error with a stable code: never a 500, never a trace. */
class HostileRequestsTest {
    @TempDir
    static Path dir;
    static TestServer s;
    static final String SECRET = "Quokka-secret-words";

    @BeforeAll
    static void start() throws Exception {
        s = new TestServer(dir, c -> c.withLimits(new InputLimits(8192, 50, 8, 64), 100_000, 100_000));
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    private static void assertError(TestServer.Response r, int status, String code) {
        assertEquals(status, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/json"), r.contentType());
        JsonNode e = r.json().get("error");
        assertEquals(code, e.get("code").asText(), r.body());
        assertClean(r.body());
    }

    private static void assertClean(String body) {
        assertFalse(body.contains("Exception"), body);
        assertFalse(body.contains("\tat "), body);
        assertFalse(body.contains(SECRET), "echoes the input: " + body);
    }

    private TestServer.Response ingest(byte[] body, String contentType) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.base() + "/api/v1/items"))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        return s.send(b, s.apiKey);
    }

    private TestServer.Response ingest(String body) throws Exception {
        return ingest(body.getBytes(StandardCharsets.UTF_8), "application/json");
    }

    @Test
    void badDocuments_areTheCallersFault() throws Exception {
        assertError(ingest("{\"id\":\"x\",\"text\":\"" + SECRET), 400, "input.malformed_json");
        assertError(ingest("[\"" + SECRET + "\"]"), 400, "input.invalid_shape");
        assertError(ingest("{\"id\":\"x\",\"author\":\"a\",\"text\":\"t\",\"" + SECRET + "\":1}"), 400,
                "input.unknown_field");
        assertError(ingest("{\"id\":\"x\",\"author\":\"a\",\"text\":\"t\",\"text\":\"u\"}"), 400,
                "input.malformed_json");
        String deep = "{\"id\":\"r\",\"author\":\"a\",\"text\":\"t\",\"replies\":[".repeat(12) + "]}".repeat(12);
        TestServer.Response r = ingest(deep);
        assertTrue(r.status() == 400, r.body());
        assertClean(r.body());
    }

    @Test
    void binaryAndBadEncodings_areRefused() throws Exception {
        assertError(ingest(new byte[] {'{', 0, 0, '}'}, "application/json"), 400, "input.binary");
        assertError(ingest(new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}, "application/json"), 400,
                "input.encoding");
        assertError(ingest("{\"id\":\"x\",\"author\":\"a\",\"text\":\"\\uD800\"}"), 400, "input.encoding");
        assertError(ingest("{\"id\":\"x\",\"author\":\"a\",\"text\":\"t\",\"replies\":[{\"id\":\"x\",\"author\":"
                + "\"b\",\"text\":\"u\"}]}"), 400, "input.duplicate_id");
        assertError(ingest("{\"author\":\"a\",\"text\":\"no id\"}"), 400, "input.invalid_shape");
        assertError(ingest("{\"id\":\"x\",\"author\":\"a\",\"text\":\"t\"}".getBytes(StandardCharsets.UTF_8),
                "text/plain"), 415, "request.unsupported_media_type");
    }

    @Test
    void oversizedBodies_get413_whateverTheyDeclare() throws Exception {
        byte[] big = ("{\"id\":\"x\",\"author\":\"a\",\"text\":\"" + "a".repeat(20_000) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        assertError(ingest(big, "application/json"), 413, "request.too_large");
        // chunked: no Content-Length to check up front
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.base() + "/api/v1/items"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)));
        assertError(s.send(b, s.apiKey), 413, "request.too_large");
        String many = "{\"id\":\"r\",\"author\":\"a\",\"text\":\"t\",\"replies\":["
                + "{\"author\":\"b\",\"text\":\"u\"},".repeat(60) + "{\"author\":\"b\",\"text\":\"u\"}]}";
        assertError(ingest(many), 400, "input.too_large");
        assertError(ingest("{\"id\":\"" + "i".repeat(65) + "\",\"author\":\"a\",\"text\":\"t\"}"), 400,
                "input.invalid_shape");
    }

    @Test
    void authentication_isRequired_andBadTokensAreRefused() throws Exception {
        assertError(s.post("/api/v1/items", null, TestServer.doc("x", "a", "t")), 401, "auth.required");
        assertError(s.post("/api/v1/items", "atk_" + "A".repeat(43), TestServer.doc("x", "a", "t")), 401,
                "auth.invalid_token");
        HttpRequest.Builder basic = HttpRequest.newBuilder(URI.create(s.base() + "/api/v1/queue"))
                .header("Authorization", "Basic YTpi").GET();
        assertError(s.send(basic, null), 401, "auth.invalid_token");
        assertError(s.get("/api/v1/queue", "x".repeat(5000)), 401, "auth.invalid_token");
        assertError(s.post("/api/v1/sessions", null, "{\"username\":\"admin\",\"password\":\"" + SECRET + "\"}"),
                401, "auth.invalid_credentials");
        assertError(s.post("/api/v1/sessions", null, "{\"username\":\"nobody\",\"password\":\"x\"}"), 401,
                "auth.invalid_credentials");
        assertError(s.post("/api/v1/sessions", null, "[1,2]"), 400, "request.invalid_body");
        assertError(s.post("/api/v1/sessions", null, "{\"username\":"), 400, "request.malformed_json");
        assertError(s.post("/api/v1/sessions", null, "{\"username\":7,\"password\":\"x\"}"), 400,
                "request.invalid_body");
    }

    @Test
    void routesAndParameters() throws Exception {
        assertError(s.get("/api/v1/nothing-here", s.moderator), 404, "route.not_found");
        assertError(s.get("/api/v1/items/abc", s.moderator), 400, "request.invalid_parameter");
        assertError(s.get("/api/v1/items/-5", s.moderator), 400, "request.invalid_parameter");
        assertError(s.get("/api/v1/items/99999999999999999999999", s.moderator), 400, "request.invalid_parameter");
        assertError(s.get("/api/v1/items/424242", s.moderator), 404, "not_found");
        assertError(s.get("/api/v1/queue?limit=x", s.moderator), 400, "request.invalid_parameter");
        assertError(s.post("/api/v1/items/424242/claim", s.moderator, ""), 404, "not_found");
        assertError(s.post("/api/v1/items/424242/notes", s.moderator, "{\"text\":\"\"}"), 400,
                "request.invalid_body");
        HttpRequest.Builder put = HttpRequest.newBuilder(URI.create(s.base() + "/api/v1/queue"))
                .PUT(HttpRequest.BodyPublishers.noBody());
        assertError(s.send(put, s.moderator), 405, "route.method_not_allowed");
    }

    @Test
    void brokenHttp_getsJsonFromJettyToo() throws Exception {
        String big = "GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(40_000) + "\r\n\r\n";
        assertRaw(big, 431);
        assertRaw("GET /api/v1/health HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n", 400);
        assertRaw("POST /api/v1/items HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n", 400);
        assertRaw("GET /api/v1/%ZZ HTTP/1.1\r\nHost: x\r\n\r\n", 400);
    }

    private static void assertRaw(String request, int status) throws Exception {
        try (Socket sock = new Socket("127.0.0.1", s.server.port())) {
            sock.setSoTimeout(10_000);
            OutputStream out = sock.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = sock.getInputStream();
            String resp = new String(in.readNBytes(4096), StandardCharsets.ISO_8859_1);
            assertTrue(resp.startsWith("HTTP/1.1 " + status), resp);
            String body = resp.substring(resp.indexOf("\r\n\r\n") + 4);
            assertTrue(body.isEmpty() || body.startsWith("{\"error\""), resp);
            assertClean(resp);
        }
    }

    @Test
    void randomBytes_neverCauseA500() throws Exception {
        Random random = new Random(5);
        for (int i = 0; i < 60; i++) {
            byte[] b = new byte[random.nextInt(300)];
            random.nextBytes(b);
            if (i % 3 == 0) {
                // mostly-JSON noise
                String json = TestServer.doc("r" + i, "a", "t");
                b = json.substring(0, random.nextInt(json.length())).getBytes(StandardCharsets.UTF_8);
            }
            TestServer.Response r = ingest(b, "application/json");
            assertTrue(r.status() >= 400 && r.status() < 500, r.status() + " " + r.body());
            assertClean(r.body());
            TestServer.Response login = s.send(HttpRequest.newBuilder(URI.create(s.base() + "/api/v1/sessions"))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(b)), null);
            assertTrue(login.status() >= 400 && login.status() < 500, login.status() + " " + login.body());
        }
    }

    @Test
    void rateLimits_answer429() throws Exception {
        try (TestServer limited = new TestServer(dir.resolve("limited"), c -> c.withLimits(InputLimits.DEFAULT,
                3, 20))) {
            for (int i = 0; i < 3; i++) {
                assertEquals(202, limited.post("/api/v1/items", limited.apiKey,
                        TestServer.doc("rl" + i, "a", "t")).status());
            }
            assertError(limited.post("/api/v1/items", limited.apiKey, TestServer.doc("rl9", "a", "t")), 429,
                    "rate_limited");
        }
    }
}
