package org.familyportal.content.application.port;

/**
 * The signed-in caller as the content's use cases check it before they act (the directory's
 * {@code DirectoryCaller} does the same for listings). The host's implementation refuses by throwing
 * its own unchecked "access denied" exception, which its pages and API already answer.
 */
public interface ContentCaller {

    /** The caller's name (as recorded beside a revision or a verification), when signed in with one of {@code anyOf}; otherwise access is denied. */
    String require(ContentRole... anyOf);

    /** Whether the caller is signed in with {@code role}. */
    boolean hasRole(ContentRole role);

    /** The host's "access denied", for a use case that refuses on a rule of its own. */
    RuntimeException refusal(String why);
}
