package org.attune.server.dashboard;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;

import org.attune.server.http.ApiException;
import org.attune.server.security.Access;
import org.attune.server.security.AuditLog;
import org.attune.server.security.Principal;
import org.attune.server.security.Role;
import org.attune.server.store.ItemStore;
import org.attune.server.triage.Outcome;
import org.attune.server.triage.Triage;

/**
 * Server-rendered pages for the safety team. Every value reaches HTML through Pebble's auto-escaping, so a post that
 * contains {@code <script>} shows the characters. Sessions live in an HttpOnly, SameSite=Strict cookie and every
 * form carries the session's CSRF token.
 */
public final class Dashboard {
    static final String COOKIE = "attune_session";
    private static final Set<String> KNOWN_TOP = Set.of("id", "schemaVersion", "status", "language", "provenance",
            "posts", "sentences", "authors");
    private static final Set<String> KNOWN_AUTHOR = Set.of("author", "role", "posts", "sentences", "words");

    private final Triage triage;
    private final Access access;
    private final AuditLog audit;
    private final PebbleEngine pebble;

    public Dashboard(Triage triage, Access access, AuditLog audit) {
        this.triage = triage;
        this.access = access;
        this.audit = audit;
        ClasspathLoader loader = new ClasspathLoader();
        loader.setPrefix("org/attune/server/templates/");
        loader.setSuffix(".peb");
        this.pebble = new PebbleEngine.Builder().loader(loader).autoEscaping(true).strictVariables(false)
                .cacheActive(true).build();
    }

    public void register(Javalin app) {
        app.get("/", ctx -> ctx.redirect("/queue"));
        app.get("/login", ctx -> render(ctx, "login", Map.of()));
        app.post("/login", ctx -> {
            String user = ctx.formParam("username");
            String password = ctx.formParam("password");
            Access.Session s = user == null || password == null || user.length() > 64 || password.length() > 1024
                    ? null : access.login(user, password, System.currentTimeMillis());
            if (s == null) {
                audit.append("anonymous", "none", "login.failed", null, "dashboard", System.currentTimeMillis());
                ctx.status(401);
                render(ctx, "login", Map.of("error", "Wrong username or password."));
                return;
            }
            audit.append(s.principal(), "login", null, "dashboard", System.currentTimeMillis());
            Cookie c = new Cookie(COOKIE, s.token());
            c.setHttpOnly(true);
            c.setSameSite(SameSite.STRICT);
            c.setPath("/");
            c.setMaxAge((int) (Access.SESSION_MILLIS / 1000));
            ctx.cookie(c);
            ctx.redirect("/queue");
        });
        app.post("/logout", ctx -> {
            Principal who = session(ctx);
            if (who != null) {
                checkCsrf(ctx, who);
                access.logout(ctx.cookie(COOKIE));
                audit.append(who, "logout", null, "dashboard", System.currentTimeMillis());
            }
            ctx.removeCookie(COOKIE, "/");
            ctx.redirect("/login");
        });
        app.get("/queue", ctx -> {
            Principal who = signedIn(ctx);
            if (who == null) {
                return;
            }
            long now = System.currentTimeMillis();
            Map<String, Object> m = new HashMap<>();
            m.put("me", who);
            m.put("urgent", false);
            if (who.role().moderates()) {
                List<Map<String, Object>> rows = new ArrayList<>();
                boolean urgent = false;
                for (ItemStore.Item it : triage.queueItems(who, 200)) {
                    Map<String, Object> r = new HashMap<>();
                    r.put("id", it.id());
                    r.put("level", it.level() == null ? (it.status().equals("failed") ? "unreadable" : "pending")
                            : it.level());
                    r.put("state", it.state());
                    r.put("assignee", it.assignee());
                    r.put("waiting", waiting(now - it.receivedAt()));
                    r.put("urgent", "high".equals(it.level()) || "imminent".equals(it.level()));
                    urgent |= (Boolean) r.get("urgent");
                    rows.add(r);
                }
                m.put("rows", rows);
                m.put("urgent", urgent);
            }
            m.put("chart", Chart.of(triage.items().received(now - 14 * 86_400_000L, now + 1, 100_000, false), 14,
                    now));
            audit.append(who, "dashboard.queue", null, null, now);
            render(ctx, "queue", m);
        });
        app.get("/items/{id}", ctx -> {
            Principal who = signedIn(ctx);
            if (who == null) {
                return;
            }
            long id = parseId(ctx);
            ObjectNode item = triage.item(who, id);
            render(ctx, "item", itemModel(who, item));
        });
        app.post("/items/{id}/{action}", ctx -> {
            Principal who = signedIn(ctx);
            if (who == null) {
                return;
            }
            checkCsrf(ctx, who);
            long id = parseId(ctx);
            switch (ctx.pathParam("action")) {
                case "claim" -> triage.claim(who, id);
                case "escalate" -> triage.escalate(who, id);
                case "resolve" -> triage.resolve(who, id, String.valueOf(ctx.formParam("outcome")));
                case "notes" -> triage.note(who, id, ctx.formParam("text"));
                default -> throw ApiException.notFound("action");
            }
            ctx.redirect(ctx.pathParam("action").equals("resolve") ? "/queue" : "/items/" + id);
        });
    }

    private Map<String, Object> itemModel(Principal who, ObjectNode item) {
        Map<String, Object> m = new HashMap<>();
        m.put("me", who);
        m.put("id", item.get("id").asLong());
        String level = item.path("level").asText(null);
        m.put("level", level == null ? item.get("status").asText() : level);
        m.put("status", item.get("status").asText());
        m.put("state", item.get("state").asText());
        m.put("assignee", item.path("assignee").asText(null));
        m.put("outcome", item.path("outcome").asText(null));
        m.put("waiting", waiting(item.get("waitingSeconds").asLong() * 1000));
        m.put("urgent", "high".equals(level) || "imminent".equals(level));
        m.put("redacted", item.get("redacted").asBoolean());
        m.put("outcomes", java.util.Arrays.stream(Outcome.values()).map(Outcome::wireName).toList());
        JsonNode assessment = item.get("assessment");
        Map<String, List<Highlight>> highlights = item.get("redacted").asBoolean() || assessment == null
                ? Map.of() : highlights(assessment);
        List<Map<String, Object>> posts = new ArrayList<>();
        for (JsonNode p : item.get("thread")) {
            Map<String, Object> pm = new HashMap<>();
            String pid = p.get("id").asText();
            pm.put("id", pid);
            pm.put("author", p.get("author").asText());
            pm.put("depth", Math.min(p.get("depth").asInt(), 12));
            pm.put("kind", p.path("kind").asText(null));
            pm.put("note", p.path("note").asText(null));
            if (p.has("title")) {
                pm.put("title", Segment.split(p.get("title").asText(), highlights.get(pid + "\u0000title")));
            }
            pm.put("text", Segment.split(p.get("text").asText(), highlights.get(pid + "\u0000text")));
            posts.add(pm);
        }
        m.put("posts", posts);
        List<Map<String, Object>> authors = new ArrayList<>();
        List<Map<String, Object>> analyses = new ArrayList<>();
        if (assessment != null) {
            for (JsonNode a : assessment.path("authors")) {
                Map<String, Object> am = new HashMap<>();
                am.put("author", a.path("author").asText());
                am.put("role", a.path("role").asText());
                JsonNode risk = a.path("risk");
                if (!risk.isMissingNode()) {
                    am.put("level", risk.path("level").asText());
                    am.put("probability", risk.path("probability").asText());
                    am.put("calibrated", risk.path("calibrated").asBoolean());
                    am.put("cssrs", risk.path("cssrs").path("level").asText());
                    am.put("selfInjury", risk.path("selfInjury").path("recency").asText());
                    List<String> evidence = new ArrayList<>();
                    for (JsonNode e : risk.path("evidence")) {
                        evidence.add(e.path("signal").asText() + ": " + e.path("text").asText());
                    }
                    am.put("evidence", evidence);
                }
                Map<String, String> other = new TreeMap<>();
                for (Iterator<String> it = a.fieldNames(); it.hasNext(); ) {
                    String k = it.next();
                    if (!KNOWN_AUTHOR.contains(k) && !k.equals("risk")) {
                        flatten(k, a.get(k), other);
                    }
                }
                am.put("other", other);
                authors.add(am);
            }
            for (Iterator<String> it = assessment.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                if (!KNOWN_TOP.contains(k)) {
                    Map<String, String> rows = new TreeMap<>();
                    flatten("", assessment.get(k), rows);
                    analyses.add(Map.of("name", k, "rows", rows));
                }
            }
            m.put("engine", assessment.path("provenance").path("engineVersion").asText());
            m.put("assessmentStatus", assessment.path("status").asText());
        }
        m.put("authors", authors);
        m.put("analyses", analyses);
        List<Map<String, Object>> notes = new ArrayList<>();
        for (JsonNode n : item.path("notes")) {
            notes.add(Map.of("author", n.get("author").asText(), "text", n.get("text").asText()));
        }
        m.put("notes", notes);
        return m;
    }

    /** Scalars of a JSON tree as {@code path: value} rows (at most 400), for analyses this page does not know. */
    private static void flatten(String path, JsonNode n, Map<String, String> out) {
        if (out.size() >= 400) {
            return;
        }
        if (n.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                flatten(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(), out);
            }
        } else if (n.isArray()) {
            if (n.isEmpty()) {
                out.put(path, "(none)");
            }
            for (int i = 0; i < n.size(); i++) {
                flatten(path + "[" + i + "]", n.get(i), out);
            }
        } else {
            out.put(path.isEmpty() ? "value" : path, n.asText());
        }
    }

    /** A span to highlight in a post's field, and why. */
    record Highlight(int begin, int end, String label) {
    }

    /** Every object with post, field, begin and end outside {@code sentences}: evidence of any analysis. */
    private static Map<String, List<Highlight>> highlights(JsonNode assessment) {
        Map<String, List<Highlight>> out = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = assessment.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getKey().equals("sentences") && !e.getKey().equals("posts")) {
                collect(e.getValue(), e.getKey(), out);
            }
        }
        return out;
    }

    private static void collect(JsonNode n, String context, Map<String, List<Highlight>> out) {
        if (n.isObject()) {
            if (n.has("post") && n.has("begin") && n.has("end") && n.get("begin").canConvertToInt()) {
                String label = n.has("signal") ? n.get("signal").asText() : n.has("label") ? n.get("label").asText()
                        : context;
                out.computeIfAbsent(n.get("post").asText() + "\u0000" + n.path("field").asText("text"),
                        k -> new ArrayList<>()).add(new Highlight(n.get("begin").asInt(), n.get("end").asInt(),
                        label));
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                collect(e.getValue(), e.getKey(), out);
            }
        } else if (n.isArray()) {
            for (JsonNode c : n) {
                collect(c, context, out);
            }
        }
    }

    /** A piece of a post's text, highlighted or not, with the signals that cover it. */
    public record Segment(String text, boolean mark, String labels) {
        public String getText() {
            return text;
        }

        public boolean isMark() {
            return mark;
        }

        public String getLabels() {
            return labels;
        }

        static List<Segment> split(String text, List<Highlight> hs) {
            if (hs == null || hs.isEmpty()) {
                return List.of(new Segment(text, false, ""));
            }
            TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
            for (Highlight h : hs) {
                if (h.begin() >= 0 && h.end() <= text.length() && h.begin() < h.end()) {
                    cuts.add(h.begin());
                    cuts.add(h.end());
                }
            }
            List<Segment> out = new ArrayList<>();
            Integer prev = null;
            for (int c : cuts) {
                if (prev != null && c > prev) {
                    Set<String> labels = new TreeSet<>();
                    for (Highlight h : hs) {
                        if (h.begin() <= prev && h.end() >= c && h.end() <= text.length()) {
                            labels.add(h.label());
                        }
                    }
                    out.add(new Segment(text.substring(prev, c), !labels.isEmpty(), String.join(", ", labels)));
                }
                prev = c;
            }
            return out;
        }
    }

    static String waiting(long millis) {
        long m = Math.max(0, millis / 60_000);
        if (m < 1) {
            return "under a minute";
        }
        if (m < 60) {
            return m + " min";
        }
        if (m < 48 * 60) {
            return (m / 60) + " h " + (m % 60) + " min";
        }
        return (m / 1440) + " d " + ((m % 1440) / 60) + " h";
    }

    private static long parseId(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("request.invalid_parameter", "item id must be a non-negative integer");
        }
    }

    private Principal session(Context ctx) {
        String token = ctx.cookie(COOKIE);
        return token == null ? null : access.authenticate(token, System.currentTimeMillis());
    }

    /** The signed-in person, or null after redirecting to the login page. */
    private Principal signedIn(Context ctx) {
        Principal p = session(ctx);
        if (p == null || p.role() == Role.INGEST) {
            ctx.redirect("/login");
            return null;
        }
        return p;
    }

    private static void checkCsrf(Context ctx, Principal who) {
        String sent = ctx.formParam("csrf");
        if (sent == null || who.csrf() == null || !java.security.MessageDigest.isEqual(sent.getBytes(),
                who.csrf().getBytes())) {
            throw new ApiException(403, "auth.csrf", "the form's token is missing or stale; reload the page");
        }
    }

    private void render(Context ctx, String template, Map<String, Object> model) throws IOException {
        PebbleTemplate t = pebble.getTemplate(template);
        StringWriter w = new StringWriter();
        t.evaluate(w, new LinkedHashMap<>(model));
        ctx.contentType("text/html; charset=utf-8");
        ctx.header("Content-Security-Policy", "default-src 'none'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
        ctx.header("X-Frame-Options", "DENY");
        ctx.result(w.toString());
    }
}
