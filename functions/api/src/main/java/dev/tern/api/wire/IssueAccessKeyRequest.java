package dev.tern.api.wire;

import dev.tern.model.auth.AppScope;
import dev.tern.model.auth.Role;
import dev.tern.model.common.BadRequestException;
import dev.tern.wire.PinpointJson;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Body of Tern's own {@code POST /tern/v1/access-keys} (not a Pinpoint operation), in Pinpoint's style:
 * {@code {"Role":"READ_ONLY","ApplicationIds":["…"],"Description":"dashboards"}}. No ApplicationIds
 * means every application, present and future.
 */
@PinpointJson
public record IssueAccessKeyRequest(String role, List<String> applicationIds, String description) {

  /** Longest accepted description. */
  public static final int MAX_DESCRIPTION = 256;

  /** The role, refusing a missing or unknown one with a 400 that lists the choices. */
  public Role toRole() {
    if (role == null || Arrays.stream(Role.values()).noneMatch(r -> r.name().equals(role))) {
      throw new BadRequestException("Role must be one of " + Arrays.toString(Role.values()) + ", got " + role);
    }
    return Role.valueOf(role);
  }

  /** The app scope: all apps when ApplicationIds is absent; an empty or blank id is a 400. */
  public AppScope toScope() {
    if (applicationIds == null) {
      return AppScope.allApps();
    }
    if (applicationIds.isEmpty() || applicationIds.stream().anyMatch(id -> id == null || id.isBlank())) {
      throw new BadRequestException("ApplicationIds must be omitted (all applications) or list non-blank application ids");
    }
    return AppScope.apps(new LinkedHashSet<>(applicationIds));
  }

  /** The description, at most {@value #MAX_DESCRIPTION} characters. */
  public String checkedDescription() {
    if (description != null && description.length() > MAX_DESCRIPTION) {
      throw new BadRequestException("Description must be at most " + MAX_DESCRIPTION + " characters");
    }
    return description;
  }
}
