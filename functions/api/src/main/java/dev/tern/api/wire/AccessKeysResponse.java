package dev.tern.api.wire;

import dev.tern.wire.PinpointJson;
import java.util.List;

/** Body of the admin API's key listing: every key, active and revoked, oldest first, no secrets. */
@PinpointJson
public record AccessKeysResponse(List<AccessKeyResponse> item) {}
