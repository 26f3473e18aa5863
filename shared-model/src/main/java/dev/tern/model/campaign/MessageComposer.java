package dev.tern.model.campaign;

/**
 * Port: renders a message for one recipient (subject, HTML, text, headers). The template engine implements it
 * later; it owns variable substitution and the lookup of inline campaign content and templates.
 */
public interface MessageComposer {

    /** The email for {@code recipient}; throws {@link RetryableSendException} if a store it needs is down. */
    Composition compose(MessageRef message, Recipient recipient);
}
