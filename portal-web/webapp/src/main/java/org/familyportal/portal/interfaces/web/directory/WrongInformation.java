package org.familyportal.portal.interfaces.web.directory;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.familyportal.directory.domain.listing.ListingReport;
import org.familyportal.directory.application.moderation.InvalidListingException;
import org.familyportal.directory.application.moderation.WrongInformationReports;
import org.omnifaces.util.Messages;

/**
 * The "report wrong information" form of {@code service.xhtml}. A hidden field that people leave
 * empty and form-filling robots do not (a honeypot) keeps most spam out; a robot is thanked as a
 * person is, and nothing is stored or mailed. Posts are limited per client by {@code PublicRequestLimits},
 * reports per service by the use case.
 */
@Named
@RequestScoped
public class WrongInformation {

    @Inject
    WrongInformationReports reports;

    @Inject
    ServicePage page;

    @NotBlank
    @Size(max = ListingReport.MESSAGE_MAX)
    private String message;

    @Email
    @Size(max = 254)
    private String contact;

    private String website;

    private boolean sent;

    public void send() {
        if (website == null || website.isBlank()) {
            try {
                reports.report(page.getService().getString("id"), message, contact);
            } catch (InvalidListingException e) {
                Messages.addGlobalError(e.messageKey());
                return;
            }
        }
        sent = true;
        message = null;
        contact = null;
        Messages.addGlobalInfo("service.report.thanks");
    }

    public boolean isSent() {
        return sent;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }
}
