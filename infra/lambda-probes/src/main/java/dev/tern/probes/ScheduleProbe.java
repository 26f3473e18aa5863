package dev.tern.probes;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

/**
 * Schedule probe. Trigger: an EventBridge rule ({@code Schedule}) or EventBridge Scheduler
 * ({@code ScheduleV2}). Records the event it got ({@code schedule#<requestId>}) with its raw JSON.
 */
public class ScheduleProbe implements RequestStreamHandler {
    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        JsonNode event = Json.read(input);
        ProbeStore.put("schedule#" + context.getAwsRequestId(), Map.of(
                "function", context.getFunctionName(),
                "time", event.path("time").asText(),
                "raw", Json.MAPPER.writeValueAsString(event)));
        Json.write(output, Map.of());
    }
}
