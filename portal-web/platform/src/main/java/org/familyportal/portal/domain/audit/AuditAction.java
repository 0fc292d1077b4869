package org.familyportal.portal.domain.audit;

/** What somebody did with personal data. */
public enum AuditAction {
    VIEW, CREATE, CHANGE, EXPORT, LOOKUP, ANONYMISE
}
