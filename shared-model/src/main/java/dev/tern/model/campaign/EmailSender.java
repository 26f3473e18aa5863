package dev.tern.model.campaign;

import java.util.List;

/**
 * Port: hands one email to the provider (SES in the AWS adapter). {@code headers} is an addition to the
 * brief's signature: campaigns may carry up to 15 custom headers (model doc of CampaignEmailMessage).
 */
public interface EmailSender {

    /**
     * Sends one email; returns Accepted or a non-retryable Rejected, throws {@link RetryableSendException} for
     * throttling and transient provider errors. {@code html} or {@code text} may be null, not both;
     * {@code configurationSet} may be null.
     */
    SendResult send(String to, String from, String subject, String html, String text, String configurationSet,
            List<MessageHeader> headers);
}
