package org.familyportal.portal.domain.request;

/** How the family wants to be contacted; NONE is an anonymous request nobody can answer directly. */
public enum ContactChannel {
    PHONE, EMAIL, MESSENGER, NONE
}
