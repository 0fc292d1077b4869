package org.familyportal.directory.application.verification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.familyportal.directory.application.port.OrganizationContacts;
import org.familyportal.directory.application.port.OrganizationContacts.Recipient;
import org.familyportal.directory.application.port.VerificationNotices;
import org.familyportal.directory.domain.verification.VerificationPeriods;
import org.familyportal.directory.domain.verification.VerificationRecords;
import org.familyportal.directory.domain.verification.VerificationRecords.OrganisationDue;
import org.familyportal.directory.domain.verification.VerificationReminder;
import org.familyportal.directory.domain.verification.VerificationReminder.Addressee;
import org.familyportal.directory.domain.verification.VerificationReminder.Kind;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The reminder job's turn (run by the host on a database lease, so once however many servers run):
 * an organisation whose oldest active listing was last verified (or, never verified, last changed)
 * more than the reminder period ago is reminded once; three weeks (the escalation period) after an
 * unanswered reminder, once more, more widely. Confirming the listings moves the baseline, and a
 * later lapse starts afresh.
 * <p>
 * Who gets what, while organisations have no members yet and once they have:
 * <ul>
 * <li>the reminder goes to the organisation's members ({@link OrganizationContacts}); without members,
 *     to the organisation's own public address (it is the only way to reach it, and the mail invites
 *     it to claim its listing);</li>
 * <li>the escalation goes to all members and the public address together; from then on moderators
 *     see the organisation as unresponsive, to decide on delisting;</li>
 * <li>an organisation with neither members nor a public address gets nothing, recorded as sent to
 *     nobody, so moderators see it at once; invented demo organisations are never written to.</li>
 * </ul>
 * Each reminder is recorded with its mails in one transaction: it is sent exactly once.
 */
@ApplicationScoped
public class VerificationReminders {

    private static final Logger LOG = Logger.getLogger(VerificationReminders.class.getName());
    private static final int BATCH = 200;
    /** Staff and organisations write in Russian unless their account says otherwise. */
    private static final Locale DEFAULT_LANGUAGE = Locale.forLanguageTag("ru");

    private final Clock clock = Clock.systemUTC();

    @Inject
    VerificationRecords records;

    @Inject
    OrganizationContacts contacts;

    @Inject
    VerificationNotices notices;

    @Inject
    VerificationSettings settings;

    /** One turn: sends what is due; returns how many reminders and escalations were recorded. */
    @Transactional
    public int run() {
        VerificationPeriods periods = settings.periods();
        LocalDate today = LocalDate.now(clock);
        LocalDate upTo = periods.remindUpTo(today);
        int recorded = 0;
        for (OrganisationDue organisation : records.organisationsDue(upTo, BATCH)) {
            if (organisation.demo()) {
                continue;
            }
            List<VerificationReminder> sent = records.reminders(organisation.organizationId(), organisation.baseline());
            LocalDate reminded = sentOn(sent, Kind.REMINDER);
            LocalDate escalated = sentOn(sent, Kind.ESCALATION);
            VerificationPeriods.Due due = periods.due(organisation.baseline(), reminded, escalated, today);
            if (due == VerificationPeriods.Due.NOTHING) {
                continue;
            }
            send(organisation, due == VerificationPeriods.Due.ESCALATION, upTo, periods, today);
            recorded++;
        }
        if (recorded > 0) {
            int count = recorded;
            LOG.info(() -> count + " verification reminders and escalations sent");
        }
        return recorded;
    }

    private void send(OrganisationDue organisation, boolean escalation, LocalDate upTo, VerificationPeriods periods,
                      LocalDate today) {
        List<Recipient> members = contacts.members(organisation.organizationId());
        Map<String, Recipient> to = new LinkedHashMap<>();
        members.forEach(m -> to.putIfAbsent(m.email().toLowerCase(Locale.ROOT), m));
        boolean publicAddress = organisation.email() != null && !organisation.email().isBlank();
        if (publicAddress && (escalation || members.isEmpty())) {
            to.putIfAbsent(organisation.email().strip().toLowerCase(Locale.ROOT),
                    new Recipient(organisation.email().strip(), DEFAULT_LANGUAGE));
        }
        List<VerificationNotices.Listed> services = new ArrayList<>();
        records.servicesDue(organisation.organizationId(), upTo)
                .forEach(s -> services.add(new VerificationNotices.Listed(s.serviceId(), s.name(), s.verified())));
        LocalDate staleOn = organisation.baseline().plus(periods.staleAfter());
        for (Recipient recipient : to.values()) {
            boolean member = members.stream().anyMatch(m -> m.email().equalsIgnoreCase(recipient.email()));
            notices.send(new VerificationNotices.Notice(recipient, escalation, organisation.organizationId(),
                    organisation.name(), services, staleOn.isAfter(today) ? staleOn : today, member));
        }
        Addressee addressee = !members.isEmpty() ? Addressee.MEMBERS : publicAddress ? Addressee.ORGANISATION : Addressee.NOBODY;
        records.add(new VerificationReminder(organisation.organizationId(), escalation ? Kind.ESCALATION : Kind.REMINDER,
                organisation.baseline(), LocalDateTime.now(clock), to.size(), addressee));
    }

    private static LocalDate sentOn(List<VerificationReminder> sent, Kind kind) {
        return sent.stream().filter(r -> r.getKind() == kind).map(r -> r.getSentAt().toLocalDate()).findFirst().orElse(null);
    }
}
