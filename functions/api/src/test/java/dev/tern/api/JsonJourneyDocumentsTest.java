package dev.tern.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tern.api.wire.ApiShapes;
import dev.tern.api.wire.journey.JourneyShapes;
import dev.tern.api.wire.journey.JsonJourneyDocuments;
import dev.tern.api.wire.journey.WriteJourneyRequest;
import dev.tern.model.journey.JourneyDefinition;
import dev.tern.wire.JsonConfig;
import org.junit.jupiter.api.Test;

/** The stored form of a journey is Pinpoint's WriteJourneyRequest JSON and reads back to the same definition. */
class JsonJourneyDocumentsTest {

  static ObjectMapper mapper() {
    ObjectMapper mapper = new ObjectMapper();
    new JsonConfig().customize(mapper);
    new ApiShapes().customize(mapper);
    return JourneyShapes.configure(mapper);
  }

  @Test
  void aStoredDefinitionIsTheRequestJsonAndReadsBackEqual() throws Exception {
    ObjectMapper mapper = mapper();
    String request = JourneysApiTest.fullJourney();
    JourneyDefinition definition = mapper.readValue(request, WriteJourneyRequest.class).toDefinition();
    JsonJourneyDocuments documents = new JsonJourneyDocuments(mapper);

    String document = documents.write(definition);

    assertEquals(mapper.readTree(request), mapper.readTree(document));
    assertEquals(definition, documents.read(document));
  }
}
