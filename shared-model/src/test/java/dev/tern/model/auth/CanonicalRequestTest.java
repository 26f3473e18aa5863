package dev.tern.model.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link CanonicalRequest} rules one by one, plus the worked example of the AWS SigV4 documentation. */
class CanonicalRequestTest {

    @Test
    void matchesTheAwsDocumentationExample() throws Exception {
        // "Create a canonical request" / "Calculate the signature" example in the AWS General Reference
        // (IAM ListUsers, 2015-08-30, secret wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY).
        Headers headers = Headers.builder()
                .add("Host", "iam.amazonaws.com")
                .add("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .add("X-Amz-Date", "20150830T123600Z")
                .build();
        String canonical = CanonicalRequest.build("GET", "/", "Action=ListUsers&Version=2010-05-08", headers,
                List.of("content-type", "host", "x-amz-date"), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertEquals("""
                GET
                /
                Action=ListUsers&Version=2010-05-08
                content-type:application/x-www-form-urlencoded; charset=utf-8
                host:iam.amazonaws.com
                x-amz-date:20150830T123600Z

                content-type;host;x-amz-date
                e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855""", canonical);
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        assertEquals("f536975d06c0309214f805bb90ccff089219ecd68b2577efef23edd43b7e1a59", hash);
        String stringToSign = "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/iam/aws4_request\n" + hash;
        assertEquals("5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7",
                SigV4Verifier.signature("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "20150830", "us-east-1", "iam", stringToSign));
    }

    @ParameterizedTest(name = "''{0}'' -> ''{1}''")
    @CsvSource(delimiter = '|', value = {
            "''|/",
            "/|/",
            "/v1/apps|/v1/apps",
            "/v1/apps/|/v1/apps/",
            "/a/./b|/a/b",
            "/a/../b|/b",
            "/..|/",
            "//a//b//|/a/b/",
            "/ep%201%2Fx|/ep%201%2Fx"})
    void normalisesPathLikeBotocore(String path, String expected) {
        assertEquals(expected, CanonicalRequest.normalise(path));
    }

    @ParameterizedTest(name = "''{0}'' -> ''{1}''")
    @CsvSource(delimiter = '|', value = {
            "/ep%201%2Fx|/ep%25201%252Fx",
            "/caf\u00e9|/caf%C3%A9",
            "/a:b@c|/a%3Ab%40c",
            "/A-Z_a.z~0|/A-Z_a.z~0"})
    void encodesThePathAgain(String rawPath, String expected) {
        assertEquals(expected, CanonicalRequest.uri(rawPath));
    }

    @ParameterizedTest(name = "''{0}'' -> ''{1}''")
    @CsvSource(delimiter = '|', value = {
            "''|''",
            "b=2&a=1|a=1&b=2",
            "a=2&a=10&a=1|a=1&a=10&a=2",
            "k|k=",
            "k=|k=",
            "a=x+y|a=x%2By",
            "a=%7e%41|a=~A",
            "a=%2f|a=%2F",
            "a=%zz|a=%25zz",
            "a=\u2713|a=%E2%9C%93",
            "a-b=1&a%20b=2|a%20b=2&a-b=1",
            "a=1&&b=2|a=1&b=2"})
    void canonicalisesTheQuery(String rawQuery, String expected) {
        assertEquals(expected, CanonicalRequest.query(rawQuery));
    }

    @Test
    void trimsHeaderValuesAndJoinsRepeatsWithCommas() {
        Headers headers = Headers.builder()
                .add("X-A", "  a \t  b  ")
                .add("x-multi", "one")
                .add("X-Multi", "  two  ")
                .build();
        assertEquals("x-a:a b\nx-multi:one,two\n", CanonicalRequest.headers(headers, List.of("x-a", "x-multi")));
    }
}
