package org.familyportal.portal.domain.request;

/** How a request came in. */
public enum RequestChannel {
    /** The "Ask for help" form of the site. */
    ONLINE,
    /** Logged by a hotline operator during a call. */
    HOTLINE,
    /** Created by a telephony system through the API. */
    TELEPHONY
}
