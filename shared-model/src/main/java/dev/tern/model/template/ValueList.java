package dev.tern.model.template;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A multi-valued attribute in the render context.
 *
 * <p>Why not a plain {@code List}: Pinpoint custom attributes "are stored as a list, regardless of
 * whether there's a single item or multiple items" (user guide, message-template-helpers.md, "Using
 * variables with message template helpers"), and its templates are Handlebars.js, where an array in
 * {@code {{…}}} prints as its values joined by commas — the same guide writes a list as
 * "blue,red,green". So {@code {{User.UserAttributes.FirstName}}} prints {@code Jane} for {@code
 * ["Jane"]} and {@code red,blue} for {@code ["red","blue"]}, while {@code .[0]} still indexes. A Java
 * {@code List} would print {@code [Jane]}.
 */
final class ValueList extends AbstractList<Object> {

  private final List<Object> values;

  ValueList(List<?> values) {
    this.values = new ArrayList<>(values);
  }

  static ValueList of(Object value) {
    return new ValueList(List.of(value));
  }

  @Override
  public Object get(int index) {
    return values.get(index);
  }

  @Override
  public int size() {
    return values.size();
  }

  /** Sets or appends at {@code index}, padding with nulls (used to place indexed defaults). */
  void put(int index, Object value) {
    while (values.size() <= index) {
      values.add(null);
    }
    values.set(index, value);
  }

  @Override
  public String toString() {
    return values.stream().map(Display::text).collect(Collectors.joining(","));
  }
}
