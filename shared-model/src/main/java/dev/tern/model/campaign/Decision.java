package dev.tern.model.campaign;

/** A send policy's answer: send, or skip with a reason. */
public sealed interface Decision {

    /** The policy allows the send. */
    Decision SEND = new Send();

    /** True if this decision allows the send. */
    default boolean allowsSend() {
        return this instanceof Send;
    }

    /** Allowed. */
    record Send() implements Decision {
    }

    /** Not allowed, and why. */
    record Skip(SkipReason reason) implements Decision {
    }
}
