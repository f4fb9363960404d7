package org.attune.core.error;

/**
 * Stable error codes. The wire name never changes once released; a caller may branch on it.
 * {@link #callerFault()} separates the caller's mistakes (HTTP 400, exit code 2) from ours (HTTP 500, exit code 1).
 */
public enum ErrorCode {
    USAGE("usage", true),
    NOT_FOUND("input.not_found", true),
    TOO_LARGE("input.too_large", true),
    BINARY("input.binary", true),
    ENCODING("input.encoding", true),
    MALFORMED_JSON("input.malformed_json", true),
    INVALID_SHAPE("input.invalid_shape", true),
    TOO_DEEP("input.too_deep", true),
    DUPLICATE_ID("input.duplicate_id", true),
    UNKNOWN_FIELD("input.unknown_field", true),
    CONFIG("config.invalid", true),
    PIPELINE("pipeline.invalid", false),
    MODEL("model.invalid", false),
    SHARED_DATA_MISSING("shared_data.missing", true),
    INTERNAL("internal", false);

    private final String wireName;
    private final boolean callerFault;

    ErrorCode(String wireName, boolean callerFault) {
        this.wireName = wireName;
        this.callerFault = callerFault;
    }

    public String wireName() {
        return wireName;
    }

    public boolean callerFault() {
        return callerFault;
    }

    /** Process exit code for the command line: 2 for the caller's fault, 1 for ours. */
    public int exitCode() {
        return callerFault ? 2 : 1;
    }
}
