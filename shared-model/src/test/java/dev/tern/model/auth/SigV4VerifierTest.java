package dev.tern.model.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tern.model.auth.Verification.Rejected;
import dev.tern.model.auth.Verification.Verified;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Rejection rules of {@link SigV4Verifier}, starting from botocore-signed requests. */
class SigV4VerifierTest {

    private static final String GET_APPS = "client GetApps";
    private static final String PUT_WITH_HASH = "PUT JSON with x-amz-content-sha256";
    private static final String DATE_HEADER = "Date header instead of x-amz-date";

    private final SecretSealer sealer = new AesGcmSecretSealer(Base64.getDecoder().decode(
            "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY="));
    private final InMemoryAccessKeyStore store = new InMemoryAccessKeyStore();

    SigV4VerifierTest() {
        store.put(stored(KeyStatus.ACTIVE));
    }

    @Test
    void acceptsRequestTimeExactlyFifteenMinutesOffInEitherDirection() {
        RawRequest request = SigV4Fixture.named(GET_APPS).request();
        assertInstanceOf(Verified.class, verifierAt(SigV4Fixture.NOW.plus(Duration.ofMinutes(15))).verify(request));
        assertInstanceOf(Verified.class, verifierAt(SigV4Fixture.NOW.minus(Duration.ofMinutes(15))).verify(request));
    }

    @Test
    void rejectsRequestTimeMoreThanFifteenMinutesOld() {
        RawRequest request = SigV4Fixture.named(GET_APPS).request();
        Rejected rejected = rejected(verifierAt(SigV4Fixture.NOW.plus(Duration.ofMinutes(15).plusSeconds(1))), request);
        assertEquals(AuthFailure.REQUEST_TIME_SKEWED, rejected.failure());
        assertTrue(rejected.reason().startsWith("Signature expired"), rejected.reason());
    }

    @Test
    void rejectsRequestTimeMoreThanFifteenMinutesInTheFuture() {
        RawRequest request = SigV4Fixture.named(GET_APPS).request();
        assertEquals(AuthFailure.REQUEST_TIME_SKEWED,
                rejected(verifierAt(SigV4Fixture.NOW.minus(Duration.ofMinutes(16))), request).failure());
    }

    @Test
    void appliesTheSkewRuleToTheDateHeaderToo() {
        RawRequest request = SigV4Fixture.named(DATE_HEADER).request();
        assertInstanceOf(Verified.class, verifier().verify(request));
        assertEquals(AuthFailure.REQUEST_TIME_SKEWED,
                rejected(verifierAt(SigV4Fixture.NOW.plus(Duration.ofHours(1))), request).failure());
    }

    @Test
    void rejectsUnknownAccessKey() {
        SigV4Verifier verifier = new SigV4Verifier(new InMemoryAccessKeyStore(), sealer, SigV4Fixture.clock());
        Rejected rejected = rejected(verifier, SigV4Fixture.named(GET_APPS).request());
        assertEquals(AuthFailure.UNKNOWN_ACCESS_KEY, rejected.failure());
    }

    @Test
    void refusesAnAccessKeyIdTernCouldNotHaveIssuedWithoutAskingTheStore() {
        AccessKeyStore untouchable = new AccessKeyStore() {
            @Override
            public java.util.Optional<StoredAccessKey> find(String id) {
                throw new AssertionError("the store must not see " + id.length() + " characters");
            }

            @Override
            public void put(StoredAccessKey key) {
                throw new AssertionError();
            }

            @Override
            public java.util.List<AccessKey> list() {
                throw new AssertionError();
            }

            @Override
            public boolean revoke(String id) {
                throw new AssertionError();
            }
        };
        RawRequest odd = withAuthorization(SigV4Fixture.named(GET_APPS).request(),
                a -> a.replace(SigV4Fixture.ACCESS_KEY_ID, "K".repeat(3000)));
        Rejected rejected = rejected(new SigV4Verifier(untouchable, sealer, SigV4Fixture.clock()), odd);
        assertEquals(AuthFailure.UNKNOWN_ACCESS_KEY, rejected.failure());
    }

    @Test
    void rejectsRevokedKeyWithValidSignature() {
        store.revoke(SigV4Fixture.ACCESS_KEY_ID);
        Rejected rejected = rejected(verifier(), SigV4Fixture.named(GET_APPS).request());
        assertEquals(AuthFailure.REVOKED_ACCESS_KEY, rejected.failure());
        assertTrue(rejected.reason().contains("revoked"), rejected.reason());
    }

    @Test
    void tellsNothingAboutRevocationToACallerWithoutTheSecret() {
        store.revoke(SigV4Fixture.ACCESS_KEY_ID);
        RawRequest request = withAuthorization(SigV4Fixture.named(GET_APPS).request(),
                a -> a.replaceAll("Signature=[0-9a-f]{64}", "Signature=" + "0".repeat(64)));
        assertEquals(AuthFailure.SIGNATURE_MISMATCH, rejected(verifier(), request).failure());
    }

    @Test
    void rejectsSessionTokenFromTemporaryCredentials() {
        Rejected rejected = rejected(verifier(), SigV4Fixture.named("session token").request());
        assertEquals(AuthFailure.SESSION_TOKEN_NOT_SUPPORTED, rejected.failure());
        assertTrue(rejected.reason().contains("x-amz-security-token"), rejected.reason());
    }

    @Test
    void rejectsPresignedUrl() {
        Rejected rejected = rejected(verifier(), SigV4Fixture.named("presigned URL").request());
        assertEquals(AuthFailure.PRESIGNED_NOT_SUPPORTED, rejected.failure());
    }

    @Test
    void rejectsRequestWithoutAuthorization() {
        RawRequest signed = SigV4Fixture.named(GET_APPS).request();
        RawRequest request = new RawRequest(signed.method(), signed.rawPath(), signed.rawQuery(),
                signed.headers().with("Authorization", null), signed.body());
        assertEquals(AuthFailure.MISSING_AUTHENTICATION, rejected(verifier(), request).failure());
    }

    @Test
    void rejectsTwoAuthorizationHeaders() {
        RawRequest signed = SigV4Fixture.named(GET_APPS).request();
        Headers.Builder headers = Headers.builder();
        for (var pair : SigV4Fixture.named(GET_APPS).headerPairs()) {
            headers.add(pair.get(0), pair.get(1));
        }
        headers.add("authorization", signed.headers().first("authorization"));
        RawRequest request = new RawRequest(signed.method(), signed.rawPath(), signed.rawQuery(), headers.build(), signed.body());
        assertEquals(AuthFailure.MALFORMED_AUTHORIZATION, rejected(verifier(), request).failure());
    }

    @Test
    void rejectsUnsignedPayload() {
        RawRequest request = withHeader(SigV4Fixture.named(PUT_WITH_HASH).request(), "x-amz-content-sha256", "UNSIGNED-PAYLOAD");
        assertEquals(AuthFailure.UNSIGNED_PAYLOAD_NOT_SUPPORTED, rejected(verifier(), request).failure());
    }

    @Test
    void rejectsContentHashThatDoesNotMatchTheBody() {
        RawRequest request = withHeader(SigV4Fixture.named(PUT_WITH_HASH).request(), "x-amz-content-sha256",
                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertEquals(AuthFailure.CONTENT_HASH_MISMATCH, rejected(verifier(), request).failure());
    }

    @Test
    void acceptsAnyRegionButOnlyTheOneThatWasSigned() {
        RawRequest request = withAuthorization(SigV4Fixture.named(GET_APPS).request(),
                a -> a.replace("/us-east-1/", "/eu-west-1/"));
        assertEquals(AuthFailure.SIGNATURE_MISMATCH, rejected(verifier(), request).failure());
    }

    static Stream<Arguments> malformedAuthorizations() {
        return Stream.of(
                Arguments.of("other algorithm", (UnaryOperator<String>) a -> a.replace("AWS4-HMAC-SHA256", "AWS4-HMAC-SHA512"),
                        AuthFailure.MALFORMED_AUTHORIZATION),
                Arguments.of("no Signature", (UnaryOperator<String>) a -> a.replaceAll(", Signature=.*", ""),
                        AuthFailure.MALFORMED_AUTHORIZATION),
                Arguments.of("Signature twice", (UnaryOperator<String>) a -> a + ", Signature=" + "0".repeat(64),
                        AuthFailure.MALFORMED_AUTHORIZATION),
                Arguments.of("upper-case signature", (UnaryOperator<String>) a -> a.replaceAll("Signature=(.*)", "Signature=" + "A".repeat(64)),
                        AuthFailure.MALFORMED_AUTHORIZATION),
                Arguments.of("credential with four parts", (UnaryOperator<String>) a -> a.replace("/us-east-1/", "/"),
                        AuthFailure.MALFORMED_AUTHORIZATION),
                Arguments.of("unsorted SignedHeaders", (UnaryOperator<String>) a -> a.replace("host;x-amz-date", "x-amz-date;host"),
                        AuthFailure.MALFORMED_AUTHORIZATION),
                Arguments.of("host not signed", (UnaryOperator<String>) a -> a.replace("host;x-amz-date", "x-amz-date"),
                        AuthFailure.MALFORMED_AUTHORIZATION),
                Arguments.of("x-amz-date not signed", (UnaryOperator<String>) a -> a.replace("host;x-amz-date", "host"),
                        AuthFailure.MALFORMED_AUTHORIZATION),
                Arguments.of("signed header absent from request", (UnaryOperator<String>) a -> a.replace("host;x-amz-date", "host;x-amz-date;x-tern-absent"),
                        AuthFailure.MALFORMED_AUTHORIZATION),
                Arguments.of("service pinpoint instead of mobiletargeting", (UnaryOperator<String>) a -> a.replace("/mobiletargeting/", "/pinpoint/"),
                        AuthFailure.WRONG_CREDENTIAL_SCOPE),
                Arguments.of("wrong scope terminator", (UnaryOperator<String>) a -> a.replace("/aws4_request", "/aws4_requests"),
                        AuthFailure.WRONG_CREDENTIAL_SCOPE),
                Arguments.of("scope date differs from x-amz-date", (UnaryOperator<String>) a -> a.replace("/20261126/", "/20261125/"),
                        AuthFailure.WRONG_CREDENTIAL_SCOPE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedAuthorizations")
    void rejectsMalformedOrMisScopedAuthorization(String name, UnaryOperator<String> change, AuthFailure expected) {
        RawRequest request = withAuthorization(SigV4Fixture.named(GET_APPS).request(), change);
        assertEquals(expected, rejected(verifier(), request).failure());
    }

    @Test
    void rejectsUnparseableAmzDate() {
        RawRequest request = withHeader(SigV4Fixture.named(GET_APPS).request(), "X-Amz-Date", "2026-11-26T16:40:05Z");
        assertEquals(AuthFailure.MALFORMED_AUTHORIZATION, rejected(verifier(), request).failure());
    }

    @Test
    void neverEchoesTheSecretOrAHexSignatureInAReason() {
        RawRequest request = withAuthorization(SigV4Fixture.named(GET_APPS).request(),
                a -> a.replaceAll("Signature=[0-9a-f]{64}", "Signature=" + "1".repeat(64)));
        Rejected rejected = rejected(verifier(), request);
        assertEquals(AuthFailure.SIGNATURE_MISMATCH, rejected.failure());
        assertFalse(rejected.reason().contains(SigV4Fixture.SECRET));
        assertFalse(rejected.reason().matches("(?s).*[0-9a-f]{64}.*"), rejected.reason());
    }

    private SigV4Verifier verifier() {
        return new SigV4Verifier(store, sealer, SigV4Fixture.clock());
    }

    private SigV4Verifier verifierAt(Instant now) {
        return new SigV4Verifier(store, sealer, Clock.fixed(now, ZoneOffset.UTC));
    }

    private StoredAccessKey stored(KeyStatus status) {
        AccessKey key = new AccessKey(SigV4Fixture.ACCESS_KEY_ID, Instant.parse("2026-01-01T00:00:00Z"), status,
                Role.ADMIN, AppScope.allApps(), "test");
        return new StoredAccessKey(key, sealer.seal(key.id(), SigV4Fixture.SECRET));
    }

    private static Rejected rejected(SigV4Verifier verifier, RawRequest request) {
        Verification outcome = verifier.verify(request);
        return assertInstanceOf(Rejected.class, outcome, () -> "expected a rejection, got " + outcome);
    }

    private static RawRequest withAuthorization(RawRequest request, UnaryOperator<String> change) {
        String authorization = request.headers().first("authorization");
        String changed = change.apply(authorization);
        assertFalse(changed.equals(authorization), "the change must alter the header");
        return withHeader(request, "Authorization", changed);
    }

    private static RawRequest withHeader(RawRequest request, String name, String value) {
        return new RawRequest(request.method(), request.rawPath(), request.rawQuery(),
                request.headers().with(name, value), request.body());
    }
}
