package dev.tern.model.auth;

import java.util.Objects;

/** Outcome of {@link AccessPolicy#decide}: allowed, or denied with a reason safe to show the client. */
public sealed interface Decision {

    /** Returns the single allow decision. */
    static Decision allow() {
        return Allow.INSTANCE;
    }

    /** Returns a deny decision with the reason. */
    static Decision deny(String reason) {
        return new Deny(reason);
    }

    /** Tells whether the operation may proceed. */
    default boolean isAllowed() {
        return this instanceof Allow;
    }

    /** The operation may proceed. */
    enum Allow implements Decision {
        INSTANCE
    }

    /**
     * The operation is refused (HTTP 403 ForbiddenException at the edge).
     *
     * @param reason why, in words for the client
     */
    record Deny(String reason) implements Decision {

        /** Validates presence. */
        public Deny {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
