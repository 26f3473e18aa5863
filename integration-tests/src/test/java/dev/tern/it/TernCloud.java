package dev.tern.it;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * A look behind the API of the local cloud, for effects no Pinpoint operation shows (an endpoint's
 * LastActivity, written asynchronously by event-recorder): reads the cloud's ready.json (-Dtern.ready,
 * set by infra/bin/test) for the emulator URL and table names.
 */
final class TernCloud {
    private final DynamoDbClient dynamo;
    private final String endpointsTable;

    private TernCloud(DynamoDbClient dynamo, String endpointsTable) {
        this.dynamo = dynamo;
        this.endpointsTable = endpointsTable;
    }

    /** The local cloud described by -Dtern.ready, or null when the suite runs elsewhere. */
    static TernCloud local() throws IOException {
        String ready = System.getProperty("tern.ready");
        if (ready == null || ready.isBlank()) {
            return null;
        }
        String json = Files.readString(Path.of(ready));
        DynamoDbClient dynamo = DynamoDbClient.builder()
                .endpointOverride(URI.create(field(json, "emulator_url")))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
        return new TernCloud(dynamo, field(json, "EndpointsTable"));
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException(name + " not in ready.json");
        }
        return m.group(1);
    }

    /** The LastActivity of the user's endpoint (through the table's UserIndex), or null while there is none. */
    String lastActivityOfUser(String app, String userId) {
        QueryResponse r = dynamo.query(b -> b.tableName(endpointsTable).indexName("UserIndex")
                .keyConditionExpression("UserKey = :u")
                .expressionAttributeValues(Map.of(":u", AttributeValue.fromS(app + "#" + userId))));
        return r.items().stream().filter(i -> i.containsKey("LastActivity")).map(i -> i.get("LastActivity").s())
                .findFirst().orElse(null);
    }
}
