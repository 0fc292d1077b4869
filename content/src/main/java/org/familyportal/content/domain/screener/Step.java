package org.familyportal.content.domain.screener;

/** The wizard's steps, in order; a step none of whose questions is still needed is skipped. */
public enum Step {
    PLACE, FAMILY, STUDY, MONEY, PROPERTY, OTHER
}
