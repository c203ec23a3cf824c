package io.portcullis.audit;

/**
 * The audit trail cannot take this record right now (queue full, spool full, disk failing, closed).
 * The proxy answers 503 and forwards nothing: an exchange is never sent upstream unrecorded.
 */
public class AuditUnavailableException extends RuntimeException {
    public AuditUnavailableException(String message) {
        super(message);
    }

    public AuditUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
