package dev.tern.model.auth;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A parsed SigV4 {@code Authorization} header:
 * {@code AWS4-HMAC-SHA256 Credential=AKID/20261126/us-east-1/mobiletargeting/aws4_request,
 * SignedHeaders=host;x-amz-date, Signature=<64 hex>}.
 */
record AuthorizationHeader(String accessKeyId, String scopeDate, String region, String service,
                           String terminator, List<String> signedHeaders, String signature) {

    static final String ALGORITHM = "AWS4-HMAC-SHA256";
    private static final Pattern SIGNATURE = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern SIGNED_HEADER = Pattern.compile("[a-z0-9!#$%&'*+.^_`|~-]+");

    /** The credential scope, {@code date/region/service/terminator}. */
    String scope() {
        return scopeDate + "/" + region + "/" + service + "/" + terminator;
    }

    /** Parses the header, or explains in {@code error} why it is not a SigV4 header. */
    static Optional<AuthorizationHeader> parse(String value, StringBuilder error) {
        String trimmed = value.trim();
        if (!trimmed.startsWith(ALGORITHM + " ")) {
            error.append("Authorization must use the ").append(ALGORITHM).append(" algorithm");
            return Optional.empty();
        }
        Map<String, String> fields = new HashMap<>();
        for (String part : trimmed.substring(ALGORITHM.length()).split(",")) {
            String field = part.trim();
            int eq = field.indexOf('=');
            if (eq <= 0 || fields.put(field.substring(0, eq), field.substring(eq + 1)) != null) {
                error.append("Authorization must hold Credential=, SignedHeaders= and Signature= once each");
                return Optional.empty();
            }
        }
        String credential = fields.get("Credential");
        String signedHeaders = fields.get("SignedHeaders");
        String signature = fields.get("Signature");
        if (fields.size() != 3 || credential == null || signedHeaders == null || signature == null) {
            error.append("Authorization must hold Credential=, SignedHeaders= and Signature= once each");
            return Optional.empty();
        }
        String[] scope = credential.split("/", -1);
        if (scope.length != 5 || scope[0].isEmpty() || scope[2].isEmpty()) {
            error.append("Credential must be <access key id>/<yyyymmdd>/<region>/mobiletargeting/aws4_request");
            return Optional.empty();
        }
        List<String> headers = List.of(signedHeaders.split(";", -1));
        for (int i = 0; i < headers.size(); i++) {
            if (!SIGNED_HEADER.matcher(headers.get(i)).matches()
                    || (i > 0 && headers.get(i - 1).compareTo(headers.get(i)) >= 0)) {
                error.append("SignedHeaders must be lower-case header names, sorted, separated by ';'");
                return Optional.empty();
            }
        }
        if (!SIGNATURE.matcher(signature).matches()) {
            error.append("Signature must be 64 lower-case hex digits");
            return Optional.empty();
        }
        return Optional.of(new AuthorizationHeader(scope[0], scope[1], scope[2], scope[3], scope[4], headers, signature));
    }
}
