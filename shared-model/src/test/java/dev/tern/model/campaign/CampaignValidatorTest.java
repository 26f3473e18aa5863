package dev.tern.model.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.tern.model.campaign.FieldError.Problem;
import dev.tern.model.campaign.WriteCampaignInput.EmailMessageInput;
import dev.tern.model.campaign.WriteCampaignInput.TemplateInput;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CampaignValidatorTest {

    static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    final CampaignValidator validator = new CampaignValidator(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void acceptsImmediateInlineEmailCampaign() {
        Validation v = validator.validate(InputBuilder.valid().build());
        CampaignDefinition d = assertInstanceOf(Validation.Valid.class, v).definition();
        Schedule.Once once = assertInstanceOf(Schedule.Once.class, d.schedule());
        assertInstanceOf(StartTime.Immediate.class, once.start());
        assertEquals(new EmailContent.Inline("Hello", "<p>Hi</p>", "Hi", null, List.of()), d.email());
        assertEquals(false, d.paused());
    }

    @Test
    void acceptsFutureStartTimeWithOffsetAndNormalisesToUtc() {
        InputBuilder b = InputBuilder.valid();
        b.startTime = "2026-11-26T14:30:00+02:00";
        CampaignDefinition d = assertInstanceOf(Validation.Valid.class, validator.validate(b.build())).definition();
        assertEquals(new StartTime.At(Instant.parse("2026-11-26T12:30:00Z")),
                ((Schedule.Once) d.schedule()).start());
    }

    @Test
    void absentFrequencyMeansOnce() {
        InputBuilder b = InputBuilder.valid();
        b.frequency = null;
        CampaignDefinition d = assertInstanceOf(Validation.Valid.class, validator.validate(b.build())).definition();
        assertEquals(Frequency.ONCE, d.schedule().frequency());
    }

    @Test
    void templateWithFromOnlyEmailMessageIsAcceptedAsFromOverride() {
        InputBuilder b = InputBuilder.valid();
        b.email = new EmailMessageInput(null, null, null, "news@example.com", List.of());
        b.template = new TemplateInput("Welcome_v2", null);
        CampaignDefinition d = assertInstanceOf(Validation.Valid.class, validator.validate(b.build())).definition();
        assertEquals(new EmailContent.Template("Welcome_v2", null, "news@example.com"), d.email());
    }

    @Test
    void limitsAtTheirDocumentedBoundsAreAccepted() {
        InputBuilder b = InputBuilder.valid();
        b.limits = new CampaignLimits(100, 60, 20_000, 100, 0);
        assertInstanceOf(Validation.Valid.class, validator.validate(b.build()));
        b.limits = new CampaignLimits(0, 60, 1, 0, null);
        assertInstanceOf(Validation.Valid.class, validator.validate(b.build()));
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                refusal("no segment", b -> b.segmentId = null, "SegmentId", Problem.REQUIRED),
                refusal("blank segment", b -> b.segmentId = " ", "SegmentId", Problem.REQUIRED),
                refusal("segment version 0", b -> b.segmentVersion = 0, "SegmentVersion", Problem.OUT_OF_RANGE),
                refusal("no schedule", b -> b.noSchedule = true, "Schedule", Problem.REQUIRED),
                refusal("no start time", b -> b.startTime = null, "Schedule.StartTime", Problem.REQUIRED),
                refusal("lower-case immediate", b -> b.startTime = "immediate", "Schedule.StartTime",
                        Problem.MALFORMED),
                refusal("date without offset", b -> b.startTime = "2026-12-01T10:00:00", "Schedule.StartTime",
                        Problem.MALFORMED),
                refusal("start in the past", b -> b.startTime = "2026-11-26T11:59:59Z", "Schedule.StartTime",
                        Problem.IN_THE_PAST),
                refusal("start exactly now", b -> b.startTime = "2026-11-26T12:00:00Z", "Schedule.StartTime",
                        Problem.IN_THE_PAST),
                refusal("unknown frequency", b -> b.frequency = "YEARLY", "Schedule.Frequency", Problem.MALFORMED),
                refusal("lower-case frequency", b -> b.frequency = "once", "Schedule.Frequency", Problem.MALFORMED),
                refusal("daily campaign", b -> b.frequency = "DAILY", "Schedule.Frequency", Problem.UNSUPPORTED),
                refusal("event campaign", b -> b.frequency = "EVENT", "Schedule.Frequency", Problem.UNSUPPORTED),
                refusal("in-app campaign", b -> b.frequency = "IN_APP_EVENT", "Schedule.Frequency",
                        Problem.UNSUPPORTED),
                refusal("local time", b -> b.isLocalTime = true, "Schedule.IsLocalTime", Problem.UNSUPPORTED),
                refusal("quiet time", b -> b.quietTime = true, "Schedule.QuietTime", Problem.UNSUPPORTED),
                refusal("event filter", b -> b.eventFilter = true, "Schedule.EventFilter", Problem.UNSUPPORTED),
                refusal("malformed end", b -> b.endTime = "tomorrow", "Schedule.EndTime", Problem.MALFORMED),
                refusal("end before start", b -> {
                    b.startTime = "2026-11-27T00:00:00Z";
                    b.endTime = "2026-11-26T23:00:00Z";
                }, "Schedule.EndTime", Problem.OUT_OF_RANGE),
                refusal("daily 101", b -> b.limits = new CampaignLimits(101, null, null, null, null),
                        "Limits.Daily", Problem.OUT_OF_RANGE),
                refusal("daily -1", b -> b.limits = new CampaignLimits(-1, null, null, null, null),
                        "Limits.Daily", Problem.OUT_OF_RANGE),
                refusal("total 101", b -> b.limits = new CampaignLimits(null, null, null, 101, null),
                        "Limits.Total", Problem.OUT_OF_RANGE),
                refusal("mps 0", b -> b.limits = new CampaignLimits(null, null, 0, null, null),
                        "Limits.MessagesPerSecond", Problem.OUT_OF_RANGE),
                refusal("mps 20001", b -> b.limits = new CampaignLimits(null, null, 20_001, null, null),
                        "Limits.MessagesPerSecond", Problem.OUT_OF_RANGE),
                refusal("max duration 59", b -> b.limits = new CampaignLimits(null, 59, null, null, null),
                        "Limits.MaximumDuration", Problem.OUT_OF_RANGE),
                refusal("session -1", b -> b.limits = new CampaignLimits(null, null, null, null, -1),
                        "Limits.Session", Problem.OUT_OF_RANGE),
                refusal("no message", b -> b.email = null, "MessageConfiguration.EmailMessage", Problem.REQUIRED),
                refusal("no subject", b -> b.email = new EmailMessageInput(null, "<p>x</p>", null, null, List.of()),
                        "MessageConfiguration.EmailMessage.Title", Problem.REQUIRED),
                refusal("no body", b -> b.email = new EmailMessageInput("Hi", null, " ", null, List.of()),
                        "MessageConfiguration.EmailMessage.HtmlBody", Problem.REQUIRED),
                refusal("16 headers", b -> b.email = new EmailMessageInput("Hi", "x", null, null,
                        Collections.nCopies(16, new MessageHeader("X-A", "1"))),
                        "MessageConfiguration.EmailMessage.Headers", Problem.OUT_OF_RANGE),
                refusal("header name 127", b -> b.email = new EmailMessageInput("Hi", "x", null, null,
                        List.of(new MessageHeader("X".repeat(127), "1"))),
                        "MessageConfiguration.EmailMessage.Headers[0].Name", Problem.OUT_OF_RANGE),
                refusal("header value 871", b -> b.email = new EmailMessageInput("Hi", "x", null, null,
                        List.of(new MessageHeader("X-A", "v".repeat(871)))),
                        "MessageConfiguration.EmailMessage.Headers[0].Value", Problem.OUT_OF_RANGE),
                refusal("inline and template", b -> b.template = new TemplateInput("Welcome", "3"),
                        "MessageConfiguration.EmailMessage", Problem.CONFLICT),
                refusal("template without name", b -> {
                    b.email = null;
                    b.template = new TemplateInput(null, null);
                }, "TemplateConfiguration.EmailTemplate.Name", Problem.REQUIRED),
                refusal("template name with space", b -> {
                    b.email = null;
                    b.template = new TemplateInput("my template", null);
                }, "TemplateConfiguration.EmailTemplate.Name", Problem.MALFORMED),
                refusal("sms message", b -> b.otherMessages = Set.of("SMSMessage"), "MessageConfiguration.SMSMessage",
                        Problem.UNSUPPORTED),
                refusal("push template", b -> b.otherTemplates = Set.of("PushTemplate"),
                        "TemplateConfiguration.PushTemplate", Problem.UNSUPPORTED),
                refusal("holdout", b -> b.holdout = 10, "HoldoutPercent", Problem.UNSUPPORTED),
                refusal("holdout 101", b -> b.holdout = 101, "HoldoutPercent", Problem.OUT_OF_RANGE),
                refusal("a/b", b -> b.treatments = 1, "AdditionalTreatments", Problem.UNSUPPORTED),
                refusal("hook", b -> b.hook = true, "Hook", Problem.UNSUPPORTED),
                refusal("custom channel", b -> b.customDelivery = true, "CustomDeliveryConfiguration",
                        Problem.UNSUPPORTED));
    }

    private static Arguments refusal(String name, Consumer<InputBuilder> change, String field, Problem problem) {
        return Arguments.of(name, change, field, problem);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void refusesNamingTheField(String name, Consumer<InputBuilder> change, String field, Problem problem) {
        InputBuilder b = InputBuilder.valid();
        change.accept(b);
        Validation.Invalid invalid = assertInstanceOf(Validation.Invalid.class, validator.validate(b.build()));
        assertEquals(List.of(field + ":" + problem),
                invalid.errors().stream().map(e -> e.field() + ":" + e.problem()).toList());
    }

    @Test
    void collectsEveryErrorAtOnce() {
        InputBuilder b = InputBuilder.valid();
        b.segmentId = null;
        b.frequency = "WEEKLY";
        b.limits = new CampaignLimits(null, 10, null, null, null);
        Validation.Invalid invalid = assertInstanceOf(Validation.Invalid.class, validator.validate(b.build()));
        assertEquals(List.of("SegmentId", "Schedule.Frequency", "Limits.MaximumDuration"),
                invalid.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void parsesOnlyIsoDateTimesWithOffset() {
        assertEquals(Instant.parse("2026-01-02T03:04:05.288Z"), CampaignValidator.parseInstant("2026-01-02T03:04:05.288Z"));
        assertNull(CampaignValidator.parseInstant("2026-01-02"));
    }
}
