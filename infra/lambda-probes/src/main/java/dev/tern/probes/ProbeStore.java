package dev.tern.probes;

import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * Where the probes write what they saw: one item per observation in the DynamoDB table named by
 * {@code PROBE_TABLE}, keyed by {@code Id}. The client is built with no endpoint: under the local
 * cloud {@code AWS_ENDPOINT_URL} points the SDK at the emulator, as it would at AWS when unset.
 */
final class ProbeStore {
    private static final DynamoDbClient DYNAMO =
            DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create()).build();

    private ProbeStore() {}

    /** Writes one observation: {@code id} plus string attributes. */
    static void put(String id, Map<String, String> attributes) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("Id", AttributeValue.fromS(id));
        attributes.forEach((k, v) -> item.put(k, AttributeValue.fromS(v == null ? "" : v)));
        DYNAMO.putItem(PutItemRequest.builder().tableName(System.getenv("PROBE_TABLE")).item(item).build());
    }
}
