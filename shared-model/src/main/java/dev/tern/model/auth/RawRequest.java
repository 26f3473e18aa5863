package dev.tern.model.auth;

import java.util.Objects;

/**
 * An HTTP request exactly as received, the input of {@link SigV4Verifier}.
 *
 * <p>The path and query must be the raw, still percent-encoded text from the request line: SigV4 signs
 * the encoded form, so a path decoded by a framework (e.g. {@code %2F} turned into {@code /}) can no
 * longer be verified.
 *
 * @param method HTTP method, e.g. {@code GET}
 * @param rawPath path as received, percent-encoded, without the query, e.g. {@code /v1/apps/a/endpoints/ep%201}
 * @param rawQuery query string as received, without {@code ?}; empty when there is none
 * @param headers all request headers
 * @param body body bytes (empty when there is none; base64-decoded already when the trigger encoded it)
 */
public record RawRequest(String method, String rawPath, String rawQuery, Headers headers, byte[] body) {

    /** Validates presence and normalises a null query or body to empty. */
    public RawRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(rawPath, "rawPath");
        Objects.requireNonNull(headers, "headers");
        rawQuery = rawQuery == null ? "" : rawQuery;
        body = body == null ? new byte[0] : body;
    }

    @Override
    public String toString() {
        return "RawRequest[" + method + " " + rawPath + (rawQuery.isEmpty() ? "" : "?" + rawQuery)
                + ", " + headers + ", body " + body.length + " bytes]";
    }
}
