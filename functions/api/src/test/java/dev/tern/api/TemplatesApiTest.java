package dev.tern.api;

import static dev.tern.api.ErrorShape.assertError;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The template operations through the mock Lambda event server. */
@QuarkusTest
class TemplatesApiTest {

  @Inject TestTemplates templates;

  @BeforeEach
  void reset() {
    templates.reset();
  }

  static ValidatableResponse send(String method, String path, String json) {
    var request = given().contentType(ContentType.JSON);
    if (json != null) {
      request.body(json);
    }
    return request.request(method, path).then();
  }

  @Test
  void emailTemplateLifecycleWithVersions() {
    send("POST", "/v1/templates/welcome/email", """
        {"Subject":"Hi {{User.UserAttributes.FirstName}}","HtmlPart":"<p>v1</p>","TextPart":"v1",
         "DefaultSubstitutions":"{\\"User.UserAttributes.FirstName\\":\\"there\\"}","TemplateDescription":"d",
         "tags":{"team":"growth"},"Headers":[{"Name":"X-Campaign","Value":"welcome"}]}""")
        .statusCode(201)
        .body("Arn", equalTo("arn:aws:mobiletargeting:us-east-1:000000000000:templates/welcome/EMAIL"))
        .body("Message", equalTo("Created"))
        .body("RequestID", matchesPattern("[0-9a-f-]{36}"));
    send("PUT", "/v1/templates/welcome/email?create-new-version=true", "{\"Subject\":\"Hi\",\"HtmlPart\":\"<p>v2</p>\"}")
        .statusCode(202).body("Message", equalTo("Accepted")).body("RequestID", matchesPattern("[0-9a-f-]{36}"));

    given().get("/v1/templates/welcome/email").then().statusCode(200)
        .body("TemplateName", equalTo("welcome"))
        .body("TemplateType", equalTo("EMAIL"))
        .body("Version", equalTo("1"))
        .body("HtmlPart", equalTo("<p>v1</p>"))
        .body("Headers[0].Name", equalTo("X-Campaign"))
        .body("tags", equalTo(Map.of("team", "growth")))
        .body("TemplateDescription", equalTo("d"))
        .body("CreationDate", equalTo("2026-11-26T10:00:00.123Z"));
    given().get("/v1/templates/welcome/email?version=2").then().statusCode(200)
        .body("HtmlPart", equalTo("<p>v2</p>")).body("tags", equalTo(Map.of("team", "growth")));
    given().get("/v1/templates/welcome/EMAIL/versions").then().statusCode(200)
        .body("Item.Version", contains("2", "1"))
        .body("Message", equalTo("Success"))
        .body("RequestID", matchesPattern("[0-9a-f-]{36}"));

    send("PUT", "/v1/templates/welcome/email/active-version", "{\"Version\":\"latest\"}")
        .statusCode(200).body("Message", equalTo("Success"));
    given().get("/v1/templates/welcome/email").then().body("Version", equalTo("2"));

    send("DELETE", "/v1/templates/welcome/email?version=1", null).statusCode(202);
    assertError(given().get("/v1/templates/welcome/email?version=1").then(), 404, "NotFoundException", "version 1");
    send("DELETE", "/v1/templates/welcome/email", null).statusCode(202);
    assertError(given().get("/v1/templates/welcome/email").then(), 404, "NotFoundException", "welcome");
  }

  @Test
  void smsAndVoiceTemplatesAndListing() {
    send("POST", "/v1/templates/otp/sms", "{\"Body\":\"Code {{Attributes.code}}\"}").statusCode(201)
        .body("Arn", equalTo("arn:aws:mobiletargeting:us-east-1:000000000000:templates/otp/SMS"));
    send("POST", "/v1/templates/otp/voice", "{\"Body\":\"Your code\",\"LanguageCode\":\"en-US\",\"VoiceId\":\"Joanna\"}")
        .statusCode(201);
    send("POST", "/v1/templates/news/sms", "{\"Body\":\"News\"}").statusCode(201);
    given().get("/v1/templates/otp/voice").then().statusCode(200)
        .body("VoiceId", equalTo("Joanna")).body("LanguageCode", equalTo("en-US")).body("TemplateType", equalTo("VOICE"));
    given().get("/v1/templates/otp/sms").then().statusCode(200).body("Body", equalTo("Code {{Attributes.code}}"));

    given().queryParam("prefix", "otp").get("/v1/templates").then().statusCode(200)
        .body("Item.TemplateType", contains("SMS", "VOICE"))
        .body("Item[0]", not(hasKey("Arn")));
    given().queryParam("template-type", "SMS").queryParam("page-size", "1").get("/v1/templates").then().statusCode(200)
        .body("Item.TemplateName", contains("news"))
        .body("NextToken", matchesPattern(".+"));
    given().queryParam("prefix", "zzz").get("/v1/templates").then().statusCode(200)
        .body("Item", empty()).body("$", not(hasKey("NextToken")));
  }

  @Test
  void clientMistakesAre4xx() {
    send("POST", "/v1/templates/welcome/sms", "{\"Body\":\"Hi\"}").statusCode(201);
    assertError(send("POST", "/v1/templates/welcome/sms", "{\"Body\":\"Hi\"}"), 400, "BadRequestException", "already exists");
    assertError(send("POST", "/v1/templates/-bad/sms", "{\"Body\":\"Hi\"}"), 400, "BadRequestException", "TemplateName");
    assertError(send("PUT", "/v1/templates/welcome/sms?version=9", "{\"Body\":\"x\"}"), 400, "BadRequestException", "latest version 1");
    assertError(send("PUT", "/v1/templates/welcome/sms?create-new-version=perhaps", "{\"Body\":\"x\"}"), 400,
        "BadRequestException", "create-new-version");
    assertError(send("PUT", "/v1/templates/missing/sms", "{\"Body\":\"x\"}"), 404, "NotFoundException", "missing");
    assertError(send("PUT", "/v1/templates/welcome/FAX/active-version", "{\"Version\":\"1\"}"), 400, "BadRequestException", "FAX");
    assertError(send("PUT", "/v1/templates/welcome/sms/active-version", "{}"), 400, "BadRequestException", "Version");
    assertError(given().get("/v1/templates?template-type=FAX").then(), 400, "BadRequestException", "template-type");
    assertError(given().get("/v1/templates?next-token=bogus").then(), 400, "BadRequestException", "next-token");
    for (String type : new String[] {"email", "sms", "voice", "push", "inapp"}) {
      assertError(send("POST", "/v1/templates/nulls/" + type, "{\"tags\":{\"k\":null}}"), 400, "BadRequestException",
          "tags: the value of 'k' must be a string");
      assertError(send("PUT", "/v1/templates/welcome/" + type, "{\"tags\":{\"k\":null}}"), 400, "BadRequestException",
          "tags");
    }
    assertError(send("POST", "/v1/templates/nulls/inapp", "{\"CustomConfig\":{\"k\":null}}"), 400, "BadRequestException",
        "CustomConfig");
    assertError(send("POST", "/v1/templates/big/sms", "{\"Body\":\"" + "x".repeat(1601) + "\"}"), 400, "BadRequestException", "Body");
    assertError(send("POST", "/v1/templates/defaults/sms", "{\"Body\":\"x\",\"DefaultSubstitutions\":\"nope\"}"), 400,
        "BadRequestException", "DefaultSubstitutions");
  }

  @Test
  void pushTemplateWithEveryPart() {
    send("POST", "/v1/templates/sale/push", """
        {"Default":{"Title":"Sale","Body":"Hi {{User.UserId}}","Action":"URL","Url":"https://x"},
         "APNS":{"Body":"apns","Sound":"default","MediaUrl":"https://m"},
         "GCM":{"Body":"gcm","SmallImageIconUrl":"https://s","Action":"OPEN_APP"},
         "ADM":{"Body":"adm"},"Baidu":{"Body":"baidu"},"RecommenderId":"r1"}""")
        .statusCode(201).body("Arn", equalTo("arn:aws:mobiletargeting:us-east-1:000000000000:templates/sale/PUSH"));
    given().get("/v1/templates/sale/push").then().statusCode(200)
        .body("TemplateType", equalTo("PUSH"))
        .body("Default.Title", equalTo("Sale"))
        .body("Default.Action", equalTo("URL"))
        .body("APNS.MediaUrl", equalTo("https://m"))
        .body("GCM.SmallImageIconUrl", equalTo("https://s"))
        .body("ADM.Body", equalTo("adm"))
        .body("Baidu.Body", equalTo("baidu"))
        .body("RecommenderId", equalTo("r1"))
        .body("Default", not(hasKey("Sound")));
    assertError(send("POST", "/v1/templates/bad/push", "{\"Default\":{\"Action\":\"JUMP\"}}"), 400,
        "BadRequestException", "Action");
  }

  @Test
  void inAppTemplateWithCardsAndButtons() {
    send("POST", "/v1/templates/banner/inapp", """
        {"Layout":"TOP_BANNER","CustomConfig":{"k":"v"},"TemplateDescription":"d","Content":[
          {"BackgroundColor":"#fff","BodyConfig":{"Alignment":"LEFT","Body":"Hello","TextColor":"#000"},
           "HeaderConfig":{"Alignment":"CENTER","Header":"Hi","TextColor":"#111"},
           "PrimaryBtn":{"DefaultConfig":{"ButtonAction":"LINK","Link":"https://x","Text":"Go","BorderRadius":4},
                         "IOS":{"ButtonAction":"DEEP_LINK","Link":"app://x"}}}]}""")
        .statusCode(201).body("Arn", equalTo("arn:aws:mobiletargeting:us-east-1:000000000000:templates/banner/INAPP"));
    given().get("/v1/templates/banner/inapp").then().statusCode(200)
        .body("TemplateType", equalTo("INAPP"))
        .body("Layout", equalTo("TOP_BANNER"))
        .body("CustomConfig.k", equalTo("v"))
        .body("Content[0].BodyConfig.Body", equalTo("Hello"))
        .body("Content[0].HeaderConfig.Header", equalTo("Hi"))
        .body("Content[0].PrimaryBtn.DefaultConfig.BorderRadius", equalTo(4))
        .body("Content[0].PrimaryBtn.IOS.ButtonAction", equalTo("DEEP_LINK"));
    assertError(send("POST", "/v1/templates/bad/inapp",
        "{\"Layout\":\"TOP_BANNER\",\"Content\":[{\"BodyConfig\":{\"Body\":\"x\"}}]}"), 400,
        "BadRequestException", "BodyConfig");
    assertError(send("POST", "/v1/templates/bad/inapp", "{\"Layout\":\"SIDEWAYS\"}"), 400, "BadRequestException", "Layout");
  }
}
