package dev.tern.model.template;

import java.util.LinkedHashMap;
import java.util.Map;

/** Reads exactly one JSON object whose values are all strings (RFC 8259 string syntax). */
final class FlatJsonReader {

  /** The text is not a flat object of strings; the message names the offset. */
  static final class Malformed extends Exception {
    Malformed(String message) {
      super(message);
    }
  }

  private final String text;
  private int pos;

  FlatJsonReader(String text) {
    this.text = text;
  }

  Map<String, String> readObject() throws Malformed {
    Map<String, String> result = new LinkedHashMap<>();
    skipSpace();
    expect('{', "a JSON object");
    skipSpace();
    if (peek() == '}') {
      pos++;
    } else {
      while (true) {
        skipSpace();
        String key = readString("a key string");
        skipSpace();
        expect(':', "':'");
        skipSpace();
        if (peek() != '"') {
          throw new Malformed("the value of \"" + key + "\" must be a string");
        }
        result.put(key, readString("a string value"));
        skipSpace();
        if (peek() == ',') {
          pos++;
        } else {
          expect('}', "',' or '}'");
          break;
        }
      }
    }
    skipSpace();
    if (pos != text.length()) {
      throw new Malformed("unexpected text after the object at offset " + pos);
    }
    return result;
  }

  private String readString(String what) throws Malformed {
    expect('"', what);
    StringBuilder out = new StringBuilder();
    while (pos < text.length()) {
      char c = text.charAt(pos++);
      if (c == '"') {
        return out.toString();
      }
      if (c < 0x20) {
        throw new Malformed("control character in a string at offset " + (pos - 1));
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (pos >= text.length()) {
        break;
      }
      char e = text.charAt(pos++);
      switch (e) {
        case '"', '\\', '/' -> out.append(e);
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> out.append(readHex4());
        default -> throw new Malformed("bad escape \\" + e + " at offset " + (pos - 2));
      }
    }
    throw new Malformed("unterminated string");
  }

  private char readHex4() throws Malformed {
    if (pos + 4 > text.length()) {
      throw new Malformed("short \\u escape at offset " + pos);
    }
    try {
      char c = (char) Integer.parseInt(text.substring(pos, pos + 4), 16);
      pos += 4;
      return c;
    } catch (NumberFormatException bad) {
      throw new Malformed("bad \\u escape at offset " + pos);
    }
  }

  private void expect(char c, String what) throws Malformed {
    if (peek() != c) {
      throw new Malformed("expected " + what + " at offset " + pos);
    }
    pos++;
  }

  private char peek() {
    return pos < text.length() ? text.charAt(pos) : '\0';
  }

  private void skipSpace() {
    while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
      pos++;
    }
  }
}
