package org.familyportal.directory.application.port;

/**
 * The signed-in caller as the directory's use cases check it before they act. The host's
 * implementation refuses by throwing its own unchecked "access denied" exception, which its pages
 * and API already answer (a 403, or the sign-in page).
 */
public interface DirectoryCaller {

    /** The caller's name, when signed in with one of {@code anyOf}; otherwise access is denied. */
    String require(DirectoryRole... anyOf);

    /**
     * Like {@link #require}, and the actor a page named ({@code claimed}) must be the caller: nobody
     * acts, or is written in the audit trail or change log, in another's name. Returns the caller's
     * own name.
     */
    String actingAs(String claimed, DirectoryRole... anyOf);

    /** Whether the caller is an administrator (the change log publishes the author's role). */
    boolean isAdministrator();

    /** Whether the caller is signed in with {@code role}. */
    boolean hasRole(DirectoryRole role);

    /**
     * The ids of the HSDS organisations whose approved member the caller is (empty for staff who
     * are not members, and for the public): a member may read and change only their listings.
     */
    java.util.Set<String> memberOrganizations();

    /**
     * The host's "access denied", for a use case that refuses on a rule of its own (a member asking
     * for another organisation's listing); the host answers it as it answers a restricted page.
     */
    RuntimeException refusal(String why);
}
