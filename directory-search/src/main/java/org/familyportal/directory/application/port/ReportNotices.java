package org.familyportal.directory.application.port;

/**
 * Tells an organisation's member that someone reported wrong information about one of its services
 * (the host mails them in their language through its outbox, in the report's transaction). The
 * notice names the service and where to answer; never the reporter's words or contact.
 */
public interface ReportNotices {

    /** A new report about {@code serviceName} of {@code organizationName}, for {@code to}. */
    record Reported(OrganizationContacts.Recipient to, String organizationName, String serviceId, String serviceName) {
    }

    void reported(Reported notice);
}
