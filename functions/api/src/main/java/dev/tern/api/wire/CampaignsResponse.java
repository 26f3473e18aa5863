package dev.tern.api.wire;

import java.util.List;

/** Body of GetCampaigns and GetCampaignVersions (model shape {@code CampaignsResponse}). */
@PinpointJson
public record CampaignsResponse(List<CampaignResponse> item, String nextToken) {}
