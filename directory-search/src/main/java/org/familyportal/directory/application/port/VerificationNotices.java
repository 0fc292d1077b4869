package org.familyportal.directory.application.port;

import java.time.LocalDate;
import java.util.List;

/**
 * Sends what the verification reminders say, in the recipient's language, through the host's mail
 * outbox, in the caller's transaction (so a reminder is recorded as sent exactly when it is queued).
 */
public interface VerificationNotices {

    /** A service the notice lists: its name, public page and verified date (null: never verified). */
    record Listed(String serviceId, String name, LocalDate verified) {
    }

    /**
     * A reminder ({@code escalation} false) or its escalation to {@code to}, about the listed services of
     * {@code organizationName}; {@code staleOn} is the day they will be shown as possibly out of date.
     */
    record Notice(OrganizationContacts.Recipient to, boolean escalation, String organizationId, String organizationName,
                  List<Listed> services, LocalDate staleOn, boolean toMembers) {
    }

    void send(Notice notice);
}
