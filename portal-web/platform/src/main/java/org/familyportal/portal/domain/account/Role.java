package org.familyportal.portal.domain.account;

/**
 * What a signed-in person may do. The names are the Jakarta Security group names.
 */
public enum Role {
    /** Manages the portal: accounts, resource centres, configuration. */
    ADMIN,
    /** Approves organisations' listings and changes to them. */
    MODERATOR,
    /** Writes articles, support measures and events. */
    EDITOR,
    /** Takes hotline calls and logs them as help requests. */
    OPERATOR,
    /** Works in a family resource centre on its help requests. */
    SPECIALIST,
    /** Works for a provider organisation and keeps its listings up to date. */
    ORG_MEMBER
}
