package dev.tern.model.auth;

/**
 * A secret could not be sealed or unsealed: wrong sealing key, tampered bytes, or a key record copied
 * between ids. A server-side fault (HTTP 500), never the client's: do not turn it into a rejection.
 */
public final class SealingException extends RuntimeException {

    /** Creates the exception with a message and the underlying cause. */
    public SealingException(String message, Throwable cause) {
        super(message, cause);
    }
}
