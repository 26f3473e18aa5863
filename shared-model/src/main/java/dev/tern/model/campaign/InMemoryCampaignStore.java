package dev.tern.model.campaign;

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
