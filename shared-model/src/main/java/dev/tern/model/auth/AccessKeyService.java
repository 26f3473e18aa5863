package dev.tern.model.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Issues, lists and revokes access keys. Ids and secrets come from {@link SecureRandom}; the secret is
 * sealed before it is stored and returned in clear exactly once, from {@link #issue}.
 */
public final class AccessKeyService {

    private static final String ID_PREFIX = "TERN";
    /** Base32 alphabet, as in AWS access key ids (no 0/1/8/9, which read like O/I/B/g). */
    private static final String ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    /** Base64 alphabet, as in AWS secret access keys; 40 characters carry 240 bits. */
    private static final String SECRET_ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private static final int ID_RANDOM_CHARS = 16;
    private static final int SECRET_CHARS = 40;

    private final AccessKeyStore store;
    private final SecretSealer sealer;
    private final Clock clock;
    private final SecureRandom random;

    /** Creates the service. */
    public AccessKeyService(AccessKeyStore store, SecretSealer sealer, Clock clock) {
        this(store, sealer, clock, new SecureRandom());
    }

    AccessKeyService(AccessKeyStore store, SecretSealer sealer, Clock clock, SecureRandom random) {
        this.store = store;
        this.sealer = sealer;
        this.clock = clock;
        this.random = random;
    }

    /** Issues a new active key and returns it with its secret, which is never readable again. */
    public IssuedKey issue(Role role, AppScope scope, String description) {
        String id = newId();
        String secret = randomString(SECRET_ALPHABET, SECRET_CHARS);
        AccessKey key = new AccessKey(id, clock.instant(), KeyStatus.ACTIVE, role, scope, description);
        store.put(new StoredAccessKey(key, sealer.seal(id, secret)));
        return new IssuedKey(key, secret);
    }

    /**
     * Stores a key whose id and secret were chosen elsewhere (e.g. the local cloud's fixed test
     * credentials from configuration); refuses a malformed pair or an id already in use.
     */
    public AccessKey importKey(String id, String secret, Role role, AppScope scope, String description) {
        if (!AccessKey.ID_PATTERN.matcher(id).matches()) {
            throw new IllegalArgumentException("access key id must be TERN + 16 of A-Z2-7, got " + id);
        }
        if (secret.length() != SECRET_CHARS || !secret.chars().allMatch(c -> SECRET_ALPHABET.indexOf(c) >= 0)) {
            throw new IllegalArgumentException("secret of " + id + " must be " + SECRET_CHARS + " characters of A-Za-z0-9+/");
        }
        if (store.find(id).isPresent()) {
            throw new IllegalArgumentException("access key " + id + " already exists");
        }
        AccessKey key = new AccessKey(id, clock.instant(), KeyStatus.ACTIVE, role, scope, description);
        store.put(new StoredAccessKey(key, sealer.seal(id, secret)));
        return key;
    }

    /** Lists every key, active and revoked, without secrets. */
    public List<AccessKey> list() {
        return store.list();
    }

    /** Finds one key, without its secret. */
    public Optional<AccessKey> find(String id) {
        return isWellFormed(id) ? store.find(id).map(StoredAccessKey::key) : Optional.empty();
    }

    /** Revokes a key; returns false when there is no such key. Revocation is immediate and final. */
    public boolean revoke(String id) {
        return isWellFormed(id) && store.revoke(id);
    }

    /** Only ids of Tern's shape reach the store: anything else cannot exist (and may be too long for it). */
    private static boolean isWellFormed(String id) {
        return id != null && AccessKey.ID_PATTERN.matcher(id).matches();
    }

    private String newId() {
        String id;
        do {
            id = ID_PREFIX + randomString(ID_ALPHABET, ID_RANDOM_CHARS);
        } while (store.find(id).isPresent());
        return id;
    }

    private String randomString(String alphabet, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
