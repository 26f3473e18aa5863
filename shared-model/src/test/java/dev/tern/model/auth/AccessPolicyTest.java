package dev.tern.model.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link AccessPolicy}: role × scope × operation × app, checked against Pinpoint's 122 operations. */
class AccessPolicyTest {

    private static final AccessPolicy POLICY = new AccessPolicy();
    private static final AppScope APP_A = AppScope.apps(Set.of("appA"));

    /** name → HTTP method, from botocore's Pinpoint model (pinpoint-operations.json). */
    @SuppressWarnings("unchecked")
    private static final Map<String, String> OPERATIONS = ((List<Map<String, Object>>) SigV4Fixture
            .load("/auth/pinpoint-operations.json").get("operations")).stream()
            .collect(Collectors.toMap(op -> (String) op.get("name"), op -> (String) op.get("method")));

    static Stream<Arguments> decisions() {
        return Stream.of(
                // role, scope, operation, app, allowed
                Arguments.of(Role.ADMIN, AppScope.allApps(), "DeleteApp", "appB", true),
                Arguments.of(Role.ADMIN, AppScope.allApps(), "CreateApp", null, true),
                Arguments.of(Role.ADMIN, AppScope.allApps(), "CreateEmailTemplate", null, true),
                Arguments.of(Role.ADMIN, APP_A, "CreateCampaign", "appA", true),
                Arguments.of(Role.ADMIN, APP_A, "CreateCampaign", "appB", false),
                Arguments.of(Role.ADMIN, APP_A, "CreateApp", null, false),
                Arguments.of(Role.ADMIN, APP_A, "GetApps", null, true),
                Arguments.of(Role.ADMIN, APP_A, "GetEmailTemplate", null, true),
                Arguments.of(Role.ADMIN, APP_A, "UpdateEmailTemplate", null, false),
                Arguments.of(Role.ADMIN, APP_A, "PhoneNumberValidate", null, false),
                Arguments.of(Role.READ_ONLY, AppScope.allApps(), "GetCampaigns", "appB", true),
                Arguments.of(Role.READ_ONLY, AppScope.allApps(), "ListJourneys", "appB", true),
                Arguments.of(Role.READ_ONLY, AppScope.allApps(), "GetApps", null, true),
                Arguments.of(Role.READ_ONLY, AppScope.allApps(), "UpdateCampaign", "appB", false),
                Arguments.of(Role.READ_ONLY, AppScope.allApps(), "PutEvents", "appB", false),
                Arguments.of(Role.READ_ONLY, AppScope.allApps(), "CreateApp", null, false),
                Arguments.of(Role.READ_ONLY, APP_A, "GetSegment", "appA", true),
                Arguments.of(Role.READ_ONLY, APP_A, "GetSegment", "appB", false),
                Arguments.of(Role.INGEST_ONLY, APP_A, "PutEvents", "appA", true),
                Arguments.of(Role.INGEST_ONLY, APP_A, "UpdateEndpoint", "appA", true),
                Arguments.of(Role.INGEST_ONLY, APP_A, "UpdateEndpointsBatch", "appA", true),
                Arguments.of(Role.INGEST_ONLY, APP_A, "GetInAppMessages", "appA", true),
                Arguments.of(Role.INGEST_ONLY, APP_A, "PutEvents", "appB", false),
                Arguments.of(Role.INGEST_ONLY, APP_A, "GetEndpoint", "appA", false),
                Arguments.of(Role.INGEST_ONLY, APP_A, "DeleteEndpoint", "appA", false),
                Arguments.of(Role.INGEST_ONLY, AppScope.allApps(), "GetApps", null, false));
    }

    @ParameterizedTest(name = "{0} {1} {2} on {3} -> allowed={4}")
    @MethodSource("decisions")
    void decides(Role role, AppScope scope, String operation, String appId, boolean allowed) {
        Decision decision = POLICY.decide(key(role, scope, KeyStatus.ACTIVE), operation, appId);
        assertEquals(allowed, decision.isAllowed(), decision.toString());
        if (!allowed) {
            assertFalse(assertInstanceOf(Decision.Deny.class, decision).reason().isBlank());
        }
    }

    @Test
    void deniesEverythingToARevokedKey() {
        AccessKey revoked = key(Role.ADMIN, AppScope.allApps(), KeyStatus.REVOKED);
        for (String operation : OPERATIONS.keySet()) {
            assertFalse(POLICY.decide(revoked, operation, "appA").isAllowed(), operation);
        }
        assertFalse(POLICY.canSee(revoked, "appA"));
    }

    @Test
    void readOnlyIsAllowedExactlyTheHttpGetOperationsOfThePinpointModel() {
        assertEquals(122, OPERATIONS.size());
        AccessKey readOnly = key(Role.READ_ONLY, AppScope.allApps(), KeyStatus.ACTIVE);
        OPERATIONS.forEach((operation, method) -> assertEquals(method.equals("GET"),
                POLICY.decide(readOnly, operation, "appA").isAllowed(), operation + " " + method));
    }

    @Test
    void ingestOperationsAreRealPinpointOperations() {
        assertTrue(OPERATIONS.keySet().containsAll(AccessPolicy.INGEST_OPERATIONS));
        assertTrue(OPERATIONS.containsKey(AccessPolicy.CREATE_APP));
    }

    @Test
    void adminWithAllAppsMayCallEveryOperation() {
        AccessKey admin = key(Role.ADMIN, AppScope.allApps(), KeyStatus.ACTIVE);
        OPERATIONS.keySet().forEach(op -> {
            assertTrue(POLICY.decide(admin, op, "appA").isAllowed(), op);
            assertTrue(POLICY.decide(admin, op, null).isAllowed(), op);
        });
    }

    @Test
    void scopedKeySeesOnlyItsAppsInAList() {
        AccessKey scoped = key(Role.READ_ONLY, AppScope.apps(Set.of("appA", "appC")), KeyStatus.ACTIVE);
        assertEquals(List.of("appC", "appA"), POLICY.visibleApps(scoped, List.of("appC", "appB", "appA")));
        assertTrue(POLICY.canSee(scoped, "appA"));
        assertFalse(POLICY.canSee(scoped, "appB"));
        assertEquals(List.of("appB"), POLICY.visibleApps(key(Role.READ_ONLY, AppScope.allApps(), KeyStatus.ACTIVE), List.of("appB")));
    }

    private static AccessKey key(Role role, AppScope scope, KeyStatus status) {
        return new AccessKey("TERNAAAAAAAAAAAAAAAA", Instant.EPOCH, status, role, scope, "policy test");
    }
}
