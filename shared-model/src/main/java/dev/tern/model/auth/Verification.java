package dev.tern.model.auth;

import java.util.Objects;

/** Outcome of {@link SigV4Verifier#verify}: the authenticated key, or why the request is refused. */
public sealed interface Verification {

    /**
     * The signature is valid and the key active.
     *
     * @param key the authenticated key; pass it to {@link AccessPolicy}
     */
    record Verified(AccessKey key) implements Verification {

        /** Validates presence. */
        public Verified {
            Objects.requireNonNull(key, "key");
        }
    }

    /**
     * The request is refused.
     *
     * @param failure the kind of failure, to choose the HTTP status and error type
     * @param reason a message safe to return to the client: never the secret or the expected signature
     */
    record Rejected(AuthFailure failure, String reason) implements Verification {

        /** Validates presence. */
        public Rejected {
            Objects.requireNonNull(failure, "failure");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
