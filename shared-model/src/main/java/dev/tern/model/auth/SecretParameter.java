package dev.tern.model.auth;

import java.util.Optional;

/**
 * Port: one named secret the operator can read with their cloud credentials (SSM Parameter Store
 * SecureString on AWS, {@link InMemorySecretParameter} in tests). Holds the first admin key's
 * credentials, handed over at deploy time.
 */
public interface SecretParameter {

    /** The value, or empty when the parameter does not exist. */
    Optional<String> get(String name);

    /** Creates or overwrites the parameter, encrypted at rest. */
    void put(String name, String value);

    /** Deletes the parameter; no error when it does not exist. */
    void delete(String name);
}
