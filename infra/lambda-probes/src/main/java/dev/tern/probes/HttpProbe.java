package dev.tern.probes;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * HTTP probe. Trigger: API Gateway HTTP API, payload 2.0. Echoes the event it got as the JSON body
 * ({@code {"event": ...}}). Query parameters steer the answer: {@code status} (status code),
 * {@code sleepMs} (stall, to hit the function timeout), {@code throw} (function error), {@code exit}
 * (the JVM dies), {@code b64} (a binary body of bytes 0..255, base64-encoded), {@code cookies}
 * (two Set-Cookie values), {@code bare} (a JSON object without statusCode, which API Gateway wraps).
 */
public class HttpProbe implements RequestStreamHandler {
    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        JsonNode event = Json.read(input);
        JsonNode query = event.path("queryStringParameters");
        if (query.has("sleepMs")) {
            try {
                Thread.sleep(query.path("sleepMs").asLong());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (query.has("throw")) {
            throw new IllegalStateException("probe asked to throw");
        }
        if (query.has("exit")) {
            System.exit(3);
        }
        if (query.has("bare")) {
            Json.write(output, Map.of("bare", true, "path", event.path("rawPath").asText()));
            return;
        }
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("statusCode", query.path("status").asInt(200));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("x-probe", "http");
        if (query.has("b64")) {
            byte[] bytes = new byte[256];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) i;
            }
            headers.put("content-type", "application/octet-stream");
            response.put("body", Base64.getEncoder().encodeToString(bytes));
            response.put("isBase64Encoded", true);
        } else {
            headers.put("content-type", "application/json");
            response.put("body", Json.MAPPER.writeValueAsString(Map.of(
                    "event", event, "functionName", context.getFunctionName(),
                    "remainingMs", context.getRemainingTimeInMillis())));
            response.put("isBase64Encoded", false);
        }
        if (query.has("cookies")) {
            response.put("cookies", List.of("a=1; Path=/", "b=2; Path=/"));
        }
        response.put("headers", headers);
        Json.write(output, response);
    }
}
