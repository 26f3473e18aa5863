package dev.tern.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.pinpoint.PinpointClient;
import software.amazon.awssdk.services.pinpoint.model.BadRequestException;
import software.amazon.awssdk.services.pinpoint.model.CampaignEmailMessage;
import software.amazon.awssdk.services.pinpoint.model.CampaignResponse;
import software.amazon.awssdk.services.pinpoint.model.CampaignStatus;
import software.amazon.awssdk.services.pinpoint.model.Frequency;
import software.amazon.awssdk.services.pinpoint.model.MessageConfiguration;
import software.amazon.awssdk.services.pinpoint.model.NotFoundException;
import software.amazon.awssdk.services.pinpoint.model.Schedule;
import software.amazon.awssdk.services.pinpoint.model.WriteCampaignRequest;

/** The campaign operations through the AWS SDK for Java v2, against the running suite (DynamoDB stores). */
class CampaignsIT {
    private static final PinpointClient pinpoint = TernClients.pinpoint();
    private static String app;
    private static String segment;

    @BeforeAll
    static void createApp() {
        app = pinpoint.createApp(r -> r.createApplicationRequest(b -> b.name("it-campaigns")))
                .applicationResponse().id();
        segment = pinpoint.createSegment(r -> r.applicationId(app).writeSegmentRequest(b -> b.name("everyone")
                .dimensions(d -> d.demographic(g -> g.channel(c -> c.values("EMAIL")))))).segmentResponse().id();
    }

    @AfterAll
    static void cleanUp() {
        pinpoint.deleteApp(r -> r.applicationId(app));
        pinpoint.close();
    }

    static WriteCampaignRequest request(String name, String startTime) {
        return WriteCampaignRequest.builder().name(name).segmentId(segment)
                .schedule(Schedule.builder().startTime(startTime).frequency(Frequency.ONCE).build())
                .messageConfiguration(MessageConfiguration.builder().emailMessage(CampaignEmailMessage.builder()
                        .title("Hello").htmlBody("<p>Hi</p>").fromAddress("shop@example.com").build()).build())
                .build();
    }

    @Test
    void aCampaignForASegmentTheAppDoesNotHaveIsABadRequest() {
        WriteCampaignRequest orphan = request("orphan", "2030-01-01T00:00:00Z").toBuilder()
                .segmentId("0123456789abcdef0123456789abcdef").build();
        BadRequestException e = assertThrows(BadRequestException.class,
                () -> pinpoint.createCampaign(r -> r.applicationId(app).writeCampaignRequest(orphan)));
        assertTrue(e.awsErrorDetails().errorMessage().contains("SegmentId"), e.getMessage());
    }

    @Test
    void createUpdateVersionsAndDelete() {
        CampaignResponse created = pinpoint.createCampaign(r -> r.applicationId(app)
                .writeCampaignRequest(request("later", "2030-01-01T00:00:00Z"))).campaignResponse();
        assertTrue(created.id().matches("[0-9a-f]{32}"));
        assertEquals(CampaignStatus.SCHEDULED, created.state().campaignStatus());
        assertEquals(1, created.version());

        CampaignResponse updated = pinpoint.updateCampaign(r -> r.applicationId(app).campaignId(created.id())
                .writeCampaignRequest(request("later, renamed", "2030-01-02T00:00:00Z"))).campaignResponse();
        assertEquals(2, updated.version());
        assertEquals("2030-01-02T00:00:00.000Z", updated.schedule().startTime());

        assertEquals("later", pinpoint.getCampaignVersion(r -> r.applicationId(app).campaignId(created.id())
                .version("1")).campaignResponse().name());
        assertEquals(List.of(2, 1), pinpoint.getCampaignVersions(r -> r.applicationId(app).campaignId(created.id()))
                .campaignsResponse().item().stream().map(CampaignResponse::version).toList());
        assertTrue(pinpoint.getCampaigns(r -> r.applicationId(app)).campaignsResponse().item().stream()
                .anyMatch(c -> c.id().equals(created.id())));
        assertEquals(List.of(), pinpoint.getCampaignActivities(r -> r.applicationId(app).campaignId(created.id()))
                .activitiesResponse().item());

        assertEquals(created.id(), pinpoint.deleteCampaign(r -> r.applicationId(app).campaignId(created.id()))
                .campaignResponse().id());
        assertThrows(NotFoundException.class,
                () -> pinpoint.getCampaign(r -> r.applicationId(app).campaignId(created.id())));
    }

    @Test
    void aPastStartTimeIsABadRequest() {
        BadRequestException e = assertThrows(BadRequestException.class, () -> pinpoint.createCampaign(
                r -> r.applicationId(app).writeCampaignRequest(request("past", "2020-01-01T00:00:00Z"))));
        assertTrue(e.getMessage().contains("Schedule.StartTime"), e.getMessage());
    }
}
