package dev.tern.model.campaign;

/**
 * {@code ActivityResponse.Result}: "SUCCESS and FAIL" (model doc). Tern reads SUCCESS as "the run went
 * through its whole audience" — per-endpoint failures are counted, they do not fail the run — and FAIL as
 * "the run could not be carried out" (e.g. audience unavailable) [inference: the docs do not define it].
 */
public enum ActivityResult {
    SUCCESS,
    FAIL
}
