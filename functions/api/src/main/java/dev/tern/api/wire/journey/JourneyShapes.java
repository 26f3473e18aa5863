package dev.tern.api.wire.journey;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.tern.model.journey.Activity;
import dev.tern.model.journey.Condition;
import dev.tern.model.journey.JourneyChannelSettings;
import dev.tern.model.journey.JourneyLimits;
import dev.tern.model.journey.JourneySchedule;
import dev.tern.model.journey.OpaqueDimensions;
import dev.tern.model.journey.SendingSchedule;
import dev.tern.model.journey.StartCondition;
import dev.tern.model.journey.WaitTime;
import dev.tern.wire.JsonConfig;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * The journey domain records used directly as model shapes (their components are the model's members),
 * in Pinpoint's JSON style; and {@link OpaqueDimensions}, read as any JSON object and written back verbatim.
 */
@Singleton
public class JourneyShapes implements ObjectMapperCustomizer {

  @Override
  public void customize(ObjectMapper mapper) {
    configure(mapper);
  }

  /** Applies the journey shapes to {@code mapper} (also used by tests with a plain mapper). */
  public static ObjectMapper configure(ObjectMapper mapper) {
    JsonConfig.pinpointStyle(mapper,
        JourneyLimits.class, JourneySchedule.class, JourneyChannelSettings.class, WaitTime.class,
        Activity.SmsConfig.class, Activity.RandomSplitEntry.class, StartCondition.class,
        StartCondition.EventStartCondition.class, StartCondition.EventFilter.class, Condition.EventCondition.class,
        Condition.SegmentCondition.class, SendingSchedule.OpenHoursRule.class, SendingSchedule.ClosedDaysRule.class);
    SimpleModule dimensions = new SimpleModule("tern-journey-dimensions");
    dimensions.addSerializer(OpaqueDimensions.class, new JsonSerializer<>() {
      @Override
      public void serialize(OpaqueDimensions value, JsonGenerator gen, SerializerProvider serializers)
          throws IOException {
        gen.writeRawValue(value.json());
      }
    });
    dimensions.addDeserializer(OpaqueDimensions.class, new JsonDeserializer<>() {
      @Override
      public OpaqueDimensions deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonNode node = ctxt.readTree(p);
        if (node == null || !node.isObject()) {
          throw MismatchedInputException.from(p, OpaqueDimensions.class, "dimensions must be a JSON object");
        }
        return new OpaqueDimensions(node.toString());
      }
    });
    mapper.registerModule(dimensions);
    return mapper;
  }
}
