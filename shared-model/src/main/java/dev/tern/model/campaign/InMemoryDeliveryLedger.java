package dev.tern.model.campaign;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The in-memory fake of {@link DeliveryLedger}. Each operation is one atomic {@code compute} on a concurrent
 * map, standing in for one conditional write, so tests can race threads against it.
 */
public final class InMemoryDeliveryLedger implements DeliveryLedger {

    private record Key(String runId, String id) {
    }

    private final Map<Key, LedgerEntry> entries = new ConcurrentHashMap<>();
    private final Map<Key, String> addressOwners = new ConcurrentHashMap<>();

    @Override
    public Claim claim(String runId, String endpointId, Instant now, Duration lease) {
        Claim[] answer = new Claim[1];
        entries.compute(new Key(runId, endpointId), (k, e) -> {
            boolean free = e == null || e.status() == DeliveryStatus.RELEASED
                    || (e.status() == DeliveryStatus.CLAIMED && e.leaseUntil().isBefore(now));
            if (!free) {
                answer[0] = new Claim.AlreadyClaimed(e.status());
                return e;
            }
            int attempt = e == null ? 1 : e.attempts() + 1;
            answer[0] = new Claim.Acquired(attempt);
            return new LedgerEntry(runId, endpointId, DeliveryStatus.CLAIMED, attempt, now.plus(lease), null, null,
                    e == null ? null : e.failureReason());
        });
        return answer[0];
    }

    @Override
    public String claimAddress(String runId, String addressKey, String endpointId) {
        return addressOwners.computeIfAbsent(new Key(runId, addressKey), k -> endpointId);
    }

    @Override
    public boolean recordSent(String runId, String endpointId, String providerMessageId) {
        return finish(runId, endpointId, DeliveryStatus.SENT, providerMessageId, null, null);
    }

    @Override
    public boolean recordSkipped(String runId, String endpointId, SkipReason reason) {
        return finish(runId, endpointId, DeliveryStatus.SKIPPED, null, reason, null);
    }

    @Override
    public boolean recordFailed(String runId, String endpointId, FailureReason reason, boolean retryable) {
        DeliveryStatus next = retryable ? DeliveryStatus.RELEASED : DeliveryStatus.FAILED;
        return finish(runId, endpointId, next, null, null, reason);
    }

    private boolean finish(String runId, String endpointId, DeliveryStatus next, String messageId,
            SkipReason skip, FailureReason failure) {
        boolean[] changed = new boolean[1];
        entries.computeIfPresent(new Key(runId, endpointId), (k, e) -> {
            if (e.status() != DeliveryStatus.CLAIMED) {
                return e;
            }
            changed[0] = true;
            return new LedgerEntry(runId, endpointId, next, e.attempts(), e.leaseUntil(), messageId, skip, failure);
        });
        return changed[0];
    }

    @Override
    public Optional<LedgerEntry> find(String runId, String endpointId) {
        return Optional.ofNullable(entries.get(new Key(runId, endpointId)));
    }
}
