package dev.tern.probes;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * DynamoDB stream probe. Trigger: a stream event source mapping with {@code ReportBatchItemFailures}.
 * Records each sequence number it handled, with a per-instance ordinal {@code n} so tests can check
 * order. An item whose NewImage has {@code failTimes = N} fails N times: with {@code failMode = throw}
 * the invocation throws (whole batch retried), otherwise the record is reported as the first
 * {@code batchItemFailures} entry and the rest of the batch is left unprocessed — in a stream, later
 * records must not overtake an earlier failed one.
 */
public class StreamProbe implements RequestStreamHandler {
    private static final Map<String, Integer> FAILED = new ConcurrentHashMap<>();
    private static final AtomicLong ORDINAL = new AtomicLong();

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        JsonNode records = Json.read(input).path("Records");
        for (JsonNode record : records) {
            JsonNode ddb = record.path("dynamodb");
            String seq = ddb.path("SequenceNumber").asText();
            String key = ddb.path("Keys").path("Id").path("S").asText();
            JsonNode image = ddb.path("NewImage");
            int failTimes = image.path("failTimes").path("N").asInt(0);
            int failedSoFar = FAILED.getOrDefault(seq, 0);
            if (failedSoFar < failTimes) {
                FAILED.put(seq, failedSoFar + 1);
                if ("throw".equals(image.path("failMode").path("S").asText())) {
                    throw new IllegalStateException("probe asked to throw on " + key);
                }
                Json.write(output, Map.of("batchItemFailures", List.of(Map.of("itemIdentifier", seq))));
                return;
            }
            ProbeStore.put("stream#" + seq, Map.of(
                    "key", key,
                    "eventName", record.path("eventName").asText(),
                    "n", Long.toString(ORDINAL.incrementAndGet()),
                    "batchSize", Integer.toString(records.size()),
                    "raw", Json.MAPPER.writeValueAsString(record)));
        }
        Json.write(output, Map.of("batchItemFailures", List.of()));
    }
}
