package dev.tern.model.auth;

import dev.tern.model.auth.Verification.Rejected;
import dev.tern.model.auth.Verification.Verified;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies AWS Signature Version 4 on requests from Pinpoint clients (AWS CLI, SDKs, Amplify), which
 * sign with service name {@code mobiletargeting} and the secret of a Tern access key. AWS's own
 * front doors cannot do this for us (API Gateway and Function URL IAM auth only accept their own
 * service names, and real IAM secrets are not ours to check), hence a verifier in the domain.
 *
 * <p>Follows "Signature Version 4 signing process" in the AWS IAM user guide: canonical request
 * ({@link CanonicalRequest}), string to sign {@code AWS4-HMAC-SHA256\n<time>\n<scope>\n<hash>}, signing
 * key {@code HMAC(HMAC(HMAC(HMAC("AWS4"+secret, date), region), service), "aws4_request")}, signature
 * compared in constant time. Any region is accepted (Tern is one deployment whatever region the client
 * names). Decisions, documented:
 * <ul>
 *   <li>Presigned URLs (query-string auth) are refused: no Pinpoint operation is used that way.</li>
 *   <li>{@code x-amz-security-token} is refused: Tern issues no temporary credentials, and a token made
 *       by AWS STS cannot be checked without AWS's secrets.</li>
 *   <li>{@code x-amz-content-sha256: UNSIGNED-PAYLOAD} is refused: the Pinpoint model marks no operation
 *       {@code unsignedPayload}/{@code v4-unsigned-body}, so SDKs always sign Pinpoint bodies. When the
 *       header carries a hash it must match the body, and it is used verbatim in the canonical request,
 *       as botocore does.</li>
 *   <li>The request time is {@code x-amz-date}, else {@code date} (RFC 1123); it must be signed, as must
 *       {@code host}, be within 15 minutes of the clock, and fall on the credential scope's date.</li>
 *   <li>A revoked key is reported as revoked only after its signature verified, so the state of a key
 *       is told only to whoever holds its secret.</li>
 * </ul>
 */
public final class SigV4Verifier {

    /** The SigV4 service name of Pinpoint ({@code signingName} in its API model). */
    public static final String SERVICE = "mobiletargeting";
    /** Largest accepted distance between the request time and the clock, as AWS allows. */
    public static final Duration MAX_SKEW = Duration.ofMinutes(15);

    private static final String TERMINATOR = "aws4_request";
    private static final DateTimeFormatter AMZ_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final HexFormat HEX = HexFormat.of();

    private final AccessKeyStore keys;
    private final SecretSealer sealer;
    private final Clock clock;

    /** Creates a verifier reading keys from the store, unsealing secrets with the sealer. */
    public SigV4Verifier(AccessKeyStore keys, SecretSealer sealer, Clock clock) {
        this.keys = keys;
        this.sealer = sealer;
        this.clock = clock;
    }

    /** Verifies the request's signature and key; never throws for a bad request, only for server faults. */
    public Verification verify(RawRequest request) {
        Headers headers = request.headers();
        String authorization = headers.first("authorization");
        if (authorization == null) {
            if (request.rawQuery().contains("X-Amz-Signature=") || request.rawQuery().contains("X-Amz-Algorithm=")) {
                return reject(AuthFailure.PRESIGNED_NOT_SUPPORTED,
                        "Presigned (query-string) signatures are not supported; sign with the Authorization header");
            }
            return reject(AuthFailure.MISSING_AUTHENTICATION, "Missing Authentication Token");
        }
        if (headers.all("authorization").size() > 1) {
            return reject(AuthFailure.MALFORMED_AUTHORIZATION, "Only one Authorization header is allowed");
        }
        if (headers.contains("x-amz-security-token") || request.rawQuery().contains("X-Amz-Security-Token=")) {
            return reject(AuthFailure.SESSION_TOKEN_NOT_SUPPORTED,
                    "Temporary credentials (x-amz-security-token) are not supported; use a Tern access key");
        }
        StringBuilder error = new StringBuilder();
        Optional<AuthorizationHeader> parsed = AuthorizationHeader.parse(authorization, error);
        if (parsed.isEmpty()) {
            return reject(AuthFailure.MALFORMED_AUTHORIZATION, error.toString());
        }
        AuthorizationHeader auth = parsed.get();
        if (!SERVICE.equals(auth.service()) || !TERMINATOR.equals(auth.terminator())) {
            return reject(AuthFailure.WRONG_CREDENTIAL_SCOPE, "Credential should be scoped to a valid region and to service "
                    + SERVICE + " with terminator " + TERMINATOR + ", not '" + auth.service() + "/" + auth.terminator() + "'");
        }
        if (!auth.signedHeaders().contains("host")) {
            return reject(AuthFailure.MALFORMED_AUTHORIZATION, "SignedHeaders must include host");
        }
        String timeHeader = headers.contains("x-amz-date") ? "x-amz-date" : "date";
        if (!headers.contains(timeHeader) || !auth.signedHeaders().contains(timeHeader)) {
            return reject(AuthFailure.MALFORMED_AUTHORIZATION, "The request must carry a signed x-amz-date (or date) header");
        }
        for (String name : auth.signedHeaders()) {
            if (!headers.contains(name)) {
                return reject(AuthFailure.MALFORMED_AUTHORIZATION, "Signed header '" + name + "' is missing from the request");
            }
        }
        Optional<Instant> time = requestTime(timeHeader, headers.first(timeHeader));
        if (time.isEmpty()) {
            return reject(AuthFailure.MALFORMED_AUTHORIZATION, timeHeader.equals("x-amz-date")
                    ? "x-amz-date must be yyyyMMdd'T'HHmmss'Z'" : "date must be an RFC 1123 date");
        }
        Instant now = clock.instant();
        if (Duration.between(time.get(), now).abs().compareTo(MAX_SKEW) > 0) {
            return reject(AuthFailure.REQUEST_TIME_SKEWED, "Signature expired: " + AMZ_DATE.format(time.get())
                    + " is more than 15 minutes from the server time " + AMZ_DATE.format(now));
        }
        String amzDate = AMZ_DATE.format(time.get());
        if (!amzDate.substring(0, 8).equals(auth.scopeDate())) {
            return reject(AuthFailure.WRONG_CREDENTIAL_SCOPE, "Credential scope date " + auth.scopeDate()
                    + " does not match the request date " + amzDate.substring(0, 8));
        }
        String bodyHash = HEX.formatHex(sha256(request.body()));
        String payloadHash = bodyHash;
        String declaredHash = headers.first("x-amz-content-sha256");
        if (declaredHash != null) {
            if (declaredHash.equals("UNSIGNED-PAYLOAD") || declaredHash.startsWith("STREAMING-")) {
                return reject(AuthFailure.UNSIGNED_PAYLOAD_NOT_SUPPORTED,
                        "x-amz-content-sha256 must be the SHA-256 of the body; unsigned and streaming payloads are not supported");
            }
            if (!declaredHash.equalsIgnoreCase(bodyHash)) {
                return reject(AuthFailure.CONTENT_HASH_MISMATCH, "x-amz-content-sha256 does not match the request body");
            }
            payloadHash = declaredHash;
        }
        // Only ids Tern could have issued are looked up: an odd one (2 KB, control characters) is a
        // client's mistake to refuse here, not a store error (DynamoDB rejects over-long keys).
        Optional<StoredAccessKey> stored = AccessKey.ID_PATTERN.matcher(auth.accessKeyId()).matches()
                ? keys.find(auth.accessKeyId()) : Optional.empty();
        if (stored.isEmpty()) {
            return reject(AuthFailure.UNKNOWN_ACCESS_KEY, "The security token included in the request is invalid");
        }
        String canonical = CanonicalRequest.build(request.method(), request.rawPath(), request.rawQuery(),
                headers, auth.signedHeaders(), payloadHash);
        String stringToSign = AuthorizationHeader.ALGORITHM + "\n" + amzDate + "\n" + auth.scope() + "\n"
                + HEX.formatHex(sha256(canonical.getBytes(StandardCharsets.UTF_8)));
        String secret = sealer.unseal(auth.accessKeyId(), stored.get().sealedSecret());
        byte[] expected = signature(secret, auth.scopeDate(), auth.region(), auth.service(), stringToSign)
                .getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, auth.signature().getBytes(StandardCharsets.US_ASCII))) {
            return reject(AuthFailure.SIGNATURE_MISMATCH, "The request signature we calculated does not match the "
                    + "signature you provided. Check your AWS Secret Access Key and signing method.");
        }
        AccessKey key = stored.get().key();
        if (!key.isActive()) {
            return reject(AuthFailure.REVOKED_ACCESS_KEY, "The access key " + key.id() + " has been revoked");
        }
        return new Verified(key);
    }

    private static Optional<Instant> requestTime(String header, String value) {
        try {
            DateTimeFormatter format = header.equals("x-amz-date") ? AMZ_DATE : DateTimeFormatter.RFC_1123_DATE_TIME;
            return Optional.of(Instant.from(format.parse(value.trim())));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The hex signature: HMAC of the string to sign under the key derived for date, region and service. */
    static String signature(String secret, String date, String region, String service, String stringToSign) {
        byte[] key = hmac(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), date);
        key = hmac(key, region);
        key = hmac(key, service);
        key = hmac(key, TERMINATOR);
        return HEX.formatHex(hmac(key, stringToSign));
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required of every JDK", e);
        }
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }

    private static Verification reject(AuthFailure failure, String reason) {
        return new Rejected(failure, reason);
    }
}
