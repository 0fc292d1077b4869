package org.familyportal.portal.interfaces.web.request;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import org.familyportal.portal.application.InvalidRequestException;
import org.familyportal.portal.application.request.HelpRequestIntake;
import org.familyportal.portal.domain.request.CallerType;
import org.familyportal.portal.domain.request.ContactChannel;
import org.familyportal.portal.domain.request.FeltUrgency;
import org.familyportal.portal.domain.request.RequestNumbers;
import org.familyportal.portal.interfaces.web.Messages;

import java.io.Serializable;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Backing bean of {@code ask-for-help.xhtml}. The form carries a submission key and the private code
 * from the moment it is shown, so sending it twice (a double click, a retry on a weak connection)
 * gives the same request back. A hidden field people leave empty keeps robots out (honeypot).
 */
@Named
@ViewScoped
public class AskForHelp implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    transient HelpRequestIntake intake;

    private final String submissionKey = newKey();
    private final String code = RequestNumbers.newCode();

    private CallerType callerType;
    private String municipality;
    private List<String> topics = new ArrayList<>();
    private String description;
    private FeltUrgency feltUrgency = FeltUrgency.THIS_WEEK;
    private ContactChannel contact = ContactChannel.PHONE;
    private String name;
    private String phone;
    private String email;
    private String messenger;
    private String contactTime;
    private boolean consent;
    private String website;

    private HelpRequestIntake.Receipt receipt;

    public void send() {
        if (website != null && !website.isBlank()) {
            // A robot filled in the hidden field: answer as if all went well, store nothing.
            receipt = new HelpRequestIntake.Receipt(RequestNumbers.newNumber(), code, false);
            return;
        }
        HelpRequestIntake.OnlineRequest form = new HelpRequestIntake.OnlineRequest(callerType, municipality, topics,
                description, feltUrgency, contact, name, phone, email, messenger, contactTime, consent);
        try {
            receipt = intake.submitOnline(form, submissionKey, code);
        } catch (InvalidRequestException e) {
            Messages.error(e.messageKey());
        } catch (PersistenceException | TransactionalException e) {
            // Two copies of the form raced: the other one stored the request.
            receipt = intake.bySubmission(submissionKey)
                    .map(r -> new HelpRequestIntake.Receipt(r.getNumber(), code, r.isUrgent()))
                    .orElseThrow(() -> e);
        }
    }

    private static String newKey() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    public boolean isSent() {
        return receipt != null;
    }

    public HelpRequestIntake.Receipt getReceipt() {
        return receipt;
    }

    public CallerType getCallerType() { return callerType; }
    public void setCallerType(CallerType callerType) { this.callerType = callerType; }
    public String getMunicipality() { return municipality; }
    public void setMunicipality(String municipality) { this.municipality = municipality; }
    public List<String> getTopics() { return topics; }
    public void setTopics(List<String> topics) { this.topics = topics == null ? new ArrayList<>() : topics; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public FeltUrgency getFeltUrgency() { return feltUrgency; }
    public void setFeltUrgency(FeltUrgency feltUrgency) { this.feltUrgency = feltUrgency; }
    public ContactChannel getContact() { return contact; }
    public void setContact(ContactChannel contact) { this.contact = contact; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getMessenger() { return messenger; }
    public void setMessenger(String messenger) { this.messenger = messenger; }
    public String getContactTime() { return contactTime; }
    public void setContactTime(String contactTime) { this.contactTime = contactTime; }
    public boolean isConsent() { return consent; }
    public void setConsent(boolean consent) { this.consent = consent; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
}
