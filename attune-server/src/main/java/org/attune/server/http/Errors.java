package org.attune.server.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.attune.core.error.AttuneException;
import org.attune.core.io.AssessmentJson;

/**
 * The one place where failures become responses: {@code {"error": {"code", "message"}}} with a stable code. The
 * caller's mistakes are 4xx with a message that says what is accepted; ours are 500 with code {@code internal} and
 * no detail. Nothing a client sent and no stack trace is ever echoed. Covers Javalin's routes and Jetty's own
 * refusals (a malformed request line, headers too large).
 */
public final class Errors {
    private static final Logger LOG = LoggerFactory.getLogger(Errors.class);

    private Errors() {
    }

    public static void register(Javalin app) {
        app.exception(ApiException.class, (e, ctx) -> write(ctx, e.status(), e.code(), e.getMessage()));
        app.exception(AttuneException.class, (e, ctx) -> {
            if (e.code().callerFault()) {
                write(ctx, 400, e.code().wireName(), e.getMessage());
            } else {
                internal(ctx, e);
            }
        });
        app.exception(HttpResponseException.class, (e, ctx) -> write(ctx, e.getStatus(), codeFor(e.getStatus()),
                messageFor(e.getStatus())));
        app.exception(Exception.class, (e, ctx) -> internal(ctx, e));
        app.error(404, ctx -> {
            if (ctx.resultInputStream() == null) {
                write(ctx, 404, "route.not_found", "no such route; see /api/v1/openapi.json");
            }
        });
        app.error(405, ctx -> {
            if (ctx.resultInputStream() == null) {
                write(ctx, 405, "route.method_not_allowed", "this route does not take that method; see "
                        + "/api/v1/openapi.json");
            }
        });
    }

    private static void internal(Context ctx, Exception e) {
        // the kind of failure and where, never the request's content
        LOG.error("internal error on {} {}: {}", ctx.method(), ctx.endpointHandlerPath(), e.getClass().getName());
        write(ctx, 500, "internal", "internal error; it has been logged");
    }

    public static void write(Context ctx, int status, String code, String message) {
        ctx.status(status);
        if (!ctx.path().startsWith("/api/") && ctx.method().name().equals("POST")
                && ctx.header("Accept") != null && ctx.header("Accept").contains("text/html")) {
            // a dashboard form: a page a person can read, with the same code
            ctx.contentType("text/html; charset=utf-8");
            ctx.result("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Attune</title></head>"
                    + "<body><h1>That did not work</h1><p id=\"error\" data-code=\"" + escape(code) + "\">"
                    + escape(message) + "</p><p><a href=\"/queue\">Back to the queue</a></p></body></html>");
            return;
        }
        ctx.contentType("application/json");
        ctx.result(body(code, message));
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    static String body(String code, String message) {
        ObjectNode root = AssessmentJson.mapper().createObjectNode();
        ObjectNode e = root.putObject("error");
        e.put("code", code);
        e.put("message", message);
        return root.toString();
    }

    static String codeFor(int status) {
        return switch (status) {
            case 400 -> "request.bad";
            case 401 -> "auth.required";
            case 403 -> "auth.forbidden";
            case 404 -> "route.not_found";
            case 405 -> "route.method_not_allowed";
            case 408 -> "request.timeout";
            case 413 -> "request.too_large";
            case 414 -> "request.uri_too_long";
            case 415 -> "request.unsupported_media_type";
            case 429 -> "rate_limited";
            case 431 -> "request.headers_too_large";
            default -> status >= 500 ? "internal" : "request.bad";
        };
    }

    static String messageFor(int status) {
        return switch (status) {
            case 413 -> "the request body is larger than accepted";
            case 414 -> "the request URI is longer than accepted";
            case 431 -> "the request headers are larger than accepted";
            case 404 -> "no such route; see /api/v1/openapi.json";
            case 405 -> "this route does not take that method";
            default -> status >= 500 ? "internal error; it has been logged" : "the request could not be read";
        };
    }

    /** Jetty's error pages as the same JSON, for requests that never reach a route. */
    public static final class JettyJson extends ErrorHandler {
        public JettyJson() {
            setShowStacks(false);
            setShowServlet(false);
        }

        @Override
        protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
                HttpServletResponse response, int code, String message) throws IOException {
            baseRequest.setHandled(true);
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getOutputStream().write(body(codeFor(code), messageFor(code)).getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
            fields.put(HttpHeader.CONTENT_TYPE, "application/json");
            return ByteBuffer.wrap(body(codeFor(status), messageFor(status)).getBytes(StandardCharsets.UTF_8));
        }
    }
}
