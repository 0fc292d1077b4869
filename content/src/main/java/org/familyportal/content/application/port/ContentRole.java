package org.familyportal.content.application.port;

/** The roles the content's use cases check; the host maps them onto its own (the same names). */
public enum ContentRole {
    /** Writes and publishes articles, support measures and the screener's rules. */
    EDITOR,
    /** May do whatever an editor may, and manages the portal. */
    ADMIN
}
