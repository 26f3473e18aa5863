package dev.tern.model.campaign;

/** {@code MessageHeader {Name, Value}}: an extra email header (≤15 per message, model doc). */
public record MessageHeader(String name, String value) {
}
