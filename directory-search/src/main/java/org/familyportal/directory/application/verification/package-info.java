/**
 * Keeping listings current: a one-click "still accurate" for those the host lets confirm an
 * organisation's listings ({@code VerificationScope}), the moderators' list of organisations that did
 * not confirm theirs, which services the public sees as possibly out of date, and the reminder job
 * that writes to organisations past the reminder period and escalates when nobody answers.
 */
package org.familyportal.directory.application.verification;
