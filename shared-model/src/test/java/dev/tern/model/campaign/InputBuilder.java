package dev.tern.model.campaign;

import dev.tern.model.campaign.WriteCampaignInput.EmailMessageInput;
import dev.tern.model.campaign.WriteCampaignInput.ScheduleInput;
import dev.tern.model.campaign.WriteCampaignInput.TemplateInput;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Test builder of WriteCampaignInput, starting from a valid IMMEDIATE inline-email campaign. */
final class InputBuilder {
    /** The segment the valid campaign targets (CampaignServiceTest stores it). */
    static final String SEGMENT = "5e9e5e9e5e9e5e9e5e9e5e9e5e9e5e90";

    String name = "spring sale";
    String segmentId = InputBuilder.SEGMENT;
    Integer segmentVersion;
    String startTime = "IMMEDIATE";
    String endTime;
    String frequency = "ONCE";
    Boolean isLocalTime;
    boolean quietTime;
    boolean eventFilter;
    CampaignLimits limits;
    EmailMessageInput email = new EmailMessageInput("Hello", "<p>Hi</p>", "Hi", null, List.of());
    TemplateInput template;
    Set<String> otherMessages = Set.of();
    Set<String> otherTemplates = Set.of();
    Boolean paused;
    Integer holdout;
    int treatments;
    boolean hook;
    boolean customDelivery;
    boolean noSchedule;

    static InputBuilder valid() {
        return new InputBuilder();
    }

    WriteCampaignInput build() {
        ScheduleInput schedule = noSchedule ? null
                : new ScheduleInput(startTime, endTime, frequency, isLocalTime, null, quietTime, eventFilter);
        return new WriteCampaignInput(name, null, segmentId, segmentVersion, schedule, limits, email, template,
                otherMessages, otherTemplates, paused, holdout, treatments, hook, customDelivery, null, null, Map.of());
    }
}
