package dev.tern.model.auth;

import java.util.List;
import java.util.Optional;

/** Port: where access keys live (DynamoDB on AWS, {@link InMemoryAccessKeyStore} in tests). */
public interface AccessKeyStore {

    /** Finds a key by its access key id. */
    Optional<StoredAccessKey> find(String id);

    /** Inserts or replaces a key. */
    void put(StoredAccessKey key);

    /** Lists every key (active and revoked), without secrets, oldest first. */
    List<AccessKey> list();

    /** Marks a key revoked; returns false when no such key exists. */
    boolean revoke(String id);
}
