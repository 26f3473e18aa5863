package dev.tern.api.wire;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tern.model.app.CampaignHook;
import dev.tern.model.app.CampaignLimits;
import dev.tern.model.app.JourneyLimits;
import dev.tern.model.app.JourneyTimeframeCap;
import dev.tern.model.app.QuietTime;
import dev.tern.model.template.InAppTemplate;
import dev.tern.model.template.PushTemplate;
import dev.tern.wire.JsonConfig;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/** The domain records the api function uses directly as model shapes, in Pinpoint's JSON style. */
@Singleton
public class ApiShapes implements ObjectMapperCustomizer {

  @Override
  public void customize(ObjectMapper mapper) {
    JsonConfig.pinpointStyle(mapper,
        CampaignHook.class, CampaignLimits.class, QuietTime.class, JourneyLimits.class, JourneyTimeframeCap.class,
        PushTemplate.DefaultPart.class, PushTemplate.ApnsPart.class, PushTemplate.AndroidPart.class,
        InAppTemplate.DefaultButton.class, InAppTemplate.OverrideButton.class,
        dev.tern.model.campaign.CampaignLimits.class, dev.tern.model.campaign.MessageHeader.class);
  }
}
