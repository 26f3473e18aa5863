package dev.tern.api.wire;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tern.model.app.CampaignHook;
import dev.tern.model.app.CampaignLimits;
import dev.tern.model.app.JourneyLimits;
import dev.tern.model.app.JourneyTimeframeCap;
import dev.tern.model.app.QuietTime;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * JSON as Pinpoint speaks it. The domain records that are also model shapes get the
 * {@link PinpointJson} style through a mix-in (the domain stays free of Jackson), and lossy
 * coercions ({@code 1.5} for an integer, trailing garbage) are off so a wrong type is a 400. Naming
 * and null inclusion are deliberately not set globally: see {@link PinpointJson}.
 */
@Singleton
public class JsonConfig implements ObjectMapperCustomizer {

  @PinpointJson
  private abstract static class PinpointStyle {}

  @Override
  public void customize(ObjectMapper mapper) {
    for (Class<?> shape : new Class<?>[] {
        CampaignHook.class, CampaignLimits.class, QuietTime.class, JourneyLimits.class, JourneyTimeframeCap.class,
        dev.tern.model.campaign.CampaignLimits.class, dev.tern.model.campaign.MessageHeader.class}) {
      mapper.addMixIn(shape, PinpointStyle.class);
    }
    mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }
}
