package org.attune.core.error;

/**
 * The one exception type Attune throws on purpose. Its message never contains user text: it names what was wrong
 * (a field, a length, a line number, a limit) and what is accepted.
 */
public class AttuneException extends RuntimeException {
    private final ErrorCode code;

    public AttuneException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public AttuneException(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
