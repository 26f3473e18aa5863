package dev.tern.model.campaign;

/**
 * A queue message with a schema version this code cannot read. Deliberately not acknowledged: it is most
 * likely from a newer producer during a deploy or rollback, so it should reach the DLQ for a redrive, not be
 * dropped.
 */
public class UnsupportedCommandVersionException extends RuntimeException {

    /** The version found in the message. */
    public UnsupportedCommandVersionException(int version) {
        super("unsupported SendEmailCommand version " + version + "; this code reads "
                + SendEmailCommand.CURRENT_VERSION);
    }

    /** A {@code type} message with version {@code version}, where this code reads {@code supported}. */
    public UnsupportedCommandVersionException(String type, int version, int supported) {
        super("unsupported " + type + " version " + version + "; this code reads " + supported);
    }
}
