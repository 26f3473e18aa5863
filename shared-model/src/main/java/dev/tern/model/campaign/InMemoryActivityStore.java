package dev.tern.model.campaign;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The in-memory fake of {@link ActivityStore}; each write is one atomic map operation. */
public final class InMemoryActivityStore implements ActivityStore {

    private final Map<String, CampaignActivity> byRun = new ConcurrentHashMap<>();
    private final java.util.Set<String> pages = ConcurrentHashMap.newKeySet();

    @Override
    public boolean create(CampaignActivity activity) {
        return byRun.putIfAbsent(activity.runId(), activity) == null;
    }

    @Override
    public Optional<CampaignActivity> find(String runId) {
        return Optional.ofNullable(byRun.get(runId));
    }

    @Override
    public List<CampaignActivity> forCampaign(String applicationId, String campaignId) {
        return byRun.values().stream()
                .filter(a -> a.applicationId().equals(applicationId) && a.campaignId().equals(campaignId))
                .sorted(Comparator.comparing(CampaignActivity::scheduledStart))
                .toList();
    }

    @Override
    public CampaignActivity count(String runId, Outcome outcome) {
        CampaignActivity after = byRun.computeIfPresent(runId, (k, a) -> a.plus(outcome));
        if (after == null) {
            throw new IllegalStateException("no activity for run " + runId);
        }
        return after;
    }

    @Override
    public CampaignActivity addPage(String runId, String pageKey, long endpoints, boolean lastOfSlice) {
        CampaignActivity after = byRun.computeIfPresent(runId,
                (k, a) -> pages.add(runId + "/" + pageKey) ? a.plusPage(endpoints, lastOfSlice) : a);
        if (after == null) {
            throw new IllegalStateException("no activity for run " + runId);
        }
        return after;
    }

    @Override
    public boolean complete(String runId, ActivityResult result, Instant end) {
        boolean[] changed = new boolean[1];
        byRun.computeIfPresent(runId, (k, a) -> {
            if (a.state() != ActivityState.RUNNING) {
                return a;
            }
            changed[0] = true;
            return a.completed(result, end);
        });
        return changed[0];
    }
}
