package dev.tern.model.campaign;

import dev.tern.model.common.BadRequestException;
import dev.tern.model.common.Page;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The in-memory fake of {@link CampaignStore}: all versions per campaign, each write one atomic compute. */
public final class InMemoryCampaignStore implements CampaignStore {

    private record Key(String applicationId, String campaignId) {
    }

    private final Map<Key, List<Campaign>> versions = new ConcurrentHashMap<>();

    @Override
    public boolean putVersion(Campaign campaign) {
        boolean[] stored = new boolean[1];
        versions.compute(new Key(campaign.applicationId(), campaign.id()), (k, list) -> {
            int currentVersion = list == null ? 0 : list.get(list.size() - 1).version();
            if (campaign.version() != currentVersion + 1) {
                return list;
            }
            List<Campaign> next = list == null ? new ArrayList<>() : new ArrayList<>(list);
            next.add(campaign);
            stored[0] = true;
            return next;
        });
        return stored[0];
    }

    @Override
    public Optional<Campaign> current(String applicationId, String campaignId) {
        List<Campaign> list = versions.get(new Key(applicationId, campaignId));
        return list == null ? Optional.empty() : Optional.of(list.get(list.size() - 1));
    }

    @Override
    public Optional<Campaign> version(String applicationId, String campaignId, int version) {
        return versions.getOrDefault(new Key(applicationId, campaignId), List.of()).stream()
                .filter(c -> c.version() == version).findFirst();
    }

    @Override
    public List<Campaign> versions(String applicationId, String campaignId) {
        return versions.getOrDefault(new Key(applicationId, campaignId), List.of()).stream()
                .sorted(Comparator.comparingInt(Campaign::version).reversed()).toList();
    }

    @Override
    public Page<Campaign> list(String applicationId, int limit, String token) {
        List<Campaign> all = versions.entrySet().stream()
                .filter(e -> e.getKey().applicationId().equals(applicationId))
                .map(e -> e.getValue().get(e.getValue().size() - 1))
                .sorted(Comparator.comparing(Campaign::id))
                .filter(c -> token == null || c.id().compareTo(token) > 0)
                .toList();
        return page(all, limit, Campaign::id);
    }

    @Override
    public Page<Campaign> versions(String applicationId, String campaignId, int limit, String token) {
        int below = token == null ? Integer.MAX_VALUE : versionToken(token);
        List<Campaign> newestFirst = versions(applicationId, campaignId).stream()
                .filter(c -> c.version() < below).toList();
        return page(newestFirst, limit, c -> Integer.toString(c.version()));
    }

    @Override
    public Optional<Campaign> delete(String applicationId, String campaignId) {
        List<Campaign> removed = versions.remove(new Key(applicationId, campaignId));
        return removed == null ? Optional.empty() : Optional.of(removed.get(removed.size() - 1));
    }

    private static Page<Campaign> page(List<Campaign> items, int limit, java.util.function.Function<Campaign, String> key) {
        if (items.size() <= limit) {
            return new Page<>(items, null);
        }
        List<Campaign> head = items.subList(0, limit);
        return new Page<>(head, key.apply(head.get(limit - 1)));
    }

    private static int versionToken(String token) {
        try {
            return Integer.parseInt(token);
        } catch (NumberFormatException e) {
            throw new BadRequestException("Invalid token");
        }
    }

    @Override
    public List<Campaign> inState(CampaignState state) {
        return versions.values().stream().map(list -> list.get(list.size() - 1))
                .filter(c -> c.state() == state).toList();
    }

    @Override
    public boolean changeState(String applicationId, String campaignId, int version, CampaignState expected,
            CampaignState next) {
        boolean[] changed = new boolean[1];
        versions.computeIfPresent(new Key(applicationId, campaignId), (k, list) -> {
            Campaign current = list.get(list.size() - 1);
            if (current.version() != version || current.state() != expected) {
                return list;
            }
            List<Campaign> copy = new ArrayList<>(list);
            copy.set(copy.size() - 1, current.withState(next));
            changed[0] = true;
            return copy;
        });
        return changed[0];
    }
}
