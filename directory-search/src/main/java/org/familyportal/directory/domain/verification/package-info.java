/**
 * Verification of listings: when a service was last confirmed "still accurate" and by whom
 * ({@link org.familyportal.directory.domain.verification.ServiceVerification}), the periods after which
 * its organisation is reminded, the reminder escalated and the listing publicly marked as possibly out
 * of date ({@link org.familyportal.directory.domain.verification.VerificationPeriods}), and the reminders
 * sent ({@link org.familyportal.directory.domain.verification.VerificationReminder}), all reached through
 * {@link org.familyportal.directory.domain.verification.VerificationRecords}.
 */
package org.familyportal.directory.domain.verification;
