package org.familyportal.portal.interfaces.web.request;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.familyportal.portal.application.InvalidRequestException;
import org.familyportal.portal.application.request.HelpRequestIntake;
import org.familyportal.portal.domain.request.CallerType;
import org.familyportal.portal.domain.request.ContactChannel;
import org.familyportal.portal.domain.request.FeltUrgency;
import org.familyportal.portal.domain.request.RequestNumbers;
import org.familyportal.portal.infrastructure.database.DatabaseOutage;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Backing bean of {@code ask-for-help.xhtml}. The form carries a submission key and the private code
 * from the moment it is shown, so sending it twice (a double click, a retry on a weak connection)
 * gives the same request back. A hidden field people leave empty keeps robots out (honeypot).
 * <p>
 * When the request cannot be stored (the database is down or restarting), the family is told so on
 * the same form, with the hotline's number, and keeps everything typed: nothing is acknowledged that
 * is not committed. Sending again later gives one request, thanks to the submission key.
 */
@Named
@ViewScoped
public class AskForHelp implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger LOG = Logger.getLogger(AskForHelp.class.getName());

    @Inject
    transient HelpRequestIntake intake;

    @Inject
    transient org.familyportal.portal.interfaces.web.directory.AskAboutService aboutService;

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
    private boolean unavailable;

    /** What the form opens with: what a service page or the screener handed over, if anything. */
    @jakarta.annotation.PostConstruct
    void prefill() {
        prefillFromService();
        takeScreenerAnswers();
    }

    /** Opened from a service page ("ask for help about this"): that service and its kind of help filled in. */
    private void prefillFromService() {
        aboutService.prefill().ifPresent(p -> {
            description = p.description();
            p.topic().ifPresent(topics::add);
        });
    }

    public void send() {
        if (website != null && !website.isBlank()) {
            // A robot filled in the hidden field: answer as if all went well, store nothing.
            receipt = new HelpRequestIntake.Receipt(RequestNumbers.newNumber(), code, false);
            return;
        }
        HelpRequestIntake.OnlineRequest form = new HelpRequestIntake.OnlineRequest(callerType, municipality, topics,
                description, feltUrgency, contact, name, phone, email, messenger, contactTime, consent);
        unavailable = false;
        try {
            receipt = intake.submitOnline(form, submissionKey, code);
        } catch (InvalidRequestException e) {
            Messages.addGlobalError(e.messageKey());
        } catch (RuntimeException e) {
            // Two copies of the form raced and the other one stored the request; or the database cannot
            // take it now. Only a committed request gets a number.
            Optional<HelpRequestIntake.Receipt> stored = storedMeanwhile();
            if (stored.isPresent()) {
                receipt = stored.get();
            } else {
                unavailable = true;
                LOG.log(Level.WARNING, "A help request from the online form could not be stored; the family was asked to"
                        + " try again or call the hotline: " + causes(e), DatabaseOutage.isCause(e) ? null : e);
            }
        }
    }

    private Optional<HelpRequestIntake.Receipt> storedMeanwhile() {
        try {
            return intake.bySubmission(submissionKey)
                    .map(r -> intake.receipt(r, code));
        } catch (RuntimeException databaseDown) {
            return Optional.empty();
        }
    }

    /** The chain of messages, short enough for one log line (a database outage needs no stack trace). */
    private static String causes(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < 600; t = t.getCause() == t ? null : t.getCause()) {
            text.append(text.length() == 0 ? "" : " <- ").append(t.getClass().getSimpleName()).append(": ")
                    .append(String.valueOf(t.getMessage()).lines().findFirst().orElse(""));
        }
        return text.toString();
    }

    private static String newKey() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The last send could not be stored: the form says so and shows the hotline. */
    public boolean isUnavailable() {
        return unavailable;
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
    /**
     * The screener ("what am I entitled to?") may hand over, with the parent's consent, a summary of
     * the answers and the district (in the flash, for this one request): they prefill the form, which
     * the parent still reads, changes and sends (or not).
     */
    private void takeScreenerAnswers() {
        Object summary = org.omnifaces.util.Faces.getFlash().get("screener.description");
        if (summary instanceof String s && !s.isBlank()) {
            description = s;
        }
        Object place = org.omnifaces.util.Faces.getFlash().get("screener.municipality");
        if (place instanceof String m && !m.isBlank()) {
            municipality = m;
        }
    }

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
