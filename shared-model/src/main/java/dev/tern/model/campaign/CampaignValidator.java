package dev.tern.model.campaign;

import dev.tern.model.campaign.FieldError.Problem;
import dev.tern.model.campaign.WriteCampaignInput.ScheduleInput;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a WriteCampaignRequest for Create/UpdateCampaign and collects every problem, each naming its field.
 *
 * <p>Sources for each rule (pinpoint-api.md and the botocore model {@code pinpoint/2016-12-01}):
 * <ul>
 *   <li>SegmentId required: the model requires {@code SegmentId} in {@code CampaignResponse}, so no campaign
 *       exists without one (WriteCampaignRequest itself requires nothing, §4.5). Name is optional (model).</li>
 *   <li>Schedule required, StartTime required inside it: model {@code Schedule.required = [StartTime]};
 *       "IMMEDIATE" or ISO-8601 (model doc of StartTime). A timestamp must be in the future: the brief and
 *       the console's rule; the API's own reaction to a past time is not documented [inference].</li>
 *   <li>Frequency: model enum; absent means ONCE [inference: no documented default]. Only ONCE is executed;
 *       the others, IsLocalTime=true, QuietTime and EventFilter are refused as UNSUPPORTED, never ignored
 *       (ignoring QuietTime would send during quiet hours).</li>
 *   <li>Limits: model docs — Daily ≤100, Total ≤100, MessagesPerSecond 1–20,000, MaximumDuration ≥60 s;
 *       negatives refused, 0 accepted as "no limit" for Daily/Total [inference from the journey caps'
 *       documented "0 = no limit"].</li>
 *   <li>Email: Title (subject) and HtmlBody or Body needed to send an inline email [inference: SES needs a
 *       subject and a body]; ≤15 headers, name ≤126 and value ≤870 chars (model doc of MessageHeader);
 *       template names {@code [A-Za-z0-9][A-Za-z0-9_-]*}, ≤128 chars (§4.7). An inline EmailMessage with
 *       content next to an EmailTemplate is refused as a CONFLICT [inference]; one carrying only
 *       FromAddress is the template's From override.</li>
 * </ul>
 */
public final class CampaignValidator {

    static final int MAX_DAILY = 100;
    static final int MAX_TOTAL = 100;
    static final int MIN_MPS = 1;
    static final int MAX_MPS = 20_000;
    static final int MIN_MAXIMUM_DURATION = 60;

    private final Clock clock;

    /** A validator that judges "in the future" against this clock. */
    public CampaignValidator(Clock clock) {
        this.clock = clock;
    }

    /** Checks the request; returns the definition or every field error found. */
    public Validation validate(WriteCampaignInput in) {
        List<FieldError> errors = new ArrayList<>();
        if (blank(in.segmentId())) {
            errors.add(new FieldError("SegmentId", Problem.REQUIRED, "a campaign needs a segment"));
        }
        if (in.segmentVersion() != null && in.segmentVersion() < 1) {
            errors.add(new FieldError("SegmentVersion", Problem.OUT_OF_RANGE, "segment versions start at 1"));
        }
        Schedule schedule = schedule(in.schedule(), errors);
        checkLimits(in.limits(), errors);
        EmailContent email = EmailContentRules.check(in.emailMessage(), in.emailTemplate(), errors);
        checkUnsupported(in, errors);
        if (!errors.isEmpty()) {
            return new Validation.Invalid(errors);
        }
        return new Validation.Valid(new CampaignDefinition(in.name(), in.description(), in.segmentId(),
                in.segmentVersion(), schedule, email, in.limits(), Boolean.TRUE.equals(in.isPaused()),
                in.treatmentName(), in.treatmentDescription(), in.tags()));
    }

    private Schedule schedule(ScheduleInput s, List<FieldError> errors) {
        if (s == null) {
            errors.add(new FieldError("Schedule", Problem.REQUIRED, "a campaign needs a schedule"));
            return null;
        }
        Frequency frequency = Frequency.ONCE;
        if (s.frequency() != null) {
            frequency = Frequency.fromWire(s.frequency()).orElse(null);
            if (frequency == null) {
                errors.add(new FieldError("Schedule.Frequency", Problem.MALFORMED,
                        "not one of ONCE|HOURLY|DAILY|WEEKLY|MONTHLY|EVENT|IN_APP_EVENT: " + s.frequency()));
            } else if (!frequency.isExecutable()) {
                errors.add(new FieldError("Schedule.Frequency", Problem.UNSUPPORTED,
                        frequency + " is valid in Pinpoint but Tern executes only ONCE so far"));
            }
        }
        if (Boolean.TRUE.equals(s.isLocalTime())) {
            errors.add(new FieldError("Schedule.IsLocalTime", Problem.UNSUPPORTED,
                    "local-time schedules are not executed yet"));
        }
        if (s.quietTimePresent()) {
            errors.add(new FieldError("Schedule.QuietTime", Problem.UNSUPPORTED, "quiet time is not applied yet"));
        }
        if (s.eventFilterPresent()) {
            errors.add(new FieldError("Schedule.EventFilter", Problem.UNSUPPORTED,
                    "event-triggered campaigns are not executed yet"));
        }
        StartTime start = startTime(s.startTime(), errors);
        Instant end = null;
        if (s.endTime() != null) {
            end = parseInstant(s.endTime());
            if (end == null) {
                errors.add(new FieldError("Schedule.EndTime", Problem.MALFORMED, "not an ISO-8601 date-time"));
            } else if (start instanceof StartTime.At at && !end.isAfter(at.instant())) {
                errors.add(new FieldError("Schedule.EndTime", Problem.OUT_OF_RANGE, "must be after StartTime"));
            }
        }
        return start == null || frequency != Frequency.ONCE ? null : new Schedule.Once(start, end);
    }

    private StartTime startTime(String text, List<FieldError> errors) {
        if (blank(text)) {
            errors.add(new FieldError("Schedule.StartTime", Problem.REQUIRED, "IMMEDIATE or an ISO-8601 time"));
            return null;
        }
        if (StartTime.Immediate.WIRE.equals(text)) {
            return new StartTime.Immediate();
        }
        Instant at = parseInstant(text);
        if (at == null) {
            errors.add(new FieldError("Schedule.StartTime", Problem.MALFORMED,
                    "neither IMMEDIATE nor an ISO-8601 date-time with offset: " + text));
            return null;
        }
        if (!at.isAfter(clock.instant())) {
            errors.add(new FieldError("Schedule.StartTime", Problem.IN_THE_PAST, "must be in the future: " + text));
            return null;
        }
        return new StartTime.At(at);
    }

    /** ISO-8601 with an offset or Z; a time without offset is only meaningful for local-time schedules. */
    static Instant parseInstant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static void checkLimits(CampaignLimits l, List<FieldError> errors) {
        if (l == null) {
            return;
        }
        range(errors, "Limits.Daily", l.daily(), 0, MAX_DAILY);
        range(errors, "Limits.Total", l.total(), 0, MAX_TOTAL);
        range(errors, "Limits.MessagesPerSecond", l.messagesPerSecond(), MIN_MPS, MAX_MPS);
        range(errors, "Limits.MaximumDuration", l.maximumDuration(), MIN_MAXIMUM_DURATION, Integer.MAX_VALUE);
        range(errors, "Limits.Session", l.session(), 0, Integer.MAX_VALUE);
    }

    private static void range(List<FieldError> errors, String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            String bounds = max == Integer.MAX_VALUE ? "at least " + min : min + "–" + max;
            errors.add(new FieldError(field, Problem.OUT_OF_RANGE, "must be " + bounds + ", was " + value));
        }
    }

    private static void checkUnsupported(WriteCampaignInput in, List<FieldError> errors) {
        for (String member : in.otherMessageMembers().stream().sorted().toList()) {
            errors.add(new FieldError("MessageConfiguration." + member, Problem.UNSUPPORTED,
                    "only email campaigns are executed so far"));
        }
        for (String member : in.otherTemplateMembers().stream().sorted().toList()) {
            errors.add(new FieldError("TemplateConfiguration." + member, Problem.UNSUPPORTED,
                    "only email campaigns are executed so far"));
        }
        if (in.holdoutPercent() != null) {
            if (in.holdoutPercent() < 0 || in.holdoutPercent() > 100) {
                errors.add(new FieldError("HoldoutPercent", Problem.OUT_OF_RANGE, "0–100"));
            } else if (in.holdoutPercent() > 0) {
                errors.add(new FieldError("HoldoutPercent", Problem.UNSUPPORTED, "holdouts are not applied yet"));
            }
        }
        if (in.additionalTreatmentCount() > 0) {
            errors.add(new FieldError("AdditionalTreatments", Problem.UNSUPPORTED, "A/B treatments are not run yet"));
        }
        if (in.hookPresent()) {
            errors.add(new FieldError("Hook", Problem.UNSUPPORTED, "campaign hooks are not invoked yet"));
        }
        if (in.customDeliveryPresent()) {
            errors.add(new FieldError("CustomDeliveryConfiguration", Problem.UNSUPPORTED,
                    "custom channels are not executed yet"));
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
