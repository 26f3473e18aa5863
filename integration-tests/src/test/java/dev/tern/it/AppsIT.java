package dev.tern.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.pinpoint.PinpointClient;
import software.amazon.awssdk.services.pinpoint.model.ApplicationResponse;
import software.amazon.awssdk.services.pinpoint.model.ApplicationSettingsResource;
import software.amazon.awssdk.services.pinpoint.model.BadRequestException;
import software.amazon.awssdk.services.pinpoint.model.CreateApplicationRequest;
import software.amazon.awssdk.services.pinpoint.model.GetAppsResponse;
import software.amazon.awssdk.services.pinpoint.model.NotFoundException;
import software.amazon.awssdk.services.pinpoint.model.PinpointException;
import software.amazon.awssdk.services.pinpoint.model.QuietTime;

/** Apps and their settings through the AWS SDK for Java v2, against the running suite. */
class AppsIT {
    private static final PinpointClient pinpoint = TernClients.pinpoint();
    private static final List<String> created = new ArrayList<>();

    @AfterAll
    static void cleanUp() {
        for (String id : created) {
            try {
                pinpoint.deleteApp(r -> r.applicationId(id));
            } catch (NotFoundException alreadyGone) {
                // a test deleted it itself
            }
        }
        pinpoint.close();
    }

    private static ApplicationResponse createApp(String name, Map<String, String> tags) {
        ApplicationResponse app = pinpoint.createApp(r -> r.createApplicationRequest(
                CreateApplicationRequest.builder().name(name).tags(tags).build())).applicationResponse();
        created.add(app.id());
        return app;
    }

    @Test
    void createdAppIsReadBackWithPinpointIdsArnAndTags() {
        ApplicationResponse app = createApp("it-create", Map.of("team", "growth"));

        assertTrue(app.id().matches("[0-9a-f]{32}"), app.id());
        assertEquals("arn:aws:mobiletargeting:us-east-1:" + app.arn().split(":")[4] + ":apps/" + app.id(), app.arn());
        assertEquals("it-create", app.name());
        assertEquals(Map.of("team", "growth"), app.tags());
        Instant created = Instant.parse(app.creationDate());
        assertTrue(created.isAfter(Instant.now().minusSeconds(300)), app.creationDate());

        ApplicationResponse read = pinpoint.getApp(r -> r.applicationId(app.id())).applicationResponse();
        assertEquals(app, read);
    }

    @Test
    void getAppsPagesWithNextToken() {
        Set<String> mine = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            mine.add(createApp("it-page-" + i, Map.of()).id());
        }
        Set<String> seen = new HashSet<>();
        String token = null;
        int pages = 0;
        do {
            String page = token;
            GetAppsResponse response = pinpoint.getApps(r -> r.pageSize("2").token(page));
            assertTrue(response.applicationsResponse().item().size() <= 2);
            response.applicationsResponse().item().forEach(a -> seen.add(a.id()));
            token = response.applicationsResponse().nextToken();
            pages++;
        } while (token != null && pages < 100);
        assertTrue(pages >= 2, "three apps in pages of two need at least two pages");
        assertTrue(seen.containsAll(mine), "every created app is listed once paging ends");
    }

    @Test
    void unknownAppIsNotFoundInPinpointsErrorShape() {
        NotFoundException e = assertThrows(NotFoundException.class,
                () -> pinpoint.getApp(r -> r.applicationId("0123456789abcdef0123456789abcdef")));
        assertEquals(404, e.statusCode());
        assertEquals("NotFoundException", e.awsErrorDetails().errorCode());
        assertNotNull(e.requestId());
        assertFalse(e.awsErrorDetails().errorMessage().isBlank());
    }

    @Test
    void deletedAppIsGone() {
        ApplicationResponse app = createApp("it-delete", Map.of());
        ApplicationResponse deleted = pinpoint.deleteApp(r -> r.applicationId(app.id())).applicationResponse();
        assertEquals(app.id(), deleted.id());
        assertThrows(NotFoundException.class, () -> pinpoint.getApp(r -> r.applicationId(app.id())));
        assertThrows(NotFoundException.class, () -> pinpoint.deleteApp(r -> r.applicationId(app.id())));
    }

    @Test
    void blankNameIsABadRequest() {
        BadRequestException e = assertThrows(BadRequestException.class, () -> pinpoint.createApp(
                r -> r.createApplicationRequest(CreateApplicationRequest.builder().name(" ").build())));
        assertEquals(400, e.statusCode());
    }

    @Test
    void settingsStartEmptyAndKeepWhatIsWritten() {
        ApplicationResponse app = createApp("it-settings", Map.of());
        ApplicationSettingsResource initial = pinpoint.getApplicationSettings(r -> r.applicationId(app.id()))
                .applicationSettingsResource();
        assertEquals(app.id(), initial.applicationId());
        // Pinpoint answers a fresh app's settings with empty objects, not absent members.
        assertNull(initial.quietTime().start());
        assertNull(initial.quietTime().end());

        ApplicationSettingsResource written = pinpoint.updateApplicationSettings(r -> r
                .applicationId(app.id())
                .writeApplicationSettingsRequest(w -> w
                        .quietTime(QuietTime.builder().start("22:00").end("07:00").build())
                        .limits(l -> l.daily(5).messagesPerSecond(100))))
                .applicationSettingsResource();
        assertEquals("22:00", written.quietTime().start());
        assertEquals(5, written.limits().daily());

        ApplicationSettingsResource read = pinpoint.getApplicationSettings(r -> r.applicationId(app.id()))
                .applicationSettingsResource();
        assertEquals(written.quietTime(), read.quietTime());
        assertEquals(written.limits(), read.limits());
        assertNotNull(read.lastModifiedDate());
    }

    @Test
    void invalidQuietTimeIsRejectedAndNothingIsStored() {
        ApplicationResponse app = createApp("it-bad-settings", Map.of());
        PinpointException e = assertThrows(BadRequestException.class, () -> pinpoint.updateApplicationSettings(r -> r
                .applicationId(app.id())
                .writeApplicationSettingsRequest(w -> w.quietTime(QuietTime.builder().start("25:99").end("07:00").build()))));
        assertEquals(400, e.statusCode());
        assertNull(pinpoint.getApplicationSettings(r -> r.applicationId(app.id()))
                .applicationSettingsResource().quietTime().start());
    }
}
