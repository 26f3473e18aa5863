package dev.tern.api.wire.journey;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tern.aws.JourneyDocuments;
import dev.tern.model.journey.JourneyDefinition;
import java.io.UncheckedIOException;

/**
 * Stored journey definitions as Pinpoint's own WriteJourneyRequest JSON: the format every client already
 * knows, versioned by the API itself, and read back through the same mapping as a request.
 */
public final class JsonJourneyDocuments implements JourneyDocuments {

  private final ObjectMapper mapper;

  /** Documents written and read with {@code mapper}, which must carry {@link JourneyShapes}. */
  public JsonJourneyDocuments(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public String write(JourneyDefinition definition) {
    try {
      return mapper.writeValueAsString(WriteJourneyRequest.of(definition));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public JourneyDefinition read(String document) {
    try {
      return mapper.readValue(document, WriteJourneyRequest.class).toDefinition();
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("stored journey document is unreadable", e);
    }
  }
}
