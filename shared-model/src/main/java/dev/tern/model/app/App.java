package dev.tern.model.app;

import java.time.Instant;
import java.util.Map;

/**
 * A Pinpoint application (a "project" in the console): the unit that owns endpoints, segments,
 * campaigns and journeys.
 *
 * @param id 32-char lower-case hex id
 * @param arn {@code arn:aws:mobiletargeting:{region}:{account}:apps/{id}}
 * @param name display name
 * @param tags resource tags, never null
 * @param creationDate when the app was created
 */
public record App(String id, String arn, String name, Map<String, String> tags, Instant creationDate) {

  public App {
    tags = tags == null ? Map.of() : Map.copyOf(tags);
  }

  /** This app with other tags (TagResource, UntagResource). */
  public App withTags(Map<String, String> newTags) {
    return new App(id, arn, name, newTags, creationDate);
  }

  /** The ARN Pinpoint gives an app with {@code id} in {@code region} and {@code account}. */
  public static String arn(String region, String account, String id) {
    return "arn:aws:mobiletargeting:" + region + ":" + account + ":apps/" + id;
  }
}
