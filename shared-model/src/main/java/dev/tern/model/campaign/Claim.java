package dev.tern.model.campaign;

/** The answer of {@link DeliveryLedger#claim}. */
public sealed interface Claim {

    /** This caller now holds the pair; {@code attempt} counts claims of the pair, starting at 1. */
    record Acquired(int attempt) implements Claim {
    }

    /** Someone holds or finished the pair: {@code status} is CLAIMED (lease still running) or final. */
    record AlreadyClaimed(DeliveryStatus status) implements Claim {
    }
}
