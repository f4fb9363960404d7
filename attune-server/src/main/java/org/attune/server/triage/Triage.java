package org.attune.server.triage;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.attune.core.io.AssessmentJson;
import org.attune.core.io.ThreadReader;
import org.attune.core.thread.Post;
import org.attune.core.thread.PostThread;
import org.attune.server.http.ApiException;
import org.attune.server.security.AuditLog;
import org.attune.server.security.Principal;
import org.attune.server.security.Role;
import org.attune.server.security.TextCipher;
import org.attune.server.store.ItemStore;
import org.attune.server.store.StoreException;

/**
 * Ingestion, the queue, the moderator actions and the views of an item, each checked against the caller's role and
 * recorded in the audit log. Moderators and admins see whole threads; researchers see redacted ones only.
 */
public final class Triage {
    private static final ObjectMapper JSON = AssessmentJson.mapper();
    private static final int MAX_NOTE = 4000;

    private final ItemStore items;
    private final TextCipher cipher;
    private final ThreadReader reader;
    private final AuditLog audit;
    private final Runnable onIngested;

    public Triage(ItemStore items, TextCipher cipher, ThreadReader reader, AuditLog audit, Runnable onIngested) {
        this.items = items;
        this.cipher = cipher;
        this.reader = reader;
        this.audit = audit;
        this.onIngested = onIngested;
    }

    public ItemStore items() {
        return items;
    }

    public AuditLog audit() {
        return audit;
    }

    /**
     * Validates a document or thread (the JSON {@code attune analyze} accepts) and stores it with its analysis job.
     * The external id is {@code externalId} when given, else the root post's id.
     */
    public ItemStore.Ingested ingest(Principal who, byte[] body, String externalId) {
        require(who, Role.INGEST, Role.ADMIN);
        if (externalId != null && (externalId.isBlank() || externalId.length() > reader.limits().maxIdLength())) {
            throw ApiException.badRequest("request.invalid_parameter", "externalId must be a non-blank string of at "
                    + "most " + reader.limits().maxIdLength() + " characters");
        }
        PostThread thread = reader.readJson(body, externalId == null ? "" : externalId);
        String ext = externalId != null ? externalId : thread.id();
        long now = System.currentTimeMillis();
        String detail = "bytes=" + body.length + " posts=" + thread.posts().size();
        byte[] sealed = cipher.seal(body, "items.body");
        // the item, its job and its audit entry in one commit: one write to disk per ingestion
        ItemStore.Ingested r;
        try {
            r = audit.atomically(() -> items.ingest(who.name(), ext, sealed, body.length, now,
                    (c, stored) -> audit.appendIn(c, who, "item.ingest", stored.id(), detail, now)));
        } catch (StoreException e) {
            // a concurrent request stored the same item first; its transaction, audit entry included, rolled back
            r = e.uniqueViolation() ? items.find(who.name(), ext) : null;
            if (r == null) {
                throw e;
            }
        }
        if (r.duplicate()) {
            audit.append(who, "item.ingest.duplicate", r.id(), detail, now);
        }
        if (!r.duplicate()) {
            onIngested.run();
        }
        return r;
    }

    /** The open items, most urgent level first, then longest waiting. Moderators and admins. */
    public ArrayNode queue(Principal who, int limit) {
        require(who, Role.MODERATOR, Role.ADMIN);
        long now = System.currentTimeMillis();
        ArrayNode out = JSON.createArrayNode();
        for (ItemStore.Item it : items.queue(Math.max(1, Math.min(limit, 500)))) {
            out.add(summary(it, now));
        }
        audit.append(who, "queue.view", null, "items=" + out.size(), now);
        return out;
    }

    public List<ItemStore.Item> queueItems(Principal who, int limit) {
        require(who, Role.MODERATOR, Role.ADMIN);
        List<ItemStore.Item> q = items.queue(Math.max(1, Math.min(limit, 500)));
        audit.append(who, "queue.view", null, "items=" + q.size(), System.currentTimeMillis());
        return q;
    }

    private static ObjectNode summary(ItemStore.Item it, long now) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", it.id());
        o.put("status", it.status());
        if (it.level() != null) {
            o.put("level", it.level());
        }
        o.put("state", it.state());
        if (it.assignee() != null) {
            o.put("assignee", it.assignee());
        }
        if (it.outcome() != null) {
            o.put("outcome", it.outcome());
        }
        o.put("receivedAt", it.receivedAt());
        o.put("waitingSeconds", Math.max(0, ((it.resolvedAt() != null ? it.resolvedAt() : now) - it.receivedAt())
                / 1000));
        return o;
    }

    /** An item with its thread and assessment: whole for moderators and admins, redacted for researchers. */
    public ObjectNode item(Principal who, long id) {
        require(who, Role.MODERATOR, Role.ADMIN, Role.RESEARCHER);
        ItemStore.Item it = items.item(id, true);
        if (it == null) {
            throw ApiException.notFound("item " + id);
        }
        long now = System.currentTimeMillis();
        boolean redact = who.role() == Role.RESEARCHER;
        PostThread thread = thread(it);
        ObjectNode o = summary(it, now);
        if (!redact) {
            o.put("source", it.source());
            o.put("externalId", it.externalId());
        }
        RedactedView view = redact ? new RedactedView(thread) : null;
        ArrayNode posts = o.putArray("thread");
        for (Post p : thread.posts()) {
            ObjectNode po = posts.addObject();
            po.put("id", p.id());
            po.put("author", redact ? view.author(p.author()) : p.author());
            String parent = thread.parentId(p.id());
            if (parent != null) {
                po.put("parent", parent);
            }
            po.put("depth", thread.depth(p.id()));
            if (p.kind() != null) {
                po.put("kind", p.kind());
            }
            if (p.title() != null) {
                po.put("title", redact ? view.field(p.id(), "title") : p.title());
            }
            po.put("text", redact ? view.field(p.id(), "text") : p.text());
            if (p.note() != null && !redact) {
                po.put("note", p.note());
            }
        }
        JsonNode assessment = assessment(it);
        if (assessment != null) {
            o.set("assessment", redact ? view.assessment(assessment) : assessment);
        }
        if (!redact) {
            ArrayNode notes = o.putArray("notes");
            for (ItemStore.Note n : items.notes(id)) {
                ObjectNode no = notes.addObject();
                no.put("id", n.id());
                no.put("author", n.author());
                no.put("createdAt", n.createdAt());
                no.put("text", cipher.openString(n.body(), "notes.body"));
            }
        }
        o.put("redacted", redact);
        audit.append(who, redact ? "item.view.redacted" : "item.view", id, null, now);
        return o;
    }

    /** Items received in {@code [from, to)}, redacted, one object each: what researchers export. */
    public List<ObjectNode> export(Principal who, long from, long to, int limit) {
        require(who, Role.RESEARCHER, Role.ADMIN);
        List<ObjectNode> out = new ArrayList<>();
        for (ItemStore.Item it : items.received(from, to, Math.max(1, Math.min(limit, 10_000)), true)) {
            PostThread thread = thread(it);
            RedactedView view = new RedactedView(thread);
            ObjectNode o = JSON.createObjectNode();
            o.put("id", it.id());
            o.put("receivedAt", it.receivedAt());
            o.put("status", it.status());
            if (it.level() != null) {
                o.put("level", it.level());
            }
            if (it.outcome() != null) {
                o.put("outcome", it.outcome());
            }
            ArrayNode posts = o.putArray("thread");
            for (Post p : thread.posts()) {
                ObjectNode po = posts.addObject();
                po.put("id", p.id());
                po.put("author", view.author(p.author()));
                if (p.title() != null) {
                    po.put("title", view.field(p.id(), "title"));
                }
                po.put("text", view.field(p.id(), "text"));
            }
            JsonNode a = assessment(it);
            if (a != null) {
                o.set("assessment", view.assessment(a));
            }
            out.add(o);
        }
        audit.append(who, "export", null, "items=" + out.size() + " from=" + from + " to=" + to,
                System.currentTimeMillis());
        return out;
    }

    public PostThread thread(ItemStore.Item it) {
        return reader.readJson(cipher.open(it.body(), "items.body"), "item-" + it.id());
    }

    public JsonNode assessment(ItemStore.Item it) {
        if (it.assessment() == null) {
            return null;
        }
        try {
            return JSON.readTree(cipher.openString(it.assessment(), "items.assessment"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("stored assessment unreadable");
        }
    }

    public void claim(Principal who, long id) {
        require(who, Role.MODERATOR, Role.ADMIN);
        ItemStore.Item it = existing(id);
        if (!items.transition(id, List.of("open", "escalated"), "claimed", who.name(), null, null)) {
            if ("claimed".equals(it.state()) && who.name().equals(it.assignee())) {
                return; // claiming one's own item again changes nothing
            }
            throw ApiException.conflict("item.not_claimable", "item " + id + " is " + it.state()
                    + (it.assignee() != null ? " by " + it.assignee() : "") + "; only open or escalated items can "
                    + "be claimed");
        }
        audit.append(who, "item.claim", id, null, System.currentTimeMillis());
    }

    public void resolve(Principal who, long id, String outcome) {
        require(who, Role.MODERATOR, Role.ADMIN);
        Outcome o = Outcome.fromWire(outcome);
        if (o == null) {
            throw ApiException.badRequest("request.invalid_outcome", "outcome must be one of "
                    + java.util.Arrays.stream(Outcome.values()).map(Outcome::wireName).toList());
        }
        ItemStore.Item it = existing(id);
        if ("claimed".equals(it.state()) && !who.name().equals(it.assignee()) && who.role() != Role.ADMIN) {
            throw ApiException.conflict("item.claimed_by_other", "item " + id + " is claimed by " + it.assignee());
        }
        long now = System.currentTimeMillis();
        if (!items.transition(id, List.of("open", "claimed", "escalated"), "resolved", who.name(), o.wireName(),
                now)) {
            throw ApiException.conflict("item.resolved", "item " + id + " is already resolved");
        }
        audit.append(who, "item.resolve", id, "outcome=" + o.wireName(), now);
    }

    public void escalate(Principal who, long id) {
        require(who, Role.MODERATOR, Role.ADMIN);
        existing(id);
        if (!items.transition(id, List.of("open", "claimed"), "escalated", null, null, null)) {
            throw ApiException.conflict("item.not_escalatable", "item " + id + " is resolved or already escalated");
        }
        audit.append(who, "item.escalate", id, null, System.currentTimeMillis());
    }

    public long note(Principal who, long id, String text) {
        require(who, Role.MODERATOR, Role.ADMIN);
        if (text == null || text.isBlank() || text.length() > MAX_NOTE) {
            throw ApiException.badRequest("request.invalid_note", "a note is a non-blank \"text\" of at most "
                    + MAX_NOTE + " characters");
        }
        existing(id);
        long now = System.currentTimeMillis();
        long noteId = items.addNote(id, who.name(), cipher.seal(text, "notes.body"), now);
        audit.append(who, "item.note", id, "note=" + noteId + " chars=" + text.length(), now);
        return noteId;
    }

    private ItemStore.Item existing(long id) {
        ItemStore.Item it = items.item(id, false);
        if (it == null) {
            throw ApiException.notFound("item " + id);
        }
        return it;
    }

    /** Throws 403 unless {@code who} has one of {@code roles}; 401 when nobody is signed in. */
    public static void require(Principal who, Role... roles) {
        if (who == null) {
            throw ApiException.unauthorized();
        }
        for (Role r : roles) {
            if (who.role() == r) {
                return;
            }
        }
        throw ApiException.forbidden();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
