package org.attune.server.http;

/**
 * A request the server refuses on purpose: an HTTP status, a stable code a client may branch on, and a message
 * that says what was wrong and what is accepted (never what anyone wrote).
 */
public final class ApiException extends RuntimeException {
    private final int status;
    private final String code;

    public ApiException(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public static ApiException badRequest(String code, String message) {
        return new ApiException(400, code, message);
    }

    public static ApiException unauthorized() {
        return new ApiException(401, "auth.required", "sign in or send \"Authorization: Bearer <token>\"");
    }

    public static ApiException forbidden() {
        return new ApiException(403, "auth.forbidden", "your role may not do this");
    }

    public static ApiException notFound(String what) {
        return new ApiException(404, "not_found", what + " not found");
    }

    public static ApiException conflict(String code, String message) {
        return new ApiException(409, code, message);
    }
}
