package org.familyportal.portal.domain.request;

/** Who is asking for help. */
public enum CallerType {
    PARENT, RELATIVE, CHILD, SPECIALIST, NEIGHBOUR
}
