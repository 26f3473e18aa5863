package dev.tern.model.tag;

import dev.tern.model.app.AppStore;
import dev.tern.model.app.TagPolicy;
import dev.tern.model.campaign.CampaignStore;
import dev.tern.model.common.BadRequestException;
import dev.tern.model.common.ConflictException;
import dev.tern.model.common.NotFoundException;
import dev.tern.model.journey.JourneyStore;
import dev.tern.model.segment.SegmentStore;
import dev.tern.model.template.TemplateStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Use cases of Pinpoint's tagging operations (TagResource, UntagResource, ListTagsForResource) on the
 * resources an ARN names. Tags stay where Get* already reads them, in the resource's own record; a
 * change is a read, a merge checked by {@link TagPolicy} (≤50 tags, key ≤128, value ≤256 characters,
 * no {@code aws:} keys) and one conditional write of the whole tag map that succeeds only if the tags
 * are still those read. Losing that race to another writer means re-reading and merging again, so two
 * concurrent TagResource calls on different keys both land; nothing is ever half-written.
 */
public final class TagService {

  /** Rounds of read-merge-write before giving up on a resource that keeps changing under us. */
  static final int ATTEMPTS = 5;

  private final AppStore apps;
  private final CampaignStore campaigns;
  private final SegmentStore segments;
  private final JourneyStore journeys;
  private final TemplateStore templates;
  private final String region;
  private final String account;

  /** Tags of the resources in these stores; ARNs must name {@code region} and {@code account}. */
  public TagService(AppStore apps, CampaignStore campaigns, SegmentStore segments, JourneyStore journeys,
      TemplateStore templates, String region, String account) {
    this.apps = apps;
    this.campaigns = campaigns;
    this.segments = segments;
    this.journeys = journeys;
    this.templates = templates;
    this.region = region;
    this.account = account;
  }

  /** ListTagsForResource: the resource's tags, sorted by key; 404 if it does not exist. */
  public Map<String, String> list(String arn) {
    ResourceArn resource = ResourceArn.parse(arn, region, account);
    return new TreeMap<>(read(resource, tagsOf(resource)));
  }

  /** TagResource: adds {@code tags} to the resource's tags, replacing the values of keys it has. */
  public void tag(String arn, Map<String, String> tags) {
    ResourceArn resource = ResourceArn.parse(arn, region, account);
    if (tags == null || tags.isEmpty()) {
      throw new BadRequestException("tags: at least one tag is required");
    }
    TagPolicy.check(tags);
    change(resource, current -> {
      Map<String, String> next = new LinkedHashMap<>(current);
      next.putAll(tags);
      return next;
    });
  }

  /** UntagResource: removes the tags with {@code keys} from the resource; absent keys are ignored. */
  public void untag(String arn, List<String> keys) {
    ResourceArn resource = ResourceArn.parse(arn, region, account);
    if (keys == null || keys.isEmpty()) {
      throw new BadRequestException("tagKeys: at least one tag key is required");
    }
    for (String key : keys) {
      if (key == null || key.isEmpty() || key.codePointCount(0, key.length()) > TagPolicy.MAX_KEY_LENGTH) {
        throw new BadRequestException("tagKeys: a tag key must be 1 to " + TagPolicy.MAX_KEY_LENGTH + " characters");
      }
    }
    change(resource, current -> {
      Map<String, String> next = new LinkedHashMap<>(current);
      next.keySet().removeAll(keys);
      return next;
    });
  }

  private void change(ResourceArn resource, UnaryOperator<Map<String, String>> merge) {
    Tags tags = tagsOf(resource);
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Map<String, String> current = read(resource, tags);
      Map<String, String> next = merge.apply(current);
      if (next.equals(current)) {
        return; // nothing to write; the resource exists, which is all the call needs
      }
      // Checked on the merged result: stored tags plus new ones may pass 50 even when each call is small.
      TagPolicy.check(next);
      if (tags.replace(current, Map.copyOf(next))) {
        return;
      }
      // The tags changed, or the resource went, since the read: the next round tells which.
    }
    throw new ConflictException("The tags of " + resource.describe() + " are being changed concurrently; retry");
  }

  private Map<String, String> read(ResourceArn resource, Tags tags) {
    Optional<Map<String, String>> found = resource.canExist() ? tags.find() : Optional.empty();
    return found.orElseThrow(() -> new NotFoundException("Resource not found: " + resource.describe()));
  }

  /** The store calls for one resource: where its tags are read and (conditionally) written. */
  private record Tags(Supplier<Optional<Map<String, String>>> reader,
      BiPredicate<Map<String, String>, Map<String, String>> writer) {

    Optional<Map<String, String>> find() {
      return reader.get();
    }

    boolean replace(Map<String, String> expected, Map<String, String> next) {
      return writer.test(expected, next);
    }
  }

  private Tags tagsOf(ResourceArn resource) {
    if (resource instanceof ResourceArn.App a) {
      return new Tags(() -> apps.findTags(a.applicationId()), (e, n) -> apps.replaceTags(a.applicationId(), e, n));
    }
    if (resource instanceof ResourceArn.Campaign c) {
      return new Tags(() -> campaigns.findTags(c.applicationId(), c.campaignId()),
          (e, n) -> campaigns.replaceTags(c.applicationId(), c.campaignId(), e, n));
    }
    if (resource instanceof ResourceArn.Segment s) {
      return new Tags(() -> segments.findTags(s.applicationId(), s.segmentId()),
          (e, n) -> segments.replaceTags(s.applicationId(), s.segmentId(), e, n));
    }
    if (resource instanceof ResourceArn.Journey j) {
      return new Tags(() -> journeys.findTags(j.applicationId(), j.journeyId()),
          (e, n) -> journeys.replaceTags(j.applicationId(), j.journeyId(), e, n));
    }
    ResourceArn.Template t = (ResourceArn.Template) resource;
    return new Tags(() -> templates.findTags(t.name(), t.type()),
        (e, n) -> templates.replaceTags(t.name(), t.type(), e, n));
  }
}
