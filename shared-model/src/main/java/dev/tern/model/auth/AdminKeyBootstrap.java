package dev.tern.model.auth;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first admin key of a deployment, created when the stack is (a CloudFormation custom resource on
 * AWS, the local cloud's start-up): an ADMIN key for all applications whose id and secret go into a
 * {@link SecretParameter} that only the operator's cloud credentials can read, never into a log, a stack
 * output or the custom resource's answer. The parameter holds
 * {@code {"AccessKeyId":"TERN…","SecretAccessKey":"…"}}, the two fields of an AWS credentials entry.
 */
public final class AdminKeyBootstrap {

    /** Description of the key, so it is recognisable in listings. */
    public static final String DESCRIPTION = "first admin key (created with the stack)";
    private static final Pattern ID_IN_VALUE = Pattern.compile("\"AccessKeyId\"\\s*:\\s*\"(TERN[A-Z2-7]{16})\"");

    private final AccessKeyService keys;
    private final SecretParameter parameters;

    /** Creates the bootstrap. */
    public AdminKeyBootstrap(AccessKeyService keys, SecretParameter parameters) {
        this.keys = keys;
        this.parameters = parameters;
    }

    /**
     * Makes sure an active admin key is in the parameter and returns its id: a key already there and
     * still active is kept (a retried or repeated create must not mint a second admin), otherwise a new
     * one is issued and the parameter (over)written.
     */
    public String ensure(String parameterName) {
        Optional<String> existing = parameters.get(parameterName).flatMap(AdminKeyBootstrap::keyIdOf);
        if (existing.isPresent() && keys.find(existing.get()).map(AccessKey::isActive).orElse(false)) {
            return existing.get();
        }
        IssuedKey issued = keys.issue(Role.ADMIN, AppScope.allApps(), DESCRIPTION);
        parameters.put(parameterName, "{\"AccessKeyId\":\"" + issued.key().id() + "\",\"SecretAccessKey\":\""
                + issued.secretAccessKey() + "\"}");
        return issued.key().id();
    }

    /** Revokes the bootstrap key named in the parameter and deletes the parameter (stack deletion). */
    public void remove(String parameterName) {
        parameters.get(parameterName).flatMap(AdminKeyBootstrap::keyIdOf).ifPresent(keys::revoke);
        parameters.delete(parameterName);
    }

    /** The key id in a parameter value written by {@link #ensure}. */
    static Optional<String> keyIdOf(String value) {
        Matcher m = ID_IN_VALUE.matcher(value);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
