package dev.tern.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.pinpoint.PinpointClient;
import software.amazon.awssdk.services.pinpoint.model.BadRequestException;
import software.amazon.awssdk.services.pinpoint.model.ForbiddenException;
import software.amazon.awssdk.services.pinpoint.model.NotFoundException;
import software.amazon.awssdk.services.pinpoint.model.SegmentDimensions;
import software.amazon.awssdk.services.pinpoint.model.TagsModel;

/**
 * TagResource, UntagResource and ListTagsForResource through the AWS SDK for Java v2 against the running
 * suite: the SDK percent-encodes the whole ARN into one path segment and signs that, so this is also the
 * end-to-end check that encoded {@code :} and {@code /} survive the HTTP API, SigV4 and routing.
 */
class TagsIT {
    private static final PinpointClient pinpoint = TernClients.pinpoint();
    private static final TernAdmin keys = TernAdmin.asSuiteAdmin();
    private static final String MISSING = "0123456789abcdef0123456789abcdef";
    private static final List<String> issuedKeys = new ArrayList<>();
    private static String app;
    private static String appArn;

    @BeforeAll
    static void createApp() {
        var created = pinpoint.createApp(r -> r.createApplicationRequest(c -> c.name("it-tags").tags(Map.of("team", "growth"))))
                .applicationResponse();
        app = created.id();
        appArn = created.arn();
    }

    @AfterAll
    static void cleanUp() {
        pinpoint.deleteApp(r -> r.applicationId(app));
        issuedKeys.forEach(keys::revoke);
        pinpoint.close();
    }

    static Map<String, String> list(PinpointClient client, String arn) {
        return client.listTagsForResource(r -> r.resourceArn(arn)).tagsModel().tags();
    }

    static void tag(PinpointClient client, String arn, Map<String, String> tags) {
        client.tagResource(r -> r.resourceArn(arn).tagsModel(TagsModel.builder().tags(tags).build()));
    }

    @Test
    void tagsAnAppAndGetAppAnswersThem() {
        tag(pinpoint, appArn, Map.of("stage", "prod", "odd", "a:b/c=d+e-f@g.h i"));
        assertEquals(Map.of("team", "growth", "stage", "prod", "odd", "a:b/c=d+e-f@g.h i"), list(pinpoint, appArn));
        assertEquals("prod", pinpoint.getApp(r -> r.applicationId(app)).applicationResponse().tags().get("stage"));

        pinpoint.untagResource(r -> r.resourceArn(appArn).tagKeys("stage", "odd", "never-there"));
        assertEquals(Map.of("team", "growth"), list(pinpoint, appArn));
    }

    @Test
    void tagsACampaignASegmentAndATemplate() {
        var segment = pinpoint.createSegment(r -> r.applicationId(app).writeSegmentRequest(w -> w.name("all")
                .dimensions(SegmentDimensions.builder().build()))).segmentResponse();
        var campaign = pinpoint.createCampaign(r -> r.applicationId(app)
                .writeCampaignRequest(CampaignsIT.request("tagged", "2030-01-01T00:00:00Z").toBuilder()
                        .segmentId(segment.id()).build())).campaignResponse();
        String template = "it-tags-" + System.nanoTime();
        String templateArn = pinpoint.createEmailTemplate(r -> r.templateName(template)
                .emailTemplateRequest(e -> e.subject("Hi").htmlPart("<p>Hi</p>").tags(Map.of("a", "1"))))
                .createTemplateMessageBody().arn();
        try {
            for (String arn : List.of(segment.arn(), campaign.arn(), templateArn)) {
                tag(pinpoint, arn, Map.of("owner", "ops"));
                assertEquals("ops", list(pinpoint, arn).get("owner"), arn);
            }
            assertEquals("ops", pinpoint.getSegment(r -> r.applicationId(app).segmentId(segment.id()))
                    .segmentResponse().tags().get("owner"));
            assertEquals("ops", pinpoint.getCampaign(r -> r.applicationId(app).campaignId(campaign.id()))
                    .campaignResponse().tags().get("owner"));
            assertEquals(Map.of("a", "1", "owner", "ops"),
                    pinpoint.getEmailTemplate(r -> r.templateName(template)).emailTemplateResponse().tags());

            pinpoint.untagResource(r -> r.resourceArn(templateArn).tagKeys("owner"));
            assertEquals(Map.of("a", "1"), list(pinpoint, templateArn));
        } finally {
            pinpoint.deleteEmailTemplate(r -> r.templateName(template));
        }
    }

    @Test
    void unknownResourcesAre404AndMalformedArnsAre400() {
        String base = appArn.substring(0, appArn.indexOf(":apps/") + 1);
        for (String arn : List.of(base + "apps/" + MISSING, appArn + "/campaigns/" + MISSING,
                appArn + "/segments/" + MISSING, appArn + "/journeys/" + MISSING, base + "templates/nope/SMS")) {
            assertThrows(NotFoundException.class, () -> list(pinpoint, arn), arn);
            assertThrows(NotFoundException.class, () -> tag(pinpoint, arn, Map.of("a", "b")), arn);
        }
        assertThrows(BadRequestException.class, () -> list(pinpoint, base + "recommenders/x"));
        assertThrows(BadRequestException.class, () -> list(pinpoint, "not-an-arn"));
        BadRequestException reserved = assertThrows(BadRequestException.class,
                () -> tag(pinpoint, appArn, Map.of("aws:owner", "me")));
        assertTrue(reserved.getMessage().contains("aws:"), reserved.getMessage());
    }

    @Test
    void aKeyScopedToAnotherAppIsForbiddenAndAReadOnlyKeyMayOnlyList() {
        String other = pinpoint.createApp(r -> r.createApplicationRequest(c -> c.name("it-tags-other")))
                .applicationResponse().id();
        try (PinpointClient scoped = clientWith("ADMIN", other); PinpointClient reader = clientWith("READ_ONLY")) {
            assertThrows(ForbiddenException.class, () -> list(scoped, appArn));
            assertThrows(ForbiddenException.class, () -> tag(scoped, appArn, Map.of("k", "v")));
            assertThrows(ForbiddenException.class, () -> scoped.untagResource(r -> r.resourceArn(appArn).tagKeys("team")));

            assertEquals("growth", list(reader, appArn).get("team"));
            assertThrows(ForbiddenException.class, () -> tag(reader, appArn, Map.of("k", "v")));
            assertThrows(ForbiddenException.class, () -> reader.untagResource(r -> r.resourceArn(appArn).tagKeys("team")));
            assertEquals("growth", list(pinpoint, appArn).get("team"));
        } finally {
            pinpoint.deleteApp(r -> r.applicationId(other));
        }
    }

    private static PinpointClient clientWith(String role, String... appIds) {
        return keys.clientWith(issuedKeys, role, appIds);
    }
}
