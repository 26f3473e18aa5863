package dev.tern.api.wire;

import java.util.List;
import dev.tern.wire.PinpointJson;

/** Body of GetCampaigns and GetCampaignVersions (model shape {@code CampaignsResponse}). */
@PinpointJson
public record CampaignsResponse(List<CampaignResponse> item, String nextToken) {}
