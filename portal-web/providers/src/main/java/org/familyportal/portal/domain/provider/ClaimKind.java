package org.familyportal.portal.domain.provider;

/** What a representative asks for: to be a member of an organisation of the directory, or to add a new one. */
public enum ClaimKind {
    /** "I work here": an organisation already in the directory. */
    CLAIM,
    /** "Add us": an organisation not yet in the directory; it enters it when a moderator approves. */
    PROPOSAL
}
