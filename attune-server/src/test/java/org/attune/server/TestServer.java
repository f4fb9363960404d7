package org.attune.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.attune.core.engine.Engine;
import org.attune.ml.encoder.OnnxEncoder;
import org.attune.ml.engine.StandardPipeline;
import org.attune.server.security.Role;

/**
 * A server on a free loopback port over a fresh data folder, with an API key and one account per role, and a small
 * HTTP client. One engine is shared by every test in the JVM (it loads in a second or two).
 */
public final class TestServer implements AutoCloseable {
    public static final String PASSWORD = "correct horse battery staple";
    private static Engine engine;

    public final AttuneServer server;
    public final String apiKey;
    public final String admin;
    public final String moderator;
    public final String moderator2;
    public final String researcher;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    public static synchronized Engine engine() {
        if (engine == null) {
            engine = StandardPipeline.engine(OnnxEncoder.bgeSmall());
        }
        return engine;
    }

    public TestServer(Path dataDir) throws Exception {
        this(dataDir, c -> c);
    }

    public TestServer(Path dataDir, UnaryOperator<ServerConfig> tweak) throws Exception {
        ServerConfig config = tweak.apply(ServerConfig.defaults(dataDir, Map.of()).withPort(0)
                .withAdminPassword(PASSWORD));
        server = AttuneServer.start(config, engine());
        long now = System.currentTimeMillis();
        server.access().createUser("mod", PASSWORD, Role.MODERATOR, now);
        server.access().createUser("mod2", PASSWORD, Role.MODERATOR, now);
        server.access().createUser("res", PASSWORD, Role.RESEARCHER, now);
        apiKey = server.access().createApiKey("forum", now);
        admin = login("admin");
        moderator = login("mod");
        moderator2 = login("mod2");
        researcher = login("res");
    }

    public String login(String user) throws Exception {
        return login(user, PASSWORD);
    }

    public String login(String user, String password) throws Exception {
        Response r = post("/api/v1/sessions", null, "{\"username\":\"" + user + "\",\"password\":\"" + password
                + "\"}");
        if (r.status != 201) {
            throw new IllegalStateException("login failed: " + r.status + " " + r.body);
        }
        return r.json().get("token").asText();
    }

    public String base() {
        return "http://127.0.0.1:" + server.port();
    }

    /** A response: status, body, and the body as JSON. */
    public record Response(int status, String body, String contentType) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (status " + status + "): " + body, e);
            }
        }
    }

    public Response get(String path, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).GET();
        return send(b, token);
    }

    public Response post(String path, String token, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json, StandardCharsets.UTF_8));
        return send(b, token);
    }

    public Response send(HttpRequest.Builder b, String token) throws Exception {
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> r = http.send(b.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Response(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""));
    }

    public long ingest(String json) throws Exception {
        Response r = post("/api/v1/items", apiKey, json);
        if (r.status != 202) {
            throw new AssertionError("ingest: " + r.status + " " + r.body);
        }
        return r.json().get("id").asLong();
    }

    /** Waits until every listed item is analysed (or failed), at most 60 s. */
    public void awaitAnalysed(List<Long> ids) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        for (long id : ids) {
            while (true) {
                JsonNode item = get("/api/v1/items/" + id, moderator).json();
                if (!item.get("status").asText().equals("queued")) {
                    break;
                }
                if (System.currentTimeMillis() > deadline) {
                    throw new AssertionError("item " + id + " not analysed within 60 s");
                }
                Thread.sleep(50);
            }
        }
    }

    /** A synthetic document as the CLI takes it. */
    public static String doc(String id, String author, String text) {
        return "{\"id\":" + JSON.valueToTree(id) + ",\"author\":" + JSON.valueToTree(author) + ",\"text\":"
                + JSON.valueToTree(text) + "}";
    }

    @Override
    public void close() {
        server.close();
    }
}
