package dev.tern.model.auth;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The botocore-signed requests of {@code auth/sigv4-vectors.json} (see generate_sigv4_vectors.py). */
final class SigV4Fixture {

    /** One signed request as a server receives it. */
    record Vector(String name, String method, String rawPath, String rawQuery, List<List<String>> headerPairs,
                  byte[] body, String botocoreCanonicalRequest) {

        /** The request as the verifier receives it. */
        RawRequest request() {
            Headers.Builder headers = Headers.builder();
            headerPairs.forEach(pair -> headers.add(pair.get(0), pair.get(1)));
            return new RawRequest(method, rawPath, rawQuery, headers.build(), body);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static final String ACCESS_KEY_ID;
    static final String SECRET;
    static final Instant NOW;
    static final List<Vector> VECTORS;
    /** Requests real clients can send that Tern refuses by design (session token, presigned URL). */
    static final List<Vector> REFUSED;

    static {
        Map<String, Object> root = load("/auth/sigv4-vectors.json");
        ACCESS_KEY_ID = (String) root.get("accessKeyId");
        SECRET = (String) root.get("secretAccessKey");
        NOW = Instant.parse((String) root.get("now"));
        VECTORS = ((List<?>) root.get("vectors")).stream().map(SigV4Fixture::vector).toList();
        REFUSED = ((List<?>) root.get("refused")).stream().map(SigV4Fixture::vector).toList();
    }

    private SigV4Fixture() {
    }

    /** A clock fixed at the instant the vectors were signed. */
    static Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    /** Finds a vector (accepted or refused) by the start of its name. */
    static Vector named(String prefix) {
        return Stream.concat(VECTORS.stream(), REFUSED.stream()).filter(v -> v.name().startsWith(prefix)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> load(String resource) {
        try (InputStream in = SigV4Fixture.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return (Map<String, Object>) MiniJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Vector vector(Object json) {
        Map<String, Object> v = (Map<String, Object>) json;
        return new Vector((String) v.get("name"), (String) v.get("method"), (String) v.get("rawPath"),
                (String) v.get("rawQuery"), (List<List<String>>) v.get("headers"),
                Base64.getDecoder().decode((String) v.get("bodyBase64")), (String) v.get("canonicalRequest"));
    }
}
