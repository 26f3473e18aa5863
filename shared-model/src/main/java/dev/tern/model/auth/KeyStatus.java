package dev.tern.model.auth;

/** Lifecycle of an access key; a revoked key stays stored (for audit) but never authenticates. */
public enum KeyStatus {
    /** The key authenticates requests. */
    ACTIVE,
    /** The key was revoked and is refused. */
    REVOKED
}
