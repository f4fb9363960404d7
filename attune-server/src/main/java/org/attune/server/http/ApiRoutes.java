package org.attune.server.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;

import org.attune.server.security.Access;
import org.attune.server.security.AuditLog;
import org.attune.server.security.Principal;
import org.attune.server.security.Role;
import org.attune.server.store.ItemStore;
import org.attune.server.triage.Triage;
import org.attune.server.webhook.WebhookSender;

/** The JSON API under {@code /api/v1}: each handler reads the request, calls {@link Triage}, writes JSON. */
public final class ApiRoutes {
    /** Largest body of a request other than an ingestion. */
    static final int SMALL_BODY = 64 * 1024;
    private static final ObjectMapper SMALL_JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(8).build()).build());

    private final Triage triage;
    private final Access access;
    private final AuditLog audit;
    private final RateLimiter ingestLimiter;
    private final RateLimiter loginLimiter;
    private final int maxIngestBytes;
    private final List<String> routes = new ArrayList<>();
    private byte[] openApi;

    private final WebhookSender webhooks;

    public ApiRoutes(Triage triage, Access access, AuditLog audit, WebhookSender webhooks, int ingestPerMinute,
            int loginPerMinute, int maxIngestBytes) {
        this.webhooks = webhooks;
        this.triage = triage;
        this.access = access;
        this.audit = audit;
        this.ingestLimiter = new RateLimiter(ingestPerMinute);
        this.loginLimiter = new RateLimiter(loginPerMinute);
        this.maxIngestBytes = maxIngestBytes;
    }

    /** Every route registered, as {@code "METHOD /path"}: the OpenAPI test checks the document against it. */
    public List<String> routes() {
        return List.copyOf(routes);
    }

    private void get(Javalin app, String path, Handler h) {
        routes.add("GET " + path);
        app.get(path, h);
    }

    private void post(Javalin app, String path, Handler h) {
        routes.add("POST " + path);
        app.post(path, h);
    }

    private void delete(Javalin app, String path, Handler h) {
        routes.add("DELETE " + path);
        app.delete(path, h);
    }

    public void register(Javalin app) {
        get(app, "/api/v1/health", ctx -> ctx.json(Map.of("status", "ok")));
        get(app, "/api/v1/openapi.json", ctx -> ctx.contentType("application/json").result(openApi()));

        post(app, "/api/v1/sessions", ctx -> {
            limit(loginLimiter, "login:" + ctx.ip());
            JsonNode in = smallJson(ctx);
            Access.Session s = access.login(text(in, "username", 64), text(in, "password", 1024),
                    System.currentTimeMillis());
            if (s == null) {
                audit.append("anonymous", "none", "login.failed", null, null, System.currentTimeMillis());
                throw new ApiException(401, "auth.invalid_credentials", "wrong username or password");
            }
            audit.append(s.principal(), "login", null, null, System.currentTimeMillis());
            ctx.status(201).json(Map.of("token", s.token(), "role", s.principal().role().wireName(),
                    "expiresInSeconds", Access.SESSION_MILLIS / 1000));
        });
        delete(app, "/api/v1/sessions/current", ctx -> {
            Principal who = principal(ctx);
            Triage.require(who, Role.ADMIN, Role.MODERATOR, Role.RESEARCHER);
            access.logout(bearer(ctx));
            audit.append(who, "logout", null, null, System.currentTimeMillis());
            ctx.status(204);
        });

        post(app, "/api/v1/items", ctx -> {
            Principal who = principal(ctx);
            Triage.require(who, Role.INGEST, Role.ADMIN);
            limit(ingestLimiter, "ingest:" + who.name());
            requireJson(ctx);
            ItemStore.Ingested r = triage.ingest(who, body(ctx, maxIngestBytes), ctx.queryParam("externalId"));
            ctx.header("Location", "/api/v1/items/" + r.id());
            ctx.status(202).json(Map.of("id", r.id(), "duplicate", r.duplicate(), "status", "accepted"));
        });
        get(app, "/api/v1/items/{id}", ctx -> ctx.json(triage.item(principal(ctx), id(ctx))));
        get(app, "/api/v1/queue", ctx -> ctx.json(triage.queue(principal(ctx), intParam(ctx, "limit", 100))));
        post(app, "/api/v1/items/{id}/claim", ctx -> {
            triage.claim(principal(ctx), id(ctx));
            ctx.json(Map.of("id", id(ctx), "state", "claimed"));
        });
        post(app, "/api/v1/items/{id}/resolve", ctx -> {
            Principal who = principal(ctx);
            Triage.require(who, Role.MODERATOR, Role.ADMIN);
            triage.resolve(who, id(ctx), text(smallJson(ctx), "outcome", 64));
            ctx.json(Map.of("id", id(ctx), "state", "resolved"));
        });
        post(app, "/api/v1/items/{id}/escalate", ctx -> {
            triage.escalate(principal(ctx), id(ctx));
            ctx.json(Map.of("id", id(ctx), "state", "escalated"));
        });
        post(app, "/api/v1/items/{id}/notes", ctx -> {
            Principal who = principal(ctx);
            Triage.require(who, Role.MODERATOR, Role.ADMIN);
            long note = triage.note(who, id(ctx), text(smallJson(ctx), "text", 4000));
            ctx.status(201).json(Map.of("id", note));
        });
        get(app, "/api/v1/export", ctx -> {
            long now = System.currentTimeMillis();
            StringBuilder sb = new StringBuilder();
            for (ObjectNode o : triage.export(principal(ctx), longParam(ctx, "from", 0),
                    longParam(ctx, "to", now + 1), intParam(ctx, "limit", 1000))) {
                sb.append(o).append('\n');
            }
            ctx.contentType("application/x-ndjson").result(sb.toString());
        });

        post(app, "/api/v1/users", ctx -> {
            Principal who = principal(ctx);
            Triage.require(who, Role.ADMIN);
            JsonNode in = smallJson(ctx);
            String name = text(in, "username", 64);
            String password = text(in, "password", 1024);
            Role role = Role.fromWire(text(in, "role", 16));
            if (role == null || role == Role.INGEST) {
                throw ApiException.badRequest("request.invalid_role", "role must be admin, moderator or researcher");
            }
            if (!name.matches("[A-Za-z0-9._-]{1,64}")) {
                throw ApiException.badRequest("request.invalid_username", "a username is 1-64 letters, digits, "
                        + "dots, dashes or underscores");
            }
            if (password.length() < 12) {
                throw ApiException.badRequest("request.weak_password", "a password has at least 12 characters");
            }
            if (!access.createUser(name, password, role, System.currentTimeMillis())) {
                throw ApiException.conflict("user.exists", "that username is taken");
            }
            audit.append(who, "user.create", null, "user=" + name + " role=" + role.wireName(),
                    System.currentTimeMillis());
            ctx.status(201).json(Map.of("username", name, "role", role.wireName()));
        });
        get(app, "/api/v1/users", ctx -> {
            Principal who = principal(ctx);
            Triage.require(who, Role.ADMIN);
            audit.append(who, "users.view", null, null, System.currentTimeMillis());
            ctx.json(access.users().stream().map(u -> Map.of("username", u.username(), "role",
                    u.role().wireName(), "disabled", u.disabled())).toList());
        });
        post(app, "/api/v1/api-keys", ctx -> {
            Principal who = principal(ctx);
            Triage.require(who, Role.ADMIN);
            String source = text(smallJson(ctx), "source", 64);
            if (!source.matches("[A-Za-z0-9._-]{1,64}")) {
                throw ApiException.badRequest("request.invalid_source", "a source is 1-64 letters, digits, dots, "
                        + "dashes or underscores");
            }
            String key = access.createApiKey(source, System.currentTimeMillis());
            audit.append(who, "api_key.create", null, "source=" + source, System.currentTimeMillis());
            ctx.status(201).json(Map.of("source", source, "key", key));
        });
        get(app, "/api/v1/webhooks/deliveries", ctx -> {
            Principal who = principal(ctx);
            Triage.require(who, Role.ADMIN);
            audit.append(who, "webhooks.view", null, null, System.currentTimeMillis());
            ctx.json(webhooks.attempts(Math.max(1, Math.min(intParam(ctx, "limit", 100), 1000))));
        });
        get(app, "/api/v1/audit", ctx -> {
            Principal who = principal(ctx);
            Triage.require(who, Role.ADMIN);
            String item = ctx.queryParam("itemId");
            Long itemId = item == null ? null : parseLong(item, "itemId");
            var entries = audit.recent(itemId, Math.max(1, Math.min(intParam(ctx, "limit", 100), 1000)));
            audit.append(who, "audit.view", itemId, null, System.currentTimeMillis());
            ctx.json(entries);
        });
    }

    private synchronized byte[] openApi() throws IOException {
        if (openApi == null) {
            try (InputStream in = ApiRoutes.class.getResourceAsStream("/org/attune/server/openapi.json")) {
                openApi = in.readAllBytes();
            }
        }
        return openApi;
    }

    private void limit(RateLimiter limiter, String caller) {
        long wait = limiter.acquire(caller, System.currentTimeMillis());
        if (wait > 0) {
            throw new ApiException(429, "rate_limited", "too many requests; retry in " + wait + " s");
        }
    }

    /** The caller behind {@code Authorization: Bearer}; null when none was sent; 401 for an unknown token. */
    Principal principal(Context ctx) {
        String token = bearer(ctx);
        if (token == null) {
            return null;
        }
        Principal p = access.authenticate(token, System.currentTimeMillis());
        if (p == null) {
            throw new ApiException(401, "auth.invalid_token", "the bearer token is unknown, revoked or expired");
        }
        return p;
    }

    private static String bearer(Context ctx) {
        String h = ctx.header("Authorization");
        if (h == null) {
            return null;
        }
        if (!h.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new ApiException(401, "auth.invalid_token", "send \"Authorization: Bearer <token>\"");
        }
        return h.substring(7).trim();
    }

    private static void requireJson(Context ctx) {
        String ct = ctx.header("Content-Type");
        if (ct == null || !ct.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw new ApiException(415, "request.unsupported_media_type", "send the document or thread as "
                    + "Content-Type: application/json");
        }
    }

    /** The body, read up to {@code max} bytes whatever Content-Length says; 413 beyond. */
    static byte[] body(Context ctx, int max) throws IOException {
        long declared = ctx.req().getContentLengthLong();
        if (declared > max) {
            throw new ApiException(413, "request.too_large", "the body is " + declared + " bytes; at most " + max
                    + " are accepted");
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] b = in.readNBytes(max + 1);
            if (b.length > max) {
                throw new ApiException(413, "request.too_large", "the body is over " + max + " bytes; at most "
                        + max + " are accepted");
            }
            return b;
        }
    }

    private static JsonNode smallJson(Context ctx) throws IOException {
        byte[] b = body(ctx, SMALL_BODY);
        try {
            JsonNode n = SMALL_JSON.readTree(b);
            if (n == null || !n.isObject()) {
                throw ApiException.badRequest("request.invalid_body", "expected a JSON object");
            }
            return n;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw ApiException.badRequest("request.malformed_json", "the body is not valid JSON");
        }
    }

    private static String text(JsonNode in, String field, int max) {
        JsonNode v = in.get(field);
        if (v == null || !v.isTextual() || v.textValue().isEmpty() || v.textValue().length() > max) {
            throw ApiException.badRequest("request.invalid_body", "\"" + field + "\" must be a non-empty string of "
                    + "at most " + max + " characters");
        }
        return v.textValue();
    }

    static long id(Context ctx) {
        return parseLong(ctx.pathParam("id"), "item id");
    }

    private static long parseLong(String s, String what) {
        try {
            long v = Long.parseLong(s);
            if (v < 0) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("request.invalid_parameter", what + " must be a non-negative integer");
        }
    }

    private static int intParam(Context ctx, String name, int dflt) {
        String s = ctx.queryParam(name);
        if (s == null) {
            return dflt;
        }
        long v = parseLong(s, name);
        return (int) Math.min(v, Integer.MAX_VALUE);
    }

    private static long longParam(Context ctx, String name, long dflt) {
        String s = ctx.queryParam(name);
        return s == null ? dflt : parseLong(s, name);
    }
}
