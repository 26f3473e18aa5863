package dev.tern.model.template;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A template's {@code DefaultSubstitutions}: variable path → default value.
 *
 * <p>On the wire it is "a JSON object that specifies the default values to use for message variables
 * … Each key defines a message variable in the template" (model doc of {@code
 * EmailTemplateRequest.DefaultSubstitutions}), serialized into a string. Keys are read as the
 * variable written inside the braces, e.g. {@code {"User.UserAttributes.FirstName":"there"}}
 * (pinpoint-api.md §4.7, inference on the key form). Why a hand-written reader: shared-model takes
 * no JSON library, and the accepted grammar is deliberately tiny — one flat object of string values.
 */
public record DefaultSubstitutions(Map<String, String> values) {

  /** No defaults. */
  public static final DefaultSubstitutions NONE = new DefaultSubstitutions(Map.of());

  /** Outcome of {@link #parse}: the defaults, or why the text is not a flat object of strings. */
  public sealed interface Parsed {}

  /** The text was a JSON object of string values. */
  public record Ok(DefaultSubstitutions value) implements Parsed {}

  /** The text was not; {@code reason} says where and why. */
  public record Invalid(String reason) implements Parsed {}

  /** Keeps an immutable, insertion-ordered copy. */
  public DefaultSubstitutions {
    values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** Parses the wire string; null means no defaults, anything but a flat object of strings is Invalid. */
  public static Parsed parse(String json) {
    if (json == null) {
      return new Ok(NONE);
    }
    try {
      return new Ok(new DefaultSubstitutions(new FlatJsonReader(json).readObject()));
    } catch (FlatJsonReader.Malformed malformed) {
      return new Invalid(malformed.getMessage());
    }
  }

  /** Parses text already known to be valid (validated on write); invalid text yields no defaults. */
  public static DefaultSubstitutions parseOrNone(String json) {
    return parse(json) instanceof Ok ok ? ok.value() : NONE;
  }
}
