package dev.tern.model.campaign;

import java.util.List;

/**
 * Where a campaign's email comes from: inline ({@code MessageConfiguration.EmailMessage}) or a stored
 * template ({@code TemplateConfiguration.EmailTemplate}). Sealed: the composer must handle both.
 */
public sealed interface EmailContent {

    /** The campaign's From address override, or null for the email channel's default (model doc). */
    String fromAddress();

    /** {@code CampaignEmailMessage {Title (subject), HtmlBody, Body (text), FromAddress, Headers}}. */
    record Inline(String title, String htmlBody, String textBody, String fromAddress, List<MessageHeader> headers)
            implements EmailContent {
        public Inline {
            headers = headers == null ? List.of() : List.copyOf(headers);
        }
    }

    /**
     * {@code Template {Name, Version}}; a null version means the template's active version at send time
     * (model doc of {@code Template.Version}). {@code fromAddress} comes from an accompanying
     * {@code EmailMessage} that carries only a FromAddress.
     */
    record Template(String name, String version, String fromAddress) implements EmailContent {
    }
}
