package dev.tern.model.template;

import java.util.ArrayList;
import java.util.List;

/**
 * A message-variable path as written between braces, e.g. {@code User.UserAttributes.[Last Name].[0]}:
 * names separated by dots, {@code [..]} quoting a name with spaces, and {@code [n]} indexing a list
 * (user guide, message-template-helpers.md, "Using variables with message template helpers").
 */
record VariablePath(List<Object> segments) {

  /** Parses a path; segments are {@code String} names or {@code Integer} indexes. Null if empty. */
  static VariablePath parse(String text) {
    List<Object> segments = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      String segment;
      boolean bracketed = text.charAt(i) == '[';
      if (bracketed) {
        int close = text.indexOf(']', i);
        if (close < 0) {
          return null;
        }
        segment = text.substring(i + 1, close);
        i = close + 1;
      } else {
        int dot = text.indexOf('.', i);
        int end = dot < 0 ? text.length() : dot;
        segment = text.substring(i, end);
        i = end;
      }
      if (segment.isEmpty()) {
        return null;
      }
      segments.add(bracketed && segment.chars().allMatch(Character::isDigit) && segment.length() < 9
          ? (Object) Integer.valueOf(segment) : segment);
      if (i < text.length()) {
        if (text.charAt(i) != '.') {
          return null;
        }
        i++;
      }
    }
    return segments.isEmpty() ? null : new VariablePath(List.copyOf(segments));
  }

  /** True for {@code Attributes.x} and {@code User.UserAttributes.x}: list-valued in the model. */
  boolean isListAttribute() {
    return (segments.size() == 2 && "Attributes".equals(segments.get(0)))
        || (segments.size() == 3 && "User".equals(segments.get(0))
            && "UserAttributes".equals(segments.get(1)));
  }

  /** True when the last segment is a list index. */
  boolean endsWithIndex() {
    return segments.get(segments.size() - 1) instanceof Integer;
  }
}
