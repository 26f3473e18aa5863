package dev.tern.probes;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Baseline of the start-up benchmark: a plain handler (no framework) that builds the same AWS SDK v2
 * client the Tern functions build, in its static init as Lambda's guidance recommends, and answers
 * {@code {}}. Its Init Duration is what a Java 17 function costs before any framework.
 */
public class PlainBaselineHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    private static final DynamoDbClient DYNAMO =
            DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create()).build();

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        return Map.of();
    }

    /** The client, so the JIT cannot drop its construction. */
    static DynamoDbClient client() {
        return DYNAMO;
    }
}
