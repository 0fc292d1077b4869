package org.familyportal.portal.application.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.familyportal.portal.application.InvalidRequestException;
import org.familyportal.portal.application.audit.AuditTrail;
import org.familyportal.portal.domain.audit.AuditAction;
import org.familyportal.portal.domain.centre.ResourceCentreRepository;
import org.familyportal.portal.domain.request.CallOutcome;
import org.familyportal.portal.domain.request.CallerType;
import org.familyportal.portal.domain.request.ContactChannel;
import org.familyportal.portal.domain.request.EventKind;
import org.familyportal.portal.domain.request.FeltUrgency;
import org.familyportal.portal.domain.request.HelpRequest;
import org.familyportal.portal.domain.request.HelpRequestRepository;
import org.familyportal.portal.domain.request.RequestNumber;
import org.familyportal.portal.domain.request.OperatorAction;
import org.familyportal.portal.domain.request.RequestChannel;
import org.familyportal.portal.domain.request.RequestEvent;
import org.familyportal.portal.domain.request.RequestNumbers;
import org.familyportal.portal.domain.request.TriageLevel;
import org.familyportal.portal.infrastructure.protection.DataProtection;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * How help requests come in: a family's online form, a hotline operator's call record, or a
 * telephony system's call. Each is stored, routed to its municipality's resource centre with an
 * acknowledgement deadline, and, when urgent, announced to the centre's specialists on duty, all
 * in one transaction: once the caller has a number, the request is on disk.
 */
@ApplicationScoped
public class HelpRequestIntake {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^[+()\\d\\s-]{5,40}$");
    private static final int NUMBER_ATTEMPTS = 5;
    private static final int MAX_RECOMMENDED = 20;
    private static final Pattern SERVICE_ID = Pattern.compile("^[0-9a-fA-F-]{36}$");

    private final Clock clock = Clock.systemUTC();

    @Inject
    HelpRequestRepository requests;

    @Inject
    Routing routing;

    @Inject
    RequestSettings settings;

    @Inject
    RequestAlerts alerts;

    @Inject
    AuditTrail audit;

    @Inject
    DataProtection protection;

    @Inject
    RequestVocabulary vocabulary;

    @Inject
    ResourceCentreRepository centres;

    /** This bean through its proxy, so that each attempt runs in a transaction of its own. */
    @Inject
    HelpRequestIntake self;

    /** What a family sends from the "Ask for help" form. */
    public record OnlineRequest(CallerType callerType, String municipalityCode, List<String> topics, String description,
                                FeltUrgency feltUrgency, ContactChannel contact, String name, String phone,
                                String email, String messenger, String contactTime, boolean consent) {
    }

    /**
     * What the family keeps: the number to quote and the code that opens the status page; and what
     * they wait for: the resource centre that will contact them ({@code centreName}, null while the
     * municipality has none) and by when ({@code acknowledgeBy}, shown on the clock of
     * {@code municipalityCode}'s region).
     */
    public record Receipt(String number, String code, boolean urgent, String municipalityCode, String centreName,
                          Instant acknowledgeBy) {

        public Receipt(String number, String code, boolean urgent) {
            this(number, code, urgent, null, null, null);
        }
    }

    /** A hotline operator's record of a call. */
    public record HotlineCall(CallerType callerType, String callerName, String callerPhone, String municipalityCode,
                              List<String> topics, TriageLevel triage, String summary, List<OperatorAction> actions,
                              List<String> recommendedServices, CallOutcome outcome, Integer callSeconds) {
    }

    /**
     * Stores a family's request. {@code submissionKey} comes with the form: the same form sent twice
     * gives the same request and code back instead of a second request, even when both arrive at once.
     */
    public Receipt submitOnline(OnlineRequest form, String submissionKey, String code) {
        HelpRequest request = once(submissionKey, () -> self.storeOnline(form, submissionKey, code));
        return receipt(request, code);
    }

    /** The receipt of a stored request: its number, the family's code, its centre and deadline. */
    public Receipt receipt(HelpRequest request, String code) {
        String centreName = request.getCentreId() == null ? null
                : centres.organisationName(request.getCentreId()).orElse(null);
        return new Receipt(request.getNumber(), code, request.isUrgent(), request.getMunicipalityCode(), centreName,
                request.getCentreId() == null ? null : request.getAcknowledgeBy());
    }

    /** The transaction of {@link #submitOnline}; call that instead. */
    @Transactional
    public HelpRequest storeOnline(OnlineRequest form, String submissionKey, String code) {
        Optional<HelpRequest> earlier = bySubmission(submissionKey);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        check(form);
        checkTopics(form.topics());
        HelpRequest request = new HelpRequest(RequestChannel.ONLINE, freeNumber(), clock.instant());
        request.setSubmissionKey(submissionKey);
        request.setCallerType(form.callerType());
        request.setMunicipalityCode(form.municipalityCode());
        request.setTopics(form.topics() == null ? List.of() : form.topics());
        request.setDescription(form.description());
        request.setFeltUrgency(form.feltUrgency());
        request.setContact(form.contact(), form.name(), form.phone(), form.email(), form.messenger(), form.contactTime());
        request.setConsentAt(clock.instant());
        request.setStatusCodeHash(statusHash(request.getNumber(), code));
        store(request, null);
        return request;
    }

    /**
     * Stores an operator's call record; returns the request. {@code formKey} comes with the hotline
     * form: the same form saved twice (a double Alt+S) gives the same request.
     */
    public HelpRequest logCall(HotlineCall call, Long operatorId, String operatorEmail, String formKey) {
        List<String> keys = formKey == null || formKey.isBlank() ? List.of()
                : protection.lookupHashes("hotline:" + operatorId + ":" + formKey.strip());
        return once(keys, () -> self.storeCall(RequestChannel.HOTLINE, call, operatorId, operatorEmail, keys));
    }

    /**
     * Stores a call record sent by a telephony system, identified by its token's id. {@code externalId}
     * (the system's call id) makes retries safe: the same call gives the same request, even when the
     * retries arrive at the same time.
     */
    public HelpRequest logTelephonyCall(HotlineCall call, long tokenId, String systemName, String externalId) {
        // Call ids are unique per system only: two systems may both number their calls 1, 2, 3, and
        // may even be given the same name by an administrator; the token's id tells them apart.
        List<String> keys = externalId == null || externalId.isBlank() ? List.of()
                : protection.lookupHashes("telephony:" + tokenId + ":" + externalId.strip());
        return once(keys, () -> self.storeCall(RequestChannel.TELEPHONY, call, null, "telephony:" + systemName, keys));
    }

    /**
     * Runs {@code store} (a transaction of its own); when another transaction stored the same key
     * meanwhile (the unique key refuses the second), the request it stored is the answer.
     */
    private HelpRequest once(String key, Supplier<HelpRequest> store) {
        return once(key == null ? List.of() : List.of(key), store);
    }

    /** {@link #once(String, Supplier)} with every hash the key may have been stored under. */
    private HelpRequest once(List<String> keys, Supplier<HelpRequest> store) {
        try {
            return store.get();
        } catch (RuntimeException e) {
            if (keys.isEmpty() || !isDuplicate(e)) {
                throw e;
            }
            return self.bySubmission(keys).orElseThrow(() -> e);
        }
    }

    private static boolean isDuplicate(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLIntegrityConstraintViolationException
                    || cause instanceof SQLException sql && "23000".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** The request stored with {@code submissionKey}, if any. */
    @Transactional
    public Optional<HelpRequest> bySubmission(String submissionKey) {
        return bySubmission(submissionKey == null ? List.of() : List.of(submissionKey));
    }

    /**
     * The request stored with any of {@code submissionKeys}: the hashes of one call's key under every
     * readable data key, so that a retry after a key rotation still finds the call stored before it.
     */
    @Transactional
    public Optional<HelpRequest> bySubmission(List<String> submissionKeys) {
        if (submissionKeys.isEmpty()) {
            return Optional.empty();
        }
        return requests.bySubmission(submissionKeys);
    }

    /** The keyed hash that stands for a request's private code in the database. */
    public String statusHash(String number, String code) {
        return protection.lookupHash(number + ":" + RequestNumbers.normalizeCode(code));
    }

    /** Every hash a request's private code may be stored under (the current key's and earlier keys'). */
    public List<String> statusHashes(String number, String code) {
        return protection.lookupHashes(number + ":" + RequestNumbers.normalizeCode(code));
    }

    private void checkTopics(List<String> topics) {
        if (topics != null && !topics.isEmpty()) {
            List<String> known = vocabulary.topics();
            require(topics.size() <= known.size() && known.containsAll(topics), "request.topics.unknown");
        }
    }

    /** The transaction of {@link #logCall} and {@link #logTelephonyCall}; call those instead. */
    @Transactional
    public HelpRequest storeCall(RequestChannel channel, HotlineCall call, Long operatorId, String actor, List<String> keys) {
        Optional<HelpRequest> earlier = bySubmission(keys);
        // Stored under the current key's hash (the first); earlier keys' hashes only find it.
        String key = keys.isEmpty() ? null : keys.get(0);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        check(call);
        checkTopics(call.topics());
        HelpRequest request = new HelpRequest(channel, freeNumber(), clock.instant());
        request.setSubmissionKey(key);
        request.setCallerType(call.callerType());
        request.setMunicipalityCode(call.municipalityCode());
        request.setTopics(call.topics() == null ? List.of() : call.topics());
        request.triage(call.triage());
        request.setCaller(call.callerName(), call.callerPhone());
        request.setDescription(call.summary());
        request.setActionsTaken(call.actions() == null ? List.of() : call.actions().stream().distinct().map(Enum::name).toList());
        request.setRecommendedServices(call.recommendedServices() == null ? List.of()
                : call.recommendedServices().stream().distinct().toList());
        request.setCallOutcome(call.outcome());
        request.setCallSeconds(call.callSeconds());
        request.setLoggedById(operatorId);
        store(request, actor);
        if (call.outcome() != null && call.outcome().closesAtIntake()) {
            request.closeAtIntake(clock.instant());
        }
        return request;
    }

    private void store(HelpRequest request, String actor) {
        Instant now = clock.instant();
        request.markUrgent(request.deservesUrgency());
        if (request.getMunicipalityCode() != null && !request.getMunicipalityCode().isBlank()) {
            Routing.Destination destination = routing.destination(request.getMunicipalityCode());
            request.route(destination.centreId(), settings.deadline().due(now, request.isUrgent(), destination.zone()));
        } else {
            // A silent or prank call (see check): no centre; due at once, and acknowledged as it is closed at intake.
            request.setMunicipalityCode(null);
            request.route(null, now);
        }
        request.setPhoneIndex(protection.lookupHash(RequestNumbers.normalizePhone(request.getPhone())));
        boolean closesAtIntake = request.getCallOutcome() != null && request.getCallOutcome().closesAtIntake();
        boolean unrouted = request.getCentreId() == null && !closesAtIntake;
        if (unrouted) {
            request.unroutedAlerted(now);
        }
        requests.add(request);
        requests.addEvent(new RequestEvent(request.getId(), EventKind.CREATED, actor, now, null));
        audit.record(actor, AuditAction.CREATE, request.getId(), request.getChannel().name());
        if (closesAtIntake) {
            return;
        }
        if (unrouted) {
            requests.addEvent(new RequestEvent(request.getId(), EventKind.UNROUTED, null, now, null));
        }
        alerts.routed(request);
    }

    private String freeNumber() {
        for (int attempt = 0; attempt < NUMBER_ATTEMPTS; attempt++) {
            RequestNumber number = RequestNumber.random();
            if (requests.findByNumber(number).isEmpty()) {
                return number.value();
            }
        }
        throw new IllegalStateException("No free request number found");
    }

    private static void check(OnlineRequest form) {
        if (!form.consent()) {
            throw new InvalidRequestException("request.consent.required");
        }
        require(form.callerType() != null, "request.callerType.required");
        require(form.municipalityCode() != null && !form.municipalityCode().isBlank(), "request.municipality.required");
        require(form.description() != null && !form.description().isBlank(), "request.description.required");
        require(form.description().length() <= HelpRequest.DESCRIPTION_MAX, "request.description.tooLong");
        require(form.contact() != null, "request.contact.required");
        switch (form.contact()) {
            case PHONE -> require(form.phone() != null && PHONE.matcher(form.phone().strip()).matches(), "request.phone.invalid");
            case EMAIL -> require(form.email() != null && form.email().length() <= HelpRequest.EMAIL_MAX
                    && EMAIL.matcher(form.email().strip()).matches(), "request.email.invalid");
            case MESSENGER -> require(form.messenger() != null && !form.messenger().isBlank(), "request.messenger.required");
            case NONE -> { }
        }
        lengths(form.name(), HelpRequest.NAME_MAX, form.messenger(), HelpRequest.MESSENGER_MAX,
                form.contactTime(), HelpRequest.CONTACT_TIME_MAX, form.phone(), HelpRequest.PHONE_MAX,
                form.email(), HelpRequest.EMAIL_MAX);
    }

    /**
     * A call's record is complete enough to store: its outcome always; a silent or prank call needs
     * nothing else (nobody named a district or a situation), every other call its district and triage.
     */
    static void check(HotlineCall call) {
        require(call.outcome() != null, "request.outcome.required");
        require(call.callerType() != null, "request.callerType.required");
        if (!call.outcome().closesAtIntake()) {
            require(call.municipalityCode() != null && !call.municipalityCode().isBlank(), "request.municipality.required");
            require(call.triage() != null, "request.triage.required");
        }
        require(call.summary() == null || call.summary().length() <= HelpRequest.DESCRIPTION_MAX, "request.description.tooLong");
        require(call.callerPhone() == null || call.callerPhone().isBlank()
                || PHONE.matcher(call.callerPhone().strip()).matches(), "request.phone.invalid");
        require(call.callSeconds() == null || (call.callSeconds() >= 0 && call.callSeconds() < 86_400), "request.callSeconds.invalid");
        lengths(call.callerName(), HelpRequest.NAME_MAX, call.callerPhone(), HelpRequest.PHONE_MAX);
        List<String> services = call.recommendedServices() == null ? List.of() : call.recommendedServices();
        require(services.size() <= MAX_RECOMMENDED && services.stream().allMatch(id -> id != null && SERVICE_ID.matcher(id).matches()),
                "request.services.invalid");
    }

    private static void lengths(Object... valuesAndLimits) {
        for (int i = 0; i < valuesAndLimits.length; i += 2) {
            String value = (String) valuesAndLimits[i];
            require(value == null || value.length() <= (Integer) valuesAndLimits[i + 1], "request.field.tooLong");
        }
    }

    private static void require(boolean condition, String messageKey) {
        if (!condition) {
            throw new InvalidRequestException(messageKey);
        }
    }
}
