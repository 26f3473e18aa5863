package dev.tern.model.campaign;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A WriteCampaignRequest as the client sent it, before any checking: strings stay strings, absent members
 * are null. The REST adapter fills it from JSON; {@link CampaignValidator} turns it into a
 * {@link CampaignDefinition} or names every wrong field. Members Tern does not execute yet are carried only
 * as "present" so they can be refused by name instead of dropped.
 */
public record WriteCampaignInput(
        String name,
        String description,
        String segmentId,
        Integer segmentVersion,
        ScheduleInput schedule,
        CampaignLimits limits,
        EmailMessageInput emailMessage,
        TemplateInput emailTemplate,
        Set<String> otherMessageMembers,
        Set<String> otherTemplateMembers,
        Boolean isPaused,
        Integer holdoutPercent,
        int additionalTreatmentCount,
        boolean hookPresent,
        boolean customDeliveryPresent,
        String treatmentName,
        String treatmentDescription,
        Map<String, String> tags) {

    public WriteCampaignInput {
        otherMessageMembers = otherMessageMembers == null ? Set.of() : Set.copyOf(otherMessageMembers);
        otherTemplateMembers = otherTemplateMembers == null ? Set.of() : Set.copyOf(otherTemplateMembers);
        tags = tags == null ? Map.of() : Map.copyOf(tags);
    }

    /** {@code Schedule} as sent; {@code quietTimePresent}/{@code eventFilterPresent} mark members Tern refuses. */
    public record ScheduleInput(
            String startTime,
            String endTime,
            String frequency,
            Boolean isLocalTime,
            String timezone,
            boolean quietTimePresent,
            boolean eventFilterPresent) {
    }

    /** {@code MessageConfiguration.EmailMessage} ({@code CampaignEmailMessage}) as sent. */
    public record EmailMessageInput(
            String title, String htmlBody, String body, String fromAddress, List<MessageHeader> headers) {

        public EmailMessageInput {
            headers = headers == null ? List.of() : List.copyOf(headers);
        }

        /** True when it carries message content, not only a From address. */
        public boolean hasContent() {
            return title != null || htmlBody != null || body != null || !headers.isEmpty();
        }
    }

    /** {@code TemplateConfiguration.EmailTemplate} ({@code Template {Name, Version}}) as sent. */
    public record TemplateInput(String name, String version) {
    }
}
