package dev.tern.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What no SDK would send (broken JSON, unknown routes, wrong methods) still gets Pinpoint's error
 * shape: the status, x-amzn-ErrorType, x-amzn-RequestId and {"Message", "RequestID"} with the same id.
 */
class ApiWireIT {
    private static final Pattern REQUEST_ID = Pattern.compile("\"RequestID\"\\s*:\\s*\"([^\"]+)\"");

    /** Signed like an SDK's request (auth is on), with a body no SDK would send. */
    private static HttpResponse<String> send(String method, String path, String body) {
        return SignedHttp.asAdmin(method, path, body);
    }

    private static void assertPinpointError(HttpResponse<String> response, int status, String type) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(type, response.headers().firstValue("x-amzn-ErrorType").orElse(null));
        String requestId = response.headers().firstValue("x-amzn-RequestId").orElse("");
        assertTrue(response.body().contains("\"Message\""), response.body());
        Matcher m = REQUEST_ID.matcher(response.body());
        assertTrue(m.find(), response.body());
        assertEquals(requestId, m.group(1));
    }

    @Test
    void malformedJsonIsABadRequest() throws Exception {
        assertPinpointError(send("POST", "/v1/apps", "{\"Name\": "), 400, "BadRequestException");
    }

    @Test
    void wrongTypeIsABadRequest() throws Exception {
        assertPinpointError(send("POST", "/v1/apps", "{\"Name\": {\"nested\": true}}"), 400, "BadRequestException");
    }

    @Test
    void missingNameIsABadRequest() throws Exception {
        assertPinpointError(send("POST", "/v1/apps", "{}"), 400, "BadRequestException");
    }

    @Test
    void unknownRouteIsNotFound() throws Exception {
        assertPinpointError(send("GET", "/v1/no-such-resource", null), 404, "NotFoundException");
    }

    @Test
    void wrongMethodIsNotAllowed() throws Exception {
        assertPinpointError(send("PATCH", "/v1/apps", "{}"), 405, "MethodNotAllowedException");
    }

    @Test
    void invalidPageSizeIsABadRequest() throws Exception {
        assertPinpointError(send("GET", "/v1/apps?page-size=abc", null), 400, "BadRequestException");
    }

    @Test
    void forgedPageTokenIsABadRequest() throws Exception {
        assertPinpointError(send("GET", "/v1/apps?token=not-a-token", null), 400, "BadRequestException");
    }
}
