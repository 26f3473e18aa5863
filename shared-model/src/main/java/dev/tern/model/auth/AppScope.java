package dev.tern.model.auth;

import java.util.Set;

/** Which Pinpoint applications (projects) an access key may touch. */
public sealed interface AppScope {

    /** Tells whether the scope includes the application. */
    boolean includes(String appId);

    /** Returns the scope covering every application, present and future. */
    static AppScope allApps() {
        return AllApps.INSTANCE;
    }

    /** Returns a scope limited to the given application ids. */
    static AppScope apps(Set<String> appIds) {
        return new Apps(appIds);
    }

    /** Every application, including ones created later. */
    enum AllApps implements AppScope {
        INSTANCE;

        @Override
        public boolean includes(String appId) {
            return true;
        }
    }

    /** A fixed set of application ids (non-empty). */
    record Apps(Set<String> appIds) implements AppScope {

        /** Copies the set and refuses an empty one (a key that can see nothing is a mistake). */
        public Apps {
            appIds = Set.copyOf(appIds);
            if (appIds.isEmpty()) {
                throw new IllegalArgumentException("an app-scoped key needs at least one app id");
            }
        }

        @Override
        public boolean includes(String appId) {
            return appId != null && appIds.contains(appId);
        }
    }
}
