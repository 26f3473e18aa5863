package dev.tern.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.pinpoint.PinpointClient;
import software.amazon.awssdk.services.pinpoint.model.AttributeDimension;
import software.amazon.awssdk.services.pinpoint.model.AttributeType;
import software.amazon.awssdk.services.pinpoint.model.BadRequestException;
import software.amazon.awssdk.services.pinpoint.model.CreateApplicationRequest;
import software.amazon.awssdk.services.pinpoint.model.APNSSandboxChannelRequest;
import software.amazon.awssdk.services.pinpoint.model.APNSSandboxChannelResponse;
import software.amazon.awssdk.services.pinpoint.model.DimensionType;
import software.amazon.awssdk.services.pinpoint.model.EmailChannelRequest;
import software.amazon.awssdk.services.pinpoint.model.EmailChannelResponse;
import software.amazon.awssdk.services.pinpoint.model.EmailTemplateRequest;
import software.amazon.awssdk.services.pinpoint.model.EmailTemplateResponse;
import software.amazon.awssdk.services.pinpoint.model.SMSTemplateRequest;
import software.amazon.awssdk.services.pinpoint.model.TemplateActiveVersionRequest;
import software.amazon.awssdk.services.pinpoint.model.TemplateResponse;
import software.amazon.awssdk.services.pinpoint.model.TemplateVersionResponse;
import software.amazon.awssdk.services.pinpoint.model.Duration;
import software.amazon.awssdk.services.pinpoint.model.GPSCoordinates;
import software.amazon.awssdk.services.pinpoint.model.GPSPointDimension;
import software.amazon.awssdk.services.pinpoint.model.Include;
import software.amazon.awssdk.services.pinpoint.model.MetricDimension;
import software.amazon.awssdk.services.pinpoint.model.NotFoundException;
import software.amazon.awssdk.services.pinpoint.model.RecencyDimension;
import software.amazon.awssdk.services.pinpoint.model.RecencyType;
import software.amazon.awssdk.services.pinpoint.model.SegmentBehaviors;
import software.amazon.awssdk.services.pinpoint.model.SegmentDemographics;
import software.amazon.awssdk.services.pinpoint.model.SegmentDimensions;
import software.amazon.awssdk.services.pinpoint.model.SegmentGroup;
import software.amazon.awssdk.services.pinpoint.model.SegmentGroupList;
import software.amazon.awssdk.services.pinpoint.model.SegmentLocation;
import software.amazon.awssdk.services.pinpoint.model.SegmentReference;
import software.amazon.awssdk.services.pinpoint.model.SegmentResponse;
import software.amazon.awssdk.services.pinpoint.model.SegmentType;
import software.amazon.awssdk.services.pinpoint.model.SegmentsResponse;
import software.amazon.awssdk.services.pinpoint.model.SetDimension;
import software.amazon.awssdk.services.pinpoint.model.SourceType;
import software.amazon.awssdk.services.pinpoint.model.Type;
import software.amazon.awssdk.services.pinpoint.model.WriteSegmentRequest;

/** Segments (and, as they are served, templates) through the AWS SDK for Java v2, against the running suite. */
class SegmentsAndTemplatesIT {
    private static final PinpointClient pinpoint = TernClients.pinpoint();
    private static final String MISSING = "0123456789abcdef0123456789abcdef";
    private static String app;

    @BeforeAll
    static void createApp() {
        app = pinpoint.createApp(r -> r.createApplicationRequest(
                CreateApplicationRequest.builder().name("it-segments").build())).applicationResponse().id();
    }

    @AfterAll
    static void cleanUp() {
        pinpoint.deleteApp(r -> r.applicationId(app));
        pinpoint.close();
    }

    static SegmentDimensions everyDimension() {
        return SegmentDimensions.builder()
                .demographic(SegmentDemographics.builder()
                        .platform(SetDimension.builder().dimensionType(DimensionType.INCLUSIVE).values("ios").build())
                        .channel(SetDimension.builder().dimensionType(DimensionType.INCLUSIVE).values("APNS").build())
                        .build())
                .attributes(Map.of("plan", AttributeDimension.builder()
                        .attributeType(AttributeType.CONTAINS).values("pro").build()))
                .userAttributes(Map.of("signup", AttributeDimension.builder().attributeType(AttributeType.BETWEEN)
                        .values("2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z").build()))
                .metrics(Map.of("score", MetricDimension.builder().comparisonOperator("GREATER_THAN").value(2.5).build()))
                .behavior(SegmentBehaviors.builder().recency(RecencyDimension.builder()
                        .duration(Duration.DAY_7).recencyType(RecencyType.ACTIVE).build()).build())
                .location(SegmentLocation.builder()
                        .country(SetDimension.builder().dimensionType(DimensionType.EXCLUSIVE).values("FR").build())
                        .gpsPoint(GPSPointDimension.builder()
                                .coordinates(GPSCoordinates.builder().latitude(48.85).longitude(2.35).build())
                                .rangeInKilometers(10.0).build())
                        .build())
                .build();
    }

    static SegmentResponse create(WriteSegmentRequest request) {
        return pinpoint.createSegment(r -> r.applicationId(app).writeSegmentRequest(request)).segmentResponse();
    }

    @Test
    void segmentLifecycleWithVersions() {
        SegmentResponse created = create(WriteSegmentRequest.builder()
                .name("it-engaged").dimensions(everyDimension()).tags(Map.of("team", "growth")).build());
        assertTrue(created.id().matches("[0-9a-f]{32}"), created.id());
        assertEquals(app, created.applicationId());
        assertTrue(created.arn().endsWith(":apps/" + app + "/segments/" + created.id()), created.arn());
        assertEquals(SegmentType.DIMENSIONAL, created.segmentType());
        assertEquals(1, created.version());
        assertEquals(everyDimension(), created.dimensions(), "every dimension round-trips through the SDK");
        assertEquals(Map.of("team", "growth"), created.tags());

        SegmentResponse read = pinpoint.getSegment(r -> r.applicationId(app).segmentId(created.id())).segmentResponse();
        assertEquals(created, read);

        SegmentResponse v2 = pinpoint.updateSegment(r -> r.applicationId(app).segmentId(created.id())
                .writeSegmentRequest(WriteSegmentRequest.builder().name("it-engaged-2").build())).segmentResponse();
        assertEquals(2, v2.version());
        assertEquals(everyDimension(), v2.dimensions());

        SegmentResponse v1 = pinpoint.getSegmentVersion(r -> r.applicationId(app).segmentId(created.id()).version("1"))
                .segmentResponse();
        assertEquals("it-engaged", v1.name());
        SegmentsResponse versions = pinpoint.getSegmentVersions(r -> r.applicationId(app).segmentId(created.id()))
                .segmentsResponse();
        assertEquals(List.of(2, 1), versions.item().stream().map(SegmentResponse::version).toList());

        SegmentResponse deleted = pinpoint.deleteSegment(r -> r.applicationId(app).segmentId(created.id())).segmentResponse();
        assertEquals(2, deleted.version());
        assertThrows(NotFoundException.class, () -> pinpoint.getSegment(r -> r.applicationId(app).segmentId(created.id())));
        assertThrows(NotFoundException.class,
                () -> pinpoint.getSegmentVersion(r -> r.applicationId(app).segmentId(created.id()).version("1")));
    }

    @Test
    void segmentGroupsOnABaseSegment() {
        SegmentResponse base = create(WriteSegmentRequest.builder().name("it-base").dimensions(everyDimension()).build());
        SegmentGroupList groups = SegmentGroupList.builder().include(Include.ANY).groups(SegmentGroup.builder()
                .sourceSegments(SegmentReference.builder().id(base.id()).version(1).build())
                .sourceType(SourceType.ALL).type(Type.ANY)
                .dimensions(SegmentDimensions.builder().attributes(Map.of("plan",
                        AttributeDimension.builder().attributeType(AttributeType.INCLUSIVE).values("pro").build())).build())
                .build()).build();
        SegmentResponse built = create(WriteSegmentRequest.builder().name("it-built").segmentGroups(groups).build());
        assertEquals(groups, built.segmentGroups());
        assertNull(built.dimensions());
    }

    @Test
    void getSegmentsPagesWithNextToken() {
        List<String> mine = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            mine.add(create(WriteSegmentRequest.builder().name("it-page-" + i).build()).id());
        }
        List<String> seen = new ArrayList<>();
        String token = null;
        do {
            String page = token;
            SegmentsResponse response = pinpoint.getSegments(r -> r.applicationId(app).pageSize("2").token(page))
                    .segmentsResponse();
            assertTrue(response.item().size() <= 2);
            response.item().forEach(s -> seen.add(s.id()));
            token = response.nextToken();
        } while (token != null);
        assertTrue(seen.containsAll(mine), seen.toString());
    }

    @Test
    void clientMistakesAreTypedErrors() {
        assertThrows(NotFoundException.class, () -> pinpoint.getSegment(r -> r.applicationId(app).segmentId(MISSING)));
        assertThrows(NotFoundException.class, () -> pinpoint.getSegments(r -> r.applicationId(MISSING)));
        BadRequestException e = assertThrows(BadRequestException.class, () -> create(WriteSegmentRequest.builder()
                .name("it-bad").dimensions(SegmentDimensions.builder().attributes(Map.of("signup",
                        AttributeDimension.builder().attributeType(AttributeType.BEFORE).values("soon").build())).build())
                .build()));
        assertTrue(e.getMessage().contains("Dimensions.Attributes.signup.Values[0]"), e.getMessage());
        assertThrows(BadRequestException.class, () -> create(WriteSegmentRequest.builder()
                .name("it-both").dimensions(everyDimension()).segmentGroups(SegmentGroupList.builder().build()).build()));
    }

    @Test
    void emailChannelLifecycle() {
        String identity = "arn:aws:ses:us-east-1:123456789012:identity/example.com";
        EmailChannelResponse on = pinpoint.updateEmailChannel(r -> r.applicationId(app).emailChannelRequest(
                EmailChannelRequest.builder().fromAddress("news@example.com").identity(identity).enabled(true).build()))
                .emailChannelResponse();
        assertEquals("EMAIL", on.platform());
        assertEquals("news@example.com", on.fromAddress());
        assertEquals(identity, on.identity());
        assertEquals(1, on.version());
        assertTrue(on.enabled());

        EmailChannelResponse read = pinpoint.getEmailChannel(r -> r.applicationId(app)).emailChannelResponse();
        assertEquals(on, read);
        assertTrue(pinpoint.getChannels(r -> r.applicationId(app)).channelsResponse().channels().containsKey("EMAIL"));

        pinpoint.deleteEmailChannel(r -> r.applicationId(app));
        assertThrows(NotFoundException.class, () -> pinpoint.getEmailChannel(r -> r.applicationId(app)));
        assertThrows(BadRequestException.class, () -> pinpoint.updateEmailChannel(r -> r.applicationId(app)
                .emailChannelRequest(EmailChannelRequest.builder().fromAddress("not-an-address").identity(identity).build())));
    }

    @Test
    void apnsCredentialsAreKeptButNeverAnswered() {
        APNSSandboxChannelResponse apns = pinpoint.updateApnsSandboxChannel(r -> r.applicationId(app)
                .apnsSandboxChannelRequest(APNSSandboxChannelRequest.builder().tokenKey("secret").tokenKeyId("KEY1")
                        .teamId("TEAM").bundleId("com.example").defaultAuthenticationMethod("TOKEN").build()))
                .apnsSandboxChannelResponse();
        assertTrue(apns.hasCredential());
        assertTrue(apns.hasTokenKey());
        assertEquals("APNS_SANDBOX", apns.platform());
        pinpoint.deleteApnsSandboxChannel(r -> r.applicationId(app));
    }

    @Test
    void emailTemplateVersionsThroughTheSdk() {
        String name = "it-" + System.nanoTime();
        String arn = pinpoint.createEmailTemplate(r -> r.templateName(name).emailTemplateRequest(EmailTemplateRequest.builder()
                .subject("Hi {{User.UserAttributes.FirstName}}").htmlPart("<p>v1</p>").textPart("v1")
                .tags(Map.of("team", "growth")).build())).createTemplateMessageBody().arn();
        assertTrue(arn.endsWith(":templates/" + name + "/EMAIL"), arn);
        pinpoint.updateEmailTemplate(r -> r.templateName(name).createNewVersion(true)
                .emailTemplateRequest(EmailTemplateRequest.builder().subject("Hi").htmlPart("<p>v2</p>").build()));

        EmailTemplateResponse active = pinpoint.getEmailTemplate(r -> r.templateName(name)).emailTemplateResponse();
        assertEquals("1", active.version());
        assertEquals("<p>v1</p>", active.htmlPart());
        assertEquals(Map.of("team", "growth"), active.tags());
        assertEquals(List.of("2", "1"), pinpoint.listTemplateVersions(r -> r.templateName(name).templateType("EMAIL"))
                .templateVersionsResponse().item().stream().map(TemplateVersionResponse::version).toList());
        pinpoint.updateTemplateActiveVersion(r -> r.templateName(name).templateType("EMAIL")
                .templateActiveVersionRequest(TemplateActiveVersionRequest.builder().version("latest").build()));
        assertEquals("<p>v2</p>", pinpoint.getEmailTemplate(r -> r.templateName(name)).emailTemplateResponse().htmlPart());
        assertEquals("<p>v1</p>", pinpoint.getEmailTemplate(r -> r.templateName(name).version("1"))
                .emailTemplateResponse().htmlPart());

        List<TemplateResponse> listed = pinpoint.listTemplates(r -> r.prefix(name).templateType("EMAIL"))
                .templatesResponse().item();
        assertEquals(List.of(name), listed.stream().map(TemplateResponse::templateName).toList());

        pinpoint.deleteEmailTemplate(r -> r.templateName(name));
        assertThrows(NotFoundException.class, () -> pinpoint.getEmailTemplate(r -> r.templateName(name)));
    }

    @Test
    void templateMistakesAreTypedErrors() {
        String name = "it-sms-" + System.nanoTime();
        pinpoint.createSmsTemplate(r -> r.templateName(name).smsTemplateRequest(SMSTemplateRequest.builder().body("Hi").build()));
        assertThrows(BadRequestException.class, () -> pinpoint.createSmsTemplate(r -> r.templateName(name)
                .smsTemplateRequest(SMSTemplateRequest.builder().body("again").build())));
        assertThrows(BadRequestException.class, () -> pinpoint.updateSmsTemplate(r -> r.templateName(name).version("5")
                .smsTemplateRequest(SMSTemplateRequest.builder().body("x").build())));
        assertThrows(NotFoundException.class, () -> pinpoint.getVoiceTemplate(r -> r.templateName(name)));
        pinpoint.deleteSmsTemplate(r -> r.templateName(name));
    }
}
