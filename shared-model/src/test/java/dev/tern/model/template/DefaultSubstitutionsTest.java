package dev.tern.model.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** DefaultSubstitutions is a JSON object of string values, serialized into a string. */
class DefaultSubstitutionsTest {

  static Stream<Arguments> valid() {
    return Stream.of(
        Arguments.of("empty object", "{}", Map.of()),
        Arguments.of("one pair", "{\"User.UserAttributes.FirstName\":\"there\"}",
            Map.of("User.UserAttributes.FirstName", "there")),
        Arguments.of("whitespace everywhere", " {\n \"a\" : \"1\" ,\t\"b\":\"2\" } ",
            Map.of("a", "1", "b", "2")),
        Arguments.of("escapes", "{\"q\":\"say \\\"hi\\\"\\n\\u00e9\\\\\"}",
            Map.of("q", "say \"hi\"\n\u00e9\\")),
        Arguments.of("empty string value", "{\"a\":\"\"}", Map.of("a", "")),
        Arguments.of("duplicate key, last wins", "{\"a\":\"1\",\"a\":\"2\"}", Map.of("a", "2")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void parsesFlatObjectsOfStrings(String name, String json, Map<String, String> expected) {
    DefaultSubstitutions.Parsed parsed = DefaultSubstitutions.parse(json);

    assertEquals(expected, assertInstanceOf(DefaultSubstitutions.Ok.class, parsed).value().values());
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        Arguments.of("blank", "", "expected a JSON object"),
        Arguments.of("array", "[\"a\"]", "expected a JSON object"),
        Arguments.of("number value", "{\"a\":1}", "\"a\" must be a string"),
        Arguments.of("nested object", "{\"a\":{\"b\":\"c\"}}", "\"a\" must be a string"),
        Arguments.of("null value", "{\"a\":null}", "\"a\" must be a string"),
        Arguments.of("unquoted key", "{a:\"b\"}", "key string"),
        Arguments.of("trailing comma", "{\"a\":\"b\",}", "key string"),
        Arguments.of("missing close", "{\"a\":\"b\"", "',' or '}'"),
        Arguments.of("text after", "{} x", "after the object"),
        Arguments.of("unterminated string", "{\"a\":\"b}", "unterminated"),
        Arguments.of("bad escape", "{\"a\":\"\\x\"}", "bad escape"),
        Arguments.of("raw newline in string", "{\"a\":\"b\nc\"}", "control character"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid")
  void rejectsAnythingElse(String name, String json, String reasonContains) {
    DefaultSubstitutions.Parsed parsed = DefaultSubstitutions.parse(json);

    String reason = assertInstanceOf(DefaultSubstitutions.Invalid.class, parsed).reason();
    assertTrue(reason.contains(reasonContains), reason);
  }

  @Test
  void nullMeansNoDefaults() {
    assertEquals(new DefaultSubstitutions.Ok(DefaultSubstitutions.NONE),
        DefaultSubstitutions.parse(null));
  }
}
