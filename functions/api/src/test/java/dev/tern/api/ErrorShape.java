package dev.tern.api;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.ValidatableResponse;

/** Asserts Pinpoint's error shape: status, x-amzn-ErrorType, x-amzn-RequestId = body RequestID. */
final class ErrorShape {

  private ErrorShape() {}

  static void assertError(ValidatableResponse r, int status, String type, String messageContains) {
    r.statusCode(status)
        .contentType(startsWith("application/json"))
        .header("x-amzn-ErrorType", type)
        .header("x-amzn-RequestId", matchesPattern("[0-9a-f-]{36}"));
    var response = r.extract();
    assertThat(response.path("RequestID"), equalTo(response.header("x-amzn-RequestId")));
    assertThat(response.path("Message"), containsString(messageContains));
    assertThat("only the modelled members", response.jsonPath().getMap("").keySet(),
        equalTo(java.util.Set.of("Message", "RequestID")));
  }
}
