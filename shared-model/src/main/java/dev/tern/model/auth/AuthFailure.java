package dev.tern.model.auth;

/**
 * Why a request failed authentication. Each constant notes what AWS answers in the same case, so the
 * api edge can reply in a way SDKs understand (Pinpoint models only 400 BadRequestException and 403
 * ForbiddenException for these; AWS's own auth errors are listed for the error-type header).
 */
public enum AuthFailure {
    /** No Authorization header. AWS: 403 MissingAuthenticationTokenException. */
    MISSING_AUTHENTICATION,
    /** Authorization header present but not a well-formed SigV4 header. AWS: 400 IncompleteSignatureException. */
    MALFORMED_AUTHORIZATION,
    /** Query-string (presigned URL) signing; Tern accepts only the Authorization header. */
    PRESIGNED_NOT_SUPPORTED,
    /** Temporary credentials (x-amz-security-token); Tern issues none, so it cannot check them. */
    SESSION_TOKEN_NOT_SUPPORTED,
    /** x-amz-content-sha256 of UNSIGNED-PAYLOAD or a streaming mode; Pinpoint always signs the body. */
    UNSIGNED_PAYLOAD_NOT_SUPPORTED,
    /** Credential scope not {@code <date>/<region>/mobiletargeting/aws4_request}. AWS: 403 InvalidSignatureException. */
    WRONG_CREDENTIAL_SCOPE,
    /** Request time more than 15 minutes from the server clock. AWS: 403 InvalidSignatureException "Signature expired". */
    REQUEST_TIME_SKEWED,
    /** No such access key. AWS: 403 UnrecognizedClientException. */
    UNKNOWN_ACCESS_KEY,
    /** The key was revoked (said only to a caller who proved they hold its secret). */
    REVOKED_ACCESS_KEY,
    /** x-amz-content-sha256 does not match the body. */
    CONTENT_HASH_MISMATCH,
    /** The signature does not match. AWS: 403 SignatureDoesNotMatch / InvalidSignatureException. */
    SIGNATURE_MISMATCH
}
