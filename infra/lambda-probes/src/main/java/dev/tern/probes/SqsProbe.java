package dev.tern.probes;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * SQS probe. Trigger: an SQS event source mapping with {@code ReportBatchItemFailures}. Input: the SQS
 * event. Records every body it handled ({@code sqs#<messageId>#<receiveCount>}). A body containing
 * {@code crash} makes the whole invocation throw (Lambda deletes nothing); a body containing
 * {@code fail} is returned in {@code batchItemFailures} (only it comes back). Output: the
 * SQSBatchResponse JSON.
 */
public class SqsProbe implements RequestStreamHandler {
    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        JsonNode records = Json.read(input).path("Records");
        List<Map<String, String>> failures = new ArrayList<>();
        for (JsonNode record : records) {
            String body = record.path("body").asText();
            String messageId = record.path("messageId").asText();
            String receiveCount = record.path("attributes").path("ApproximateReceiveCount").asText();
            ProbeStore.put("sqs#" + messageId + "#" + receiveCount, Map.of(
                    "body", body,
                    "batchSize", Integer.toString(records.size()),
                    "requestId", context.getAwsRequestId(),
                    "raw", Json.MAPPER.writeValueAsString(record)));
            if (body.contains("crash")) {
                throw new IllegalStateException("probe asked to crash on " + messageId);
            }
            if (body.contains("fail")) {
                failures.add(Map.of("itemIdentifier", messageId));
            }
        }
        Json.write(output, Map.of("batchItemFailures", failures));
    }
}
