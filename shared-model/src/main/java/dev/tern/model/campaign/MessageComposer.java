package dev.tern.model.campaign;

/**
 * Port: renders a message for one recipient (subject, HTML, text, headers). {@link EmailComposer} implements it over
 * the template engine; it owns variable substitution and the lookup of inline campaign content and templates.
 */
public interface MessageComposer {

    /**
     * The email for {@code recipient} of an {@code applicationId} campaign; throws {@link RetryableSendException}
     * if a store it needs is down.
     */
    Composition compose(String applicationId, MessageRef message, Recipient recipient);
}
