package org.familyportal.portal.interfaces.web.hotline;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.familyportal.portal.domain.centre.Staff;
import org.familyportal.directory.domain.search.Place;
import org.familyportal.directory.domain.search.SearchQuery;
import org.familyportal.directory.domain.search.SearchResults;
import org.familyportal.portal.application.InvalidRequestException;
import org.familyportal.portal.application.request.HelpRequestIntake;
import org.familyportal.portal.application.request.HotlineDesk;
import org.familyportal.portal.application.request.Memberships;
import org.familyportal.directory.application.search.SiteSearch;
import org.familyportal.portal.domain.request.CallOutcome;
import org.familyportal.portal.domain.request.CallerType;
import org.familyportal.portal.domain.request.HelpRequest;
import org.familyportal.portal.domain.request.OperatorAction;
import org.familyportal.portal.domain.request.TriageLevel;

import org.familyportal.portal.interfaces.web.directory.ResultText;
import org.omnifaces.util.Messages;

import java.io.IOException;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Backing bean of {@code hotline/index.xhtml}: the operator logs a call while it goes on. The call's
 * duration counts from the moment the screen was opened (or the last call was saved), shown as a
 * timer, unless the operator types it. A silent or prank call is saved with its outcome alone.
 */
@Named
@ViewScoped
public class CallIntake implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    transient HelpRequestIntake intake;

    @Inject
    transient HotlineDesk desk;

    @Inject
    transient Memberships memberships;

    @Inject
    transient SiteSearch search;

    @Inject
    transient SecurityContext security;

    @Inject
    transient ResultText text;

    private Instant callStarted = Instant.now();
    /** Rendered into the form and sent back with it: a form saved twice (a double Alt+S) is one request. */
    private String formKey = newFormKey();

    private CallerType callerType = CallerType.PARENT;
    private String callerName;
    private String callerPhone;
    private String municipality;
    private List<String> topics = new ArrayList<>();
    private TriageLevel triage;
    private String summary;
    private List<String> actions = new ArrayList<>();
    private final Map<String, String> recommended = new LinkedHashMap<>();
    private String serviceQuery;
    private transient List<ServiceHit> serviceHits;
    /** Whether the operator searched (an empty list then says nothing was found). */
    private boolean searched;
    private CallOutcome outcome;
    private Integer callMinutes;

    private transient List<HelpRequest> earlier;
    private Long operatorId;
    private String loggedNumber;

    /** Looks the caller's phone up among earlier requests. */
    public void lookUpCaller() {
        earlier = desk.earlierRequests(callerPhone, operator());
    }

    /**
     * A service found for the caller: whether it serves the caller's district (it is there, its
     * area covers it, or it is available from anywhere), and its opening hours as lines.
     */
    public record ServiceHit(SearchResults.Hit hit, boolean district, List<String> hours) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** How many services the operator is shown: enough to choose from while on the phone. */
    static final int SERVICES_SHOWN = 8;
    /** The operator's words are cut here (the field allows as much). */
    private static final int QUERY_MAX = 200;

    /**
     * Searches the directory for services to recommend: those that serve the caller's district
     * first (when the municipality is chosen), then the others nearest first.
     */
    public void findServices() {
        if (serviceQuery == null || serviceQuery.isBlank()) {
            serviceHits = List.of();
            return;
        }
        String words = serviceQuery.strip();
        SearchQuery query = SearchQuery.text(words.length() > QUERY_MAX ? words.substring(0, QUERY_MAX) : words);
        try {
            List<ServiceHit> found = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            Optional<Place> place = municipality == null ? Optional.empty() : search.places().stream()
                    .filter(p -> municipality.equals(p.municipalityCode())).findFirst();
            if (place.isPresent()) {
                // A radius of nothing: only what is in the district, covers it, or is available from anywhere.
                SearchQuery district = query.near(place.get().point(), municipality, DISTRICT_ONLY_KM);
                for (SearchResults.Hit hit : search.search(district).hits()) {
                    if (found.size() < SERVICES_SHOWN && seen.add(hit.id())) {
                        found.add(serviceHit(hit, true));
                    }
                }
                query = query.near(place.get().point(), municipality, null);
            }
            for (SearchResults.Hit hit : search.search(query).hits()) {
                if (found.size() < SERVICES_SHOWN && seen.add(hit.id())) {
                    found.add(serviceHit(hit, false));
                }
            }
            serviceHits = found;
        } catch (IOException e) {
            serviceHits = List.of();
            Messages.addGlobalError("hotline.services.unavailable");
        }
        searched = true;
    }

    /** Near enough to count only what is in the district itself (see {@link #findServices}). */
    private static final double DISTRICT_ONLY_KM = 0.001;

    private ServiceHit serviceHit(SearchResults.Hit hit, boolean district) {
        List<String> hours;
        try {
            hours = search.service(hit.id()).map(s -> text.hours(s.openingRules())).orElse(List.of());
        } catch (SQLException e) {
            hours = List.of();
        }
        return new ServiceHit(hit, district, hours);
    }

    public void recommend(String id, String name) {
        recommended.put(id, name);
    }

    public void forget(String id) {
        recommended.remove(id);
    }

    /** How long the call has lasted so far, in seconds (what the timer shows and the record keeps). */
    int elapsedSeconds() {
        return (int) Math.max(0, Math.min(Duration.between(callStarted, Instant.now()).toSeconds(), 86_399));
    }

    public void save() {
        int seconds = callMinutes != null ? callMinutes * 60 : elapsedSeconds();
        List<OperatorAction> done = actions.stream().map(OperatorAction::valueOf).toList();
        HelpRequestIntake.HotlineCall call = new HelpRequestIntake.HotlineCall(callerType, callerName, callerPhone,
                municipality, topics, triage, summary, done, new ArrayList<>(recommended.keySet()), outcome, seconds);
        try {
            HelpRequest request = intake.logCall(call, getOperatorId(), operator(), formKey);
            loggedNumber = request.getNumber();
            Messages.addGlobalInfo(request.isUrgent() ? "hotline.saved.urgent" : "hotline.saved", request.getNumber());
            reset();
        } catch (InvalidRequestException e) {
            Messages.addGlobalError(e.messageKey());
        }
    }

    /** Ready for the next call. */
    private void reset() {
        callStarted = Instant.now();
        formKey = newFormKey();
        callerType = CallerType.PARENT;
        callerName = null;
        callerPhone = null;
        municipality = null;
        topics = new ArrayList<>();
        triage = null;
        summary = null;
        actions = new ArrayList<>();
        recommended.clear();
        serviceQuery = null;
        serviceHits = List.of();
        searched = false;
        outcome = null;
        callMinutes = null;
        earlier = null;
    }

    public List<HelpRequest> getMyEntries() {
        Long me = getOperatorId();
        return me == null ? List.of() : desk.entriesOf(me, 20);
    }

    /** The operator's account id: the summaries of their own earlier entries are shown, no others. */
    public Long getOperatorId() {
        if (operatorId == null) {
            operatorId = memberships.staff(operator()).map(Staff::accountId).orElse(null);
        }
        return operatorId;
    }

    private String operator() {
        return security.getCallerPrincipal().getName();
    }

    private static String newFormKey() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    public String getFormKey() { return formKey; }

    /** When the call's timer started, for the page's script that counts on from it. */
    public long getCallStartedMillis() { return callStarted.toEpochMilli(); }

    /** "04:37": the timer as the page shows it before its script runs. */
    public String getCallDuration() {
        int seconds = elapsedSeconds();
        return String.format("%02d:%02d", seconds / 60, seconds % 60);
    }

    /** The key the form was rendered with; anything that is not one is ignored. */
    public void setFormKey(String formKey) {
        if (formKey != null && formKey.matches("[0-9a-f]{32}")) {
            this.formKey = formKey;
        }
    }

    public List<HelpRequest> getEarlier() { return earlier; }
    public String getLoggedNumber() { return loggedNumber; }
    public Map<String, String> getRecommended() { return recommended; }
    public List<Map.Entry<String, String>> getRecommendedList() { return new ArrayList<>(recommended.entrySet()); }
    public List<ServiceHit> getServiceHits() { return serviceHits == null ? List.of() : serviceHits; }
    public boolean isSearched() { return searched; }
    public CallerType getCallerType() { return callerType; }
    public void setCallerType(CallerType callerType) { this.callerType = callerType; }
    public String getCallerName() { return callerName; }
    public void setCallerName(String callerName) { this.callerName = callerName; }
    public String getCallerPhone() { return callerPhone; }
    public void setCallerPhone(String callerPhone) { this.callerPhone = callerPhone; }
    public String getMunicipality() { return municipality; }
    public void setMunicipality(String municipality) { this.municipality = municipality; }
    public List<String> getTopics() { return topics; }
    public void setTopics(List<String> topics) { this.topics = topics == null ? new ArrayList<>() : topics; }
    public TriageLevel getTriage() { return triage; }
    public void setTriage(TriageLevel triage) { this.triage = triage; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public List<String> getActions() { return actions; }
    public void setActions(List<String> actions) { this.actions = actions == null ? new ArrayList<>() : actions; }
    public String getServiceQuery() { return serviceQuery; }
    public void setServiceQuery(String serviceQuery) { this.serviceQuery = serviceQuery; }
    public CallOutcome getOutcome() { return outcome; }
    public void setOutcome(CallOutcome outcome) { this.outcome = outcome; }
    public Integer getCallMinutes() { return callMinutes; }
    public void setCallMinutes(Integer callMinutes) { this.callMinutes = callMinutes; }
}
