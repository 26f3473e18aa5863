package dev.tern.model.auth;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Builds the SigV4 canonical request ("Create a canonical request" in the AWS IAM user guide,
 * "Elements of an AWS API request signature") the way AWS SDKs do for every service except S3.
 * The subtle points, checked against botocore's {@code SigV4Auth} by the test vectors:
 * <ul>
 *   <li>URI: the path as sent (already percent-encoded by the client) is normalised (dot segments and
 *       empty segments removed) and URI-encoded <em>again</em>, so {@code %2F} becomes {@code %252F}.
 *       Only S3 signs the path single-encoded.</li>
 *   <li>Query: each name and value RFC 3986-encoded (unreserved {@code A-Za-z0-9-_.~} kept, space as
 *       {@code %20}, never {@code +}), sorted by name then value.</li>
 *   <li>Headers: lower-case names; values trimmed with inner whitespace runs collapsed to one space;
 *       repeated headers joined with {@code ,}.</li>
 * </ul>
 */
final class CanonicalRequest {

    private CanonicalRequest() {
    }

    /** The full canonical request text that the signature's string-to-sign hashes. */
    static String build(String method, String rawPath, String rawQuery, Headers headers,
                        List<String> signedHeaders, String payloadHash) {
        return method.toUpperCase(Locale.ROOT) + "\n"
                + uri(rawPath) + "\n"
                + query(rawQuery) + "\n"
                + headers(headers, signedHeaders) + "\n"
                + String.join(";", signedHeaders) + "\n"
                + payloadHash;
    }

    /** The canonical URI: normalised, then each byte but unreserved characters and '/' encoded. */
    static String uri(String rawPath) {
        return encode(normalise(rawPath).getBytes(StandardCharsets.UTF_8), true);
    }

    /** The canonical query string: pairs decoded, re-encoded per RFC 3986, sorted. */
    static String query(String rawQuery) {
        if (rawQuery.isEmpty()) {
            return "";
        }
        List<String[]> pairs = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            pairs.add(new String[] {encode(decode(name), false), encode(decode(value), false)});
        }
        pairs.sort(Comparator.<String[], String>comparing(p -> p[0]).thenComparing(p -> p[1]));
        return pairs.stream().map(p -> p[0] + "=" + p[1]).collect(Collectors.joining("&"));
    }

    /** The canonical headers block: one {@code name:value} line per signed header, each ending in a newline. */
    static String headers(Headers headers, List<String> signedHeaders) {
        StringBuilder out = new StringBuilder();
        for (String name : signedHeaders) {
            String value = headers.all(name).stream()
                    .map(CanonicalRequest::trimAll)
                    .collect(Collectors.joining(","));
            out.append(name).append(':').append(value).append('\n');
        }
        return out.toString();
    }

    /** Removes dot segments and empty segments, as botocore's {@code normalize_url_path} does; "" → "/". */
    static String normalise(String path) {
        if (path.isEmpty()) {
            return "/";
        }
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : path.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                segments.pollLast();
            } else {
                segments.addLast(segment);
            }
        }
        String first = path.startsWith("/") ? "/" : "";
        String last = path.endsWith("/") && !segments.isEmpty() ? "/" : "";
        return first + String.join("/", segments) + last;
    }

    private static String trimAll(String value) {
        return String.join(" ", value.trim().split("\\s+"));
    }

    /** Percent-decodes to bytes; a '%' not followed by two hex digits stays a literal '%'. */
    private static byte[] decode(String text) {
        byte[] in = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        for (int i = 0; i < in.length; i++) {
            if (in[i] == '%' && i + 2 < in.length && hex(in[i + 1]) >= 0 && hex(in[i + 2]) >= 0) {
                out.write(hex(in[i + 1]) * 16 + hex(in[i + 2]));
                i += 2;
            } else {
                out.write(in[i]);
            }
        }
        return out.toByteArray();
    }

    private static int hex(byte b) {
        return Character.digit(b, 16);
    }

    private static String encode(byte[] bytes, boolean keepSlash) {
        StringBuilder out = new StringBuilder(bytes.length);
        for (byte b : bytes) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == '~' || (keepSlash && c == '/')) {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
