package dev.tern.model.campaign;

/**
 * {@code ActivityResponse.State}: a string in the model whose doc lists exactly these values
 * ("PENDING, INITIALIZING, RUNNING, PAUSED, CANCELLED, and COMPLETED"). Tern uses PENDING (created, audience
 * not yet dispatched), RUNNING and COMPLETED so far.
 */
public enum ActivityState {
    PENDING,
    INITIALIZING,
    RUNNING,
    PAUSED,
    CANCELLED,
    COMPLETED
}
