package dev.tern.model.auth;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory {@link AccessKeyStore}: the fake for tests and for a single-process local run. */
public final class InMemoryAccessKeyStore implements AccessKeyStore {

    private final Map<String, StoredAccessKey> keys = new ConcurrentHashMap<>();

    @Override
    public Optional<StoredAccessKey> find(String id) {
        return Optional.ofNullable(keys.get(id));
    }

    @Override
    public void put(StoredAccessKey key) {
        keys.put(key.key().id(), key);
    }

    @Override
    public List<AccessKey> list() {
        return keys.values().stream()
                .map(StoredAccessKey::key)
                .sorted(Comparator.comparing(AccessKey::created).thenComparing(AccessKey::id))
                .toList();
    }

    @Override
    public boolean revoke(String id) {
        return keys.computeIfPresent(id, (k, stored) -> stored.withStatus(KeyStatus.REVOKED)) != null;
    }
}
