package dev.tern.wire;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * JSON as Pinpoint speaks it, for every HTTP function: lossy coercions ({@code 1.5} for an integer,
 * trailing garbage) are off so a wrong type is a 400. Naming and null inclusion are deliberately not
 * set globally: see {@link PinpointJson}. Domain records that are also model shapes get the style
 * through {@link #pinpointStyle} from the function's own customizer (the domain stays free of Jackson).
 */
@Singleton
public class JsonConfig implements ObjectMapperCustomizer {

  @PinpointJson
  private abstract static class PinpointStyle {}

  @Override
  public void customize(ObjectMapper mapper) {
    mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  /** Gives {@code shapes} (domain records used as wire shapes) the {@link PinpointJson} style. */
  public static void pinpointStyle(ObjectMapper mapper, Class<?>... shapes) {
    for (Class<?> shape : shapes) {
      mapper.addMixIn(shape, PinpointStyle.class);
    }
  }
}
