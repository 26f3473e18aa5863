package dev.tern.api;

import static dev.tern.api.ErrorShape.assertError;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import dev.tern.model.channel.InMemoryChannelStore;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The channel operations through the mock Lambda event server. */
@QuarkusTest
class ChannelsApiTest {

  static final String IDENTITY = "arn:aws:ses:us-east-1:123456789012:identity/example.com";

  @Inject TestStore apps;
  @Inject InMemoryChannelStore channels;

  String app;

  @BeforeEach
  void reset() {
    apps.reset();
    channels.clear();
    app = AppsApiTest.createApp("Shop");
  }

  ValidatableResponse put(String channel, String json) {
    return given().contentType(ContentType.JSON).body(json).put("/v1/apps/" + app + "/channels/" + channel).then();
  }

  @Test
  void emailChannelLifecycle() {
    put("email", "{\"FromAddress\":\"news@example.com\",\"Identity\":\"" + IDENTITY + "\",\"ConfigurationSet\":\"cs\","
        + "\"RoleArn\":\"arn:aws:iam::123456789012:role/ses\"}")
        .statusCode(200)
        .body("Platform", equalTo("EMAIL"))
        .body("ApplicationId", equalTo(app))
        .body("FromAddress", equalTo("news@example.com"))
        .body("Identity", equalTo(IDENTITY))
        .body("ConfigurationSet", equalTo("cs"))
        .body("RoleArn", equalTo("arn:aws:iam::123456789012:role/ses"))
        .body("Enabled", equalTo(true))
        .body("HasCredential", equalTo(false))
        .body("IsArchived", equalTo(false))
        .body("Version", equalTo(1))
        .body("CreationDate", equalTo("2026-11-26T10:00:00.123Z"))
        .body("LastModifiedDate", equalTo("2026-11-26T10:00:00.123Z"));
    // EmailChannelRequest requires FromAddress and Identity in every request, Enabled alone is a 400.
    assertError(put("email", "{\"Enabled\":false}"), 400, "BadRequestException", "FromAddress: is required");
    put("email", "{\"Enabled\":false,\"FromAddress\":\"news@example.com\",\"Identity\":\"" + IDENTITY + "\"}")
        .statusCode(200)
        .body("Enabled", equalTo(false)).body("Version", equalTo(2)).body("FromAddress", equalTo("news@example.com"));
    given().get("/v1/apps/" + app + "/channels/email").then().statusCode(200).body("Version", equalTo(2));
    given().get("/v1/apps/" + app + "/channels").then().statusCode(200)
        .body("Channels", aMapWithSize(1))
        .body("Channels.EMAIL.Enabled", equalTo(false))
        .body("Channels.EMAIL", not(hasKey("FromAddress")));
    given().delete("/v1/apps/" + app + "/channels/email").then().statusCode(200).body("Platform", equalTo("EMAIL"));
    assertError(given().get("/v1/apps/" + app + "/channels/email").then(), 404, "NotFoundException", "EMAIL");
    given().get("/v1/apps/" + app + "/channels").then().statusCode(200).body("Channels", anEmptyMap());
  }

  @Test
  void credentialsAreNeverAnswered() {
    put("apns_sandbox", "{\"TokenKey\":\"secret-key\",\"TokenKeyId\":\"ABC\",\"TeamId\":\"T\",\"BundleId\":\"com.x\","
        + "\"DefaultAuthenticationMethod\":\"TOKEN\"}")
        .statusCode(200)
        .body("Platform", equalTo("APNS_SANDBOX"))
        .body("HasCredential", equalTo(true))
        .body("HasTokenKey", equalTo(true))
        .body("DefaultAuthenticationMethod", equalTo("TOKEN"))
        .body("$", not(hasKey("TokenKey")))
        .body("$", not(hasKey("BundleId")));
    put("gcm", "{\"ApiKey\":\"server-key\"}").statusCode(200)
        .body("Platform", equalTo("GCM")).body("HasFcmServiceCredentials", equalTo(false)).body("$", not(hasKey("ApiKey")));
    put("baidu", "{\"ApiKey\":\"a\",\"SecretKey\":\"s\"}").statusCode(200).body("$", not(hasKey("SecretKey")));
    put("adm", "{\"ClientId\":\"a\",\"ClientSecret\":\"s\"}").statusCode(200).body("$", not(hasKey("ClientSecret")));
    put("sms", "{\"SenderId\":\"Shop\"}").statusCode(200).body("SenderId", equalTo("Shop"));
    put("voice", "{}").statusCode(200).body("Platform", equalTo("VOICE"));
    given().get("/v1/apps/" + app + "/channels").then().statusCode(200).body("Channels", aMapWithSize(6));
  }

  @Test
  void clientMistakesAre4xxAndWriteNothing() {
    assertError(put("email", "{\"FromAddress\":\"news@example.com\"}"), 400, "BadRequestException", "Identity: is required");
    assertError(put("email", "{\"FromAddress\":7,\"Identity\":\"" + IDENTITY + "\",\"Enabled\":\"yes\"}"), 400,
        "BadRequestException", "FromAddress: expected a string");
    assertError(put("email", ""), 400, "BadRequestException", "FromAddress: is required");
    assertError(put("email", "[1]"), 400, "BadRequestException", "");
    assertError(put("apns", "{\"Certificate\":\"c\"}"), 400, "BadRequestException", "PrivateKey");
    assertError(given().get("/v1/apps/0123456789abcdef0123456789abcdef/channels/sms").then(), 404, "NotFoundException",
        "Application");
    assertError(given().delete("/v1/apps/" + app + "/channels/voice").then(), 404, "NotFoundException", "VOICE");
    given().get("/v1/apps/" + app + "/channels").then().body("Channels", anEmptyMap());
  }
}
