package org.familyportal.directory.application.port;

import java.util.List;
import java.util.Locale;

/**
 * The people who keep an organisation's listings, as the host knows them (its members): whom the
 * verification reminders reach. Empty for an organisation without members; the reminder then goes
 * to the organisation's own public address.
 */
public interface OrganizationContacts {

    /** Someone to write to, in their language. */
    record Recipient(String email, Locale locale) {
    }

    List<Recipient> members(String organizationId);
}
