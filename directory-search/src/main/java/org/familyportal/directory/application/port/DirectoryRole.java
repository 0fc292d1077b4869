package org.familyportal.directory.application.port;

/** The staff roles the directory's use cases ask for; the names are the portal's Jakarta Security groups. */
public enum DirectoryRole {
    /** Keeps the listings right: edits, verifies, retires, reads reports. */
    MODERATOR,
    /** Everything a moderator does, plus imports, exports, the gazetteer and the search index. */
    ADMIN,
    /** Works for a provider organisation: keeps its own organisation's listing (the platform's {@code ORG_MEMBER}). */
    ORG_MEMBER
}
