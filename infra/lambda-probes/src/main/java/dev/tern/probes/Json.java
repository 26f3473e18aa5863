package dev.tern.probes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Jackson in and out for the stream handlers: the probes see the raw event JSON Lambda delivers. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {}

    static JsonNode read(InputStream in) throws IOException {
        return MAPPER.readTree(in);
    }

    static void write(OutputStream out, Object value) throws IOException {
        MAPPER.writeValue(out, value);
    }
}
