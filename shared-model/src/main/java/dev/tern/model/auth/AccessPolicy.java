package dev.tern.model.auth;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Which authenticated key may call which Pinpoint operation on which application. Operations are
 * Pinpoint's operation names ({@code GetApps}, {@code PutEvents}, … 122 in the 2016-12-01 model), kept
 * as strings so new ones need no code change. The rules:
 * <ul>
 *   <li>A revoked key may do nothing.</li>
 *   <li>{@link Role#ADMIN}: every operation; {@link Role#READ_ONLY}: read operations, i.e. names starting
 *       with {@code Get} or {@code List} (in the model these are exactly the 53 HTTP GET operations);
 *       {@link Role#INGEST_ONLY}: {@code PutEvents}, {@code UpdateEndpoint}, {@code UpdateEndpointsBatch}
 *       and {@code GetInAppMessages}. {@code UpdateEndpointsBatch} is included because it is the same
 *       capability as {@code UpdateEndpoint} for backend feeds (and {@code PutEvents} can update
 *       endpoints anyway), so refusing it would protect nothing.</li>
 *   <li>An operation on an application (its path has {@code {application-id}}) needs the app in scope.
 *       For the tagging operations, pass the app id named by the resource ARN.</li>
 *   <li>Operations on no application: {@code CreateApp} only for an all-apps ADMIN key. Other app-less
 *       operations (templates, recommenders, {@code PhoneNumberValidate}, {@code GetApps}) follow the
 *       role; an app-scoped key may only read them, since these account-wide resources are shared by
 *       every app. A scoped key may call {@code GetApps}, and the caller must then filter the list with
 *       {@link #visibleApps} / {@link #canSee}.</li>
 * </ul>
 */
public final class AccessPolicy {

    /** The Pinpoint operation that creates an application. */
    public static final String CREATE_APP = "CreateApp";
    /** Operations an INGEST_ONLY key may call: what Amplify and event-feeding backends need. */
    public static final Set<String> INGEST_OPERATIONS =
            Set.of("PutEvents", "UpdateEndpoint", "UpdateEndpointsBatch", "GetInAppMessages");

    /** Decides whether the key may call the operation, on {@code appId} or on no app when it is null. */
    public Decision decide(AccessKey key, String operation, String appId) {
        if (!key.isActive()) {
            return Decision.deny("Access key " + key.id() + " is revoked");
        }
        if (!roleAllows(key.role(), operation)) {
            return Decision.deny("Access key " + key.id() + " has role " + key.role() + ", which does not allow " + operation);
        }
        if (appId != null) {
            return key.scope().includes(appId)
                    ? Decision.allow()
                    : Decision.deny("Access key " + key.id() + " is not allowed to access application " + appId);
        }
        boolean allApps = key.scope() instanceof AppScope.AllApps;
        if (operation.equals(CREATE_APP)) {
            return allApps ? Decision.allow()
                    : Decision.deny("Only an access key for all applications may call " + CREATE_APP);
        }
        if (!allApps && !isRead(operation)) {
            return Decision.deny("Access key " + key.id() + " is limited to some applications and may only read "
                    + "resources shared by all applications; " + operation + " needs a key for all applications");
        }
        return Decision.allow();
    }

    /** Tells whether the key may see the application, e.g. in a {@code GetApps} result. */
    public boolean canSee(AccessKey key, String appId) {
        return key.isActive() && key.scope().includes(appId);
    }

    /** Keeps the application ids the key may see, in the given order. */
    public List<String> visibleApps(AccessKey key, Collection<String> appIds) {
        return appIds.stream().filter(appId -> canSee(key, appId)).toList();
    }

    /** Tells whether an operation only reads: Pinpoint's {@code Get*} and {@code List*} operations. */
    public static boolean isRead(String operation) {
        return operation.startsWith("Get") || operation.startsWith("List");
    }

    private static boolean roleAllows(Role role, String operation) {
        return switch (role) {
            case ADMIN -> true;
            case READ_ONLY -> isRead(operation);
            case INGEST_ONLY -> INGEST_OPERATIONS.contains(operation);
        };
    }
}
