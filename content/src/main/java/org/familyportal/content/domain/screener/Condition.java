package org.familyportal.content.domain.screener;

/** A rule's condition: a single check, or a group (ALL / ANY / NOT) of conditions, nested. */
public sealed interface Condition permits Check, Group {
}
