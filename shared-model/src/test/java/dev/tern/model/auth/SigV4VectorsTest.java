package dev.tern.model.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tern.model.auth.SigV4Fixture.Vector;
import dev.tern.model.auth.Verification.Rejected;
import dev.tern.model.auth.Verification.Verified;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Requests signed by botocore (Python and CRT signers) must verify, and fail once any signed byte changes. */
class SigV4VectorsTest {

    private static final byte[] SEALING_KEY = Base64.getDecoder().decode("MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=");

    private final SecretSealer sealer = new AesGcmSecretSealer(SEALING_KEY);
    private final InMemoryAccessKeyStore store = new InMemoryAccessKeyStore();
    private final SigV4Verifier verifier = new SigV4Verifier(store, sealer, SigV4Fixture.clock());

    SigV4VectorsTest() {
        AccessKey key = new AccessKey(SigV4Fixture.ACCESS_KEY_ID, Instant.parse("2026-01-01T00:00:00Z"),
                KeyStatus.ACTIVE, Role.ADMIN, AppScope.allApps(), "botocore vectors");
        store.put(new StoredAccessKey(key, sealer.seal(key.id(), SigV4Fixture.SECRET)));
    }

    static Stream<Vector> vectors() {
        return SigV4Fixture.VECTORS.stream();
    }

    @Test
    void fixtureCoversBothBotocoreSignersAndTheTrickyCases() {
        List<String> names = SigV4Fixture.VECTORS.stream().map(Vector::name).toList();
        assertTrue(names.size() >= 12, names.toString());
        assertTrue(names.stream().anyMatch(n -> n.contains("[crt signer]")), names.toString());
        assertTrue(names.stream().anyMatch(n -> n.contains("[python signer]")), names.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void verifiesBotocoreSignature(Vector vector) {
        Verification outcome = verifier.verify(vector.request());
        Verified verified = assertInstanceOf(Verified.class, outcome, () -> outcome.toString());
        assertEquals(SigV4Fixture.ACCESS_KEY_ID, verified.key().id());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void buildsTheSameCanonicalRequestAsBotocore(Vector vector) {
        assumeTrue(vector.botocoreCanonicalRequest() != null, "the CRT signer does not expose its canonical request");
        RawRequest request = vector.request();
        String signedHeaders = request.headers().first("authorization").replaceAll(".*SignedHeaders=([^,]+),.*", "$1");
        String payloadHash = vector.botocoreCanonicalRequest().substring(vector.botocoreCanonicalRequest().lastIndexOf('\n') + 1);
        String canonical = CanonicalRequest.build(request.method(), request.rawPath(), request.rawQuery(),
                request.headers(), List.of(signedHeaders.split(";")), payloadHash);
        assertEquals(vector.botocoreCanonicalRequest(), canonical);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void rejectsFlippedBodyByte(Vector vector) {
        assumeTrue(vector.body().length > 0, "no body to flip");
        byte[] body = vector.body().clone();
        body[body.length / 2] ^= 0x01;
        RawRequest request = vector.request();
        Rejected rejected = rejected(new RawRequest(request.method(), request.rawPath(), request.rawQuery(), request.headers(), body));
        assertTrue(Set.of(AuthFailure.SIGNATURE_MISMATCH, AuthFailure.CONTENT_HASH_MISMATCH).contains(rejected.failure()),
                rejected.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void rejectsFlippedPathCharacter(Vector vector) {
        RawRequest request = vector.request();
        String path = flipLast(request.rawPath());
        assertSignatureMismatch(new RawRequest(request.method(), path, request.rawQuery(), request.headers(), request.body()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void rejectsFlippedQueryCharacter(Vector vector) {
        RawRequest request = vector.request();
        assumeTrue(!request.rawQuery().isEmpty(), "no query to flip");
        String query = flipLast(request.rawQuery());
        assertSignatureMismatch(new RawRequest(request.method(), request.rawPath(), query, request.headers(), request.body()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void rejectsFlippedSignedHeader(Vector vector) {
        RawRequest request = vector.request();
        String host = request.headers().first("host");
        Headers headers = request.headers().with("host", "x" + host.substring(1));
        assertSignatureMismatch(new RawRequest(request.method(), request.rawPath(), request.rawQuery(), headers, request.body()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void rejectsFlippedSignatureCharacter(Vector vector) {
        RawRequest request = vector.request();
        String authorization = request.headers().first("authorization");
        int at = authorization.indexOf("Signature=") + "Signature=".length();
        char flipped = authorization.charAt(at) == '0' ? '1' : '0';
        String tampered = authorization.substring(0, at) + flipped + authorization.substring(at + 1);
        assertNotEquals(authorization, tampered);
        assertSignatureMismatch(new RawRequest(request.method(), request.rawPath(), request.rawQuery(),
                request.headers().with("Authorization", tampered), request.body()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void rejectsUnsignedHeaderChangesOnlyWhenSigned(Vector vector) {
        // Headers outside SignedHeaders (user-agent, amz-sdk-*) may change in transit without effect.
        RawRequest request = vector.request();
        Headers headers = request.headers().with("User-Agent", "proxy-rewritten/1.0");
        assertFalse(request.headers().first("authorization").contains("user-agent"));
        assertInstanceOf(Verified.class, verifier.verify(
                new RawRequest(request.method(), request.rawPath(), request.rawQuery(), headers, request.body())));
    }

    private void assertSignatureMismatch(RawRequest request) {
        assertEquals(AuthFailure.SIGNATURE_MISMATCH, rejected(request).failure());
    }

    private Rejected rejected(RawRequest request) {
        Verification outcome = verifier.verify(request);
        return assertInstanceOf(Rejected.class, outcome, () -> "expected a rejection for " + request);
    }

    /** Replaces the last non-'/' character with a different letter. */
    private static String flipLast(String text) {
        int at = text.length() - 1;
        while (text.charAt(at) == '/' || text.charAt(at) == '=') {
            at--;
        }
        char flipped = text.charAt(at) == 'a' ? 'b' : 'a';
        return text.substring(0, at) + flipped + text.substring(at + 1);
    }
}
