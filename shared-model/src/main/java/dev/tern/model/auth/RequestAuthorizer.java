package dev.tern.model.auth;

import dev.tern.model.auth.Verification.Rejected;
import dev.tern.model.auth.Verification.Verified;
import java.util.Objects;

/**
 * The use case behind every API request: who signed it ({@link SigV4Verifier}), then may that key call
 * this Pinpoint operation on this application ({@link AccessPolicy}). The HTTP edge only extracts the raw
 * request, the operation name and the application id, and turns a refusal into 403 ForbiddenException.
 */
public final class RequestAuthorizer {

    private final SigV4Verifier verifier;
    private final AccessPolicy policy;

    /** Creates the authorizer. */
    public RequestAuthorizer(SigV4Verifier verifier, AccessPolicy policy) {
        this.verifier = verifier;
        this.policy = policy;
    }

    /**
     * Authorizes {@code operation} (a Pinpoint operation name) on {@code appId} (null for operations on
     * no application); never throws for a client's mistake, only for server faults (store, sealer).
     */
    public Outcome authorize(RawRequest request, String operation, String appId) {
        Objects.requireNonNull(operation, "operation");
        Verification verification = verifier.verify(request);
        if (verification instanceof Rejected rejected) {
            return new Outcome.Refused(rejected.reason(), rejected.failure());
        }
        AccessKey key = ((Verified) verification).key();
        Decision decision = policy.decide(key, operation, appId);
        if (decision instanceof Decision.Deny deny) {
            return new Outcome.Refused(deny.reason(), null);
        }
        return new Outcome.Allowed(key);
    }

    /** Tells whether the key may see the application (to filter GetApps for an app-scoped key). */
    public boolean canSee(AccessKey key, String appId) {
        return policy.canSee(key, appId);
    }

    /** Result of {@link #authorize}. */
    public sealed interface Outcome {

        /**
         * The request may proceed on behalf of {@code key}.
         *
         * @param key the authenticated, authorised key
         */
        record Allowed(AccessKey key) implements Outcome {
            /** Validates presence. */
            public Allowed {
                Objects.requireNonNull(key, "key");
            }
        }

        /**
         * The request is refused (403 ForbiddenException).
         *
         * @param reason words safe for the client: never a secret or an expected signature
         * @param failure the authentication failure, or null when the key is valid but not allowed
         */
        record Refused(String reason, AuthFailure failure) implements Outcome {
            /** Validates presence. */
            public Refused {
                Objects.requireNonNull(reason, "reason");
            }
        }
    }
}
