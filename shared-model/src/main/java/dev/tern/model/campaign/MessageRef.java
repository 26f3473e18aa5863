package dev.tern.model.campaign;

/**
 * Which content a send uses, by reference: queue messages must stay under SQS's 256 KB while an email
 * template may hold 600,000 characters (pinpoint-api.md §5.2), so content is never copied into a message.
 */
public sealed interface MessageRef {

    /** The inline {@code EmailMessage} of this campaign version. */
    record CampaignMessage(String campaignId, int campaignVersion) implements MessageRef {
    }

    /** An email template; a null version means the template's active version (model doc of Template.Version). */
    record TemplateMessage(String templateName, String templateVersion) implements MessageRef {
    }
}
