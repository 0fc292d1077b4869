package org.familyportal.directory.application.port;

/**
 * The host's audit trail, for what the directory's administrators do beyond editing listings
 * (those have the HSDS change log). Each entry is written at once (in the caller's transaction, or
 * its own when there is none); when it cannot be written the method throws and the caller does not
 * go on.
 */
public interface DirectoryAudit {

    /** {@code actor} exported the directory; {@code detail} says which audience and format. */
    void exported(String actor, String detail);

    /** {@code actor} changed reference data (a gazetteer load); {@code detail} says what changed. */
    void changed(String actor, String detail);
}
