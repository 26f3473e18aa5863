package dev.tern.model.auth;

/** What an access key may do; {@link AccessPolicy} turns a role into allow/deny per operation. */
public enum Role {
    /** Every operation within the key's app scope. */
    ADMIN,
    /** Only read operations (Pinpoint's {@code Get*} and {@code List*}, all of them HTTP GET). */
    READ_ONLY,
    /** Only what an SDK in an app or a backend event feed needs: events, endpoint updates, in-app messages. */
    INGEST_ONLY
}
