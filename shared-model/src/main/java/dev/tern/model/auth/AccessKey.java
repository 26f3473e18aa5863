package dev.tern.model.auth;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An access key's public facts: everything except the secret. The secret never travels with this
 * record (it is sealed in {@link StoredAccessKey} and shown in clear only once, in {@link IssuedKey}),
 * so an {@code AccessKey} can be logged, listed and handed to policies safely.
 *
 * @param id AWS-style access key id: {@code TERN} plus 16 upper-case base32 characters (20 in all)
 * @param created when the key was issued
 * @param status active or revoked
 * @param role what the key may do
 * @param scope which applications the key may touch
 * @param description free text from the issuer, e.g. "iOS app analytics"
 */
public record AccessKey(String id, Instant created, KeyStatus status, Role role, AppScope scope,
                        String description) {

    /** The shape of a Tern access key id. */
    public static final Pattern ID_PATTERN = Pattern.compile("TERN[A-Z2-7]{16}");

    /** Validates the fields. */
    public AccessKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(scope, "scope");
        description = description == null ? "" : description;
    }

    /** Tells whether the key may authenticate. */
    public boolean isActive() {
        return status == KeyStatus.ACTIVE;
    }

    /** Returns a copy with the given status. */
    public AccessKey withStatus(KeyStatus newStatus) {
        return new AccessKey(id, created, newStatus, role, scope, description);
    }
}
