package org.attune.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dashboard over plain HTTP: login, queue order, escaping, highlighted evidence, actions with CSRF tokens. */
class DashboardTest {
    @TempDir
    static Path dir;
    static TestServer s;
    static long urgent;
    static long html;
    static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() throws Exception {
        s = new TestServer(dir);
        html = s.ingest(TestServer.doc("html-1", "a", "<script>alert('x')</script><b>bold</b> & <img src=x "
                + "onerror=alert(1)> I am fine today, thanks Rowan."));
        urgent = s.ingest(TestServer.doc("urgent-1", "b", "I have the pills in my hand and I am going to take all "
                + "of them tonight. I wrote my goodbye letters."));
        s.awaitAnalysed(List.of(html, urgent));
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    static String cookie(String user) throws Exception {
        HttpResponse<String> r = form("/login", null, "username=" + user + "&password="
                + URLEncoder.encode(TestServer.PASSWORD, StandardCharsets.UTF_8));
        assertEquals(302, r.statusCode(), r.body());
        String set = r.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(set.contains("HttpOnly"), set);
        assertTrue(set.toLowerCase().contains("samesite=strict"), set);
        return set.substring(0, set.indexOf(';'));
    }

    static HttpResponse<String> form(String path, String cookie, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.base() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> page(String path, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.base() + path)).GET();
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(html);
        assertTrue(m.find(), "a CSRF token in the page");
        return m.group(1);
    }

    @Test
    void signedOut_goesToLogin_andWrongPasswordsAreRefused() throws Exception {
        HttpResponse<String> r = page("/queue", null);
        assertEquals(302, r.statusCode());
        assertEquals("/login", r.headers().firstValue("Location").orElse(""));
        assertEquals(401, form("/login", null, "username=mod&password=wrong").statusCode());
    }

    @Test
    void queue_showsTheUrgentItemFirst_withTimeInQueue_andCrisisResources() throws Exception {
        String c = cookie("mod");
        long mine = s.ingest(TestServer.doc("urgent-2", "c", "I have the pills in my hand and I am going to take "
                + "all of them tonight. I wrote my goodbye letters."));
        s.awaitAnalysed(List.of(mine));
        HttpResponse<String> r = page("/queue", c);
        assertEquals(200, r.statusCode());
        String body = r.body();
        Matcher rows = Pattern.compile("data-id=\"(\\d+)\" data-level=\"(\\w+)\"").matcher(body);
        List<String> order = List.of("none", "low", "moderate", "high", "imminent");
        int last = Integer.MAX_VALUE;
        boolean first = true;
        while (rows.find()) {
            int rank = order.indexOf(rows.group(2));
            if (first) {
                assertTrue(rank >= 3, "an urgent item is at the top: " + rows.group(2));
                first = false;
            }
            assertTrue(rank <= last, "ordered by level");
            last = rank;
        }
        assertTrue(body.contains("data-id=\"" + mine + "\""));
        assertTrue(body.contains("class=\"waiting\""));
        assertTrue(body.contains("id=\"crisis-resources\""));
        assertTrue(body.contains("<svg id=\"volume-chart\""));
        assertTrue(body.contains("<rect class=\"bar level-"), "the chart has bars");
    }

    @Test
    void html_inAPost_rendersAsText() throws Exception {
        String c = cookie("mod");
        String body = page("/items/" + html, c).body();
        assertFalse(body.contains("<script>alert"), "script tag rendered raw");
        assertFalse(body.contains("<b>bold</b>"));
        assertFalse(body.contains("<img src=x"));
        assertTrue(body.contains("&lt;script&gt;alert("), body);
        assertTrue(body.contains("&lt;b&gt;bold&lt;/b&gt; &amp; &lt;img"), body);
    }

    @Test
    void item_highlightsEvidence_andActionsWork() throws Exception {
        String c = cookie("mod");
        String body = page("/items/" + urgent, c).body();
        assertTrue(body.contains("<mark class=\"evidence\""), "evidence highlighted");
        assertTrue(body.contains("id=\"crisis-resources\""));
        String token = csrf(body);
        assertEquals(403, form("/items/" + urgent + "/claim", c, "csrf=wrong").statusCode());
        assertEquals(302, form("/items/" + urgent + "/claim", c, "csrf=" + token).statusCode());
        assertTrue(page("/items/" + urgent, c).body().contains("claimed by mod"));
        assertEquals(302, form("/items/" + urgent + "/notes", c, "csrf=" + token + "&text=called+them")
                .statusCode());
        assertTrue(page("/items/" + urgent, c).body().contains("called them"));
        assertEquals(302, form("/items/" + urgent + "/resolve", c, "csrf=" + token + "&outcome=supported")
                .statusCode());
        assertFalse(page("/queue", c).body().contains("data-id=\"" + urgent + "\""), "resolved leaves the queue");
    }

    @Test
    void aRefusedFormAction_isAReadablePage() throws Exception {
        String c = cookie("mod2");
        long id = s.ingest(TestServer.doc("form-err", "z", "A quiet day."));
        String token = csrf(page("/items/" + id, c).body());
        assertEquals(302, form("/items/" + id + "/claim", c, "csrf=" + token).statusCode());
        String other = cookie("mod");
        String otherToken = csrf(page("/items/" + id, other).body());
        HttpRequest req = HttpRequest.newBuilder(URI.create(s.base() + "/items/" + id + "/claim"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .header("Cookie", other).POST(HttpRequest.BodyPublishers.ofString("csrf=" + otherToken)).build();
        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
        assertEquals(409, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(r.body().contains("data-code=\"item.not_claimable\""), r.body());
    }

    @Test
    void researcher_seesRedactedItemPages_andNoQueue() throws Exception {
        String c = cookie("res");
        String q = page("/queue", c).body();
        assertFalse(q.contains("class=\"queue-row\""));
        String body = page("/items/" + html, c).body();
        assertFalse(body.contains("Rowan"), "a name reached a researcher");
        assertTrue(body.contains("[name]"));
        assertFalse(body.contains("id=\"claim\""));
    }
}
