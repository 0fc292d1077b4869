package org.familyportal.portal.interfaces.web.listing;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.familyportal.directory.application.draft.ConcurrentDraftChangeException;
import org.familyportal.directory.application.draft.InvalidDraftException;
import org.familyportal.directory.application.draft.ListingEditing;
import org.familyportal.directory.application.draft.PublishedListingChangedException;
import org.familyportal.directory.domain.draft.DraftState;
import org.familyportal.directory.domain.draft.ListingDiff.FieldChange;
import org.familyportal.directory.domain.draft.ListingSnapshot;
import org.familyportal.directory.domain.draft.ListingSnapshot.Accepting;
import org.familyportal.directory.domain.draft.ListingSnapshot.Hours;
import org.familyportal.directory.domain.draft.ListingSnapshot.HoursMode;
import org.familyportal.directory.domain.draft.ListingSnapshot.Location;
import org.familyportal.directory.domain.draft.ListingSnapshot.Service;
import org.familyportal.directory.domain.draft.PublishedListings.Municipality;
import org.familyportal.directory.domain.draft.PublishedListings.Term;
import org.familyportal.directory.domain.draft.SnapshotCheck.Problem;
import org.familyportal.directory.domain.search.OpeningRule;
import org.familyportal.directory.domain.search.Phone;
import org.familyportal.portal.interfaces.web.CurrentLanguage;
import org.familyportal.portal.interfaces.web.Moments;
import org.familyportal.portal.interfaces.web.directory.ResultText;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Backing bean of the listing editor ({@code organisation/listing.xhtml} for members,
 * {@code moderation/listing.xhtml} and {@code moderation/draft.xhtml} for moderators): holds the
 * listing as typed, adds and removes its parts, and sends it to {@link ListingEditing}, which
 * decides who may do what. A refusal there is "not found", like a restricted page.
 */
@Named
@ViewScoped
public class ListingEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ListingEditing editing;

    @Inject
    transient Moments moments;

    @Inject
    transient CurrentLanguage language;

    @Inject
    transient ResultText resultText;

    private String org;
    private String id;
    private String draftId;
    private long version;
    private DraftState state;
    private String reason;
    private String author;
    private LocalDateTime submittedAt;
    private boolean newListing;
    private ListingSnapshot snapshot;
    private List<FieldChange> changes;
    private boolean preview;
    private String rejection;
    private List<Municipality> municipalities;
    private List<Term> terms;

    /** Members' page: the organisation's open draft, else its published listing; unknown ones are 404. */
    public void load() {
        if (org == null || org.isBlank()) {
            Faces.responseSendError(404, null);
            return;
        }
        try {
            show(editing.open(org));
        } catch (InvalidDraftException e) {
            Faces.responseSendError(404, null);
        }
    }

    /** Moderators' pages: a draft by id (with the difference), an organisation's listing, or a new one. */
    public void loadForModeration() {
        try {
            if (id != null && !id.isBlank()) {
                ListingEditing.Review review = editing.review(id);
                show(review.draft());
                changes = review.changes();
            } else if (org != null && !org.isBlank()) {
                show(editing.open(org));
            } else {
                show(editing.newListing());
            }
        } catch (InvalidDraftException e) {
            Faces.responseSendError(404, null);
        }
    }

    public void save() {
        store(false);
    }

    public void submit() {
        store(true);
    }

    private boolean store(boolean submit) {
        if (org != null && snapshot != null && !org.equals(snapshot.getOrganisation().getId())) {
            // A form of one organisation posted to another's address (crafted): refused, nothing stored.
            Faces.responseSendError(404, null);
            return false;
        }
        try {
            show(editing.save(draftId, version, snapshot, submit));
            changes = editing.changes(snapshot);
            Messages.addGlobalInfo(submit ? "draft.submitted" : "draft.saved");
            return true;
        } catch (InvalidDraftException e) {
            explain(e);
            return false;
        }
    }

    /**
     * A moderator saves the listing as a draft sent for review, and goes on to the review (the
     * difference and the decision).
     */
    public String saveForModeration() {
        if (store(true)) {
            Faces.getFlash().setKeepMessages(true);
            return "/moderation/draft.xhtml?faces-redirect=true&id=" + draftId;
        }
        return null;
    }

    public void approve() {
        try {
            show(editing.approve(draftId, version, snapshot));
            changes = List.of();
            Messages.addGlobalInfo("draft.approved");
        } catch (PublishedListingChangedException e) {
            // What the moderator typed stays; the difference is now against the listing published today.
            version = e.editing().version();
            changes = editing.changes(snapshot);
            Messages.addGlobalWarn(e.messageKey());
        } catch (InvalidDraftException e) {
            explain(e);
        }
    }

    public void reject() {
        try {
            show(editing.reject(draftId, version, rejection));
            Messages.addGlobalInfo("draft.rejected");
        } catch (InvalidDraftException e) {
            explain(e);
        }
    }

    public void togglePreview() {
        preview = !preview;
    }

    public void addService() {
        Service service = snapshot.addService();
        service.setHoursMode(HoursMode.NOT_GIVEN);
        if (snapshot.getLocations().size() == 1) {
            service.getLocationIds().add(snapshot.getLocations().get(0).getId());
        }
    }

    public void removeService(Service service) {
        snapshot.getServices().remove(service);
    }

    public void addLocation() {
        snapshot.addLocation();
    }

    public void removeLocation(Location location) {
        snapshot.getLocations().remove(location);
        snapshot.getServices().forEach(s -> s.getLocationIds().remove(location.getId()));
    }

    public void addPhone(Service service) {
        service.addPhone().setType("voice");
    }

    public void removePhone(Service service, ListingSnapshot.Phone phone) {
        service.getPhones().remove(phone);
    }

    public void addHours(Service service) {
        service.setHoursMode(HoursMode.GIVEN);
        service.addHours();
    }

    public void addClosure(Service service) {
        service.addHours().setClosed(true);
    }

    public void removeHours(Service service, Hours hours) {
        service.getHours().remove(hours);
    }

    private void show(ListingEditing.Editing shown) {
        draftId = shown.draftId();
        version = shown.version();
        state = shown.state();
        reason = shown.reason();
        author = shown.author();
        submittedAt = shown.submittedAt();
        newListing = shown.newListing();
        snapshot = shown.snapshot();
        org = snapshot.getOrganisation().getId();
    }

    /** The rule broken, and each field in question beside its input ({@code listing:services:0:phones:1:number}). */
    private void explain(InvalidDraftException e) {
        if (e instanceof ConcurrentDraftChangeException) {
            Messages.addGlobalError("draft.changedMeanwhile");
            return;
        }
        Messages.addGlobalError(e.messageKey());
        for (Problem problem : e.problems()) {
            String clientId = "listing:" + problem.path().replace("].", ":").replace("[", ":").replace("]", "")
                    .replace("organisation.", "organisation_");
            Messages.addError(clientId, problem.messageKey());
            Messages.addGlobalError("draft.problemAt", where(problem.path()), Faces.getBundleString(problem.messageKey()));
        }
    }

    /** Where a problem is, in words: "Услуга «Консультация», телефон 2". */
    private String where(String path) {
        String[] parts = path.split("\\.");
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            String name = part.replaceAll("\\[\\d+]", "");
            int index = part.contains("[") ? Integer.parseInt(part.replaceAll(".*\\[(\\d+)]", "$1")) : -1;
            if (text.length() > 0) {
                text.append(", ");
            }
            if (name.equals("services") && index >= 0) {
                text.append(Faces.getBundleString("draft.where.service", index + 1,
                        Objects.toString(snapshot.getServices().get(index).getName(), "")));
            } else if (name.equals("locations") && index >= 0) {
                text.append(Faces.getBundleString("draft.where.location", index + 1));
            } else if (index >= 0) {
                text.append(Faces.getBundleString("draft.where." + name, index + 1));
            } else {
                text.append(Faces.getBundleString("draft.field." + name));
            }
        }
        return text.toString();
    }

    // --- what the form offers

    public List<Municipality> getMunicipalities() {
        if (municipalities == null) {
            municipalities = editing.municipalities();
        }
        return municipalities;
    }

    public String municipalityLabel(Municipality m) {
        return "en".equals(language.getCode()) ? m.nameEn() + " (" + m.regionEn() + ")" : m.nameRu() + " (" + m.regionRu() + ")";
    }

    public List<Term> getTerms() {
        if (terms == null) {
            terms = editing.terms();
        }
        return terms;
    }

    public String termLabel(Term t) {
        String taxonomy = List.of("family-support", "audience", "delivery", "provider-type").contains(t.taxonomy())
                ? Faces.getBundleString("draft.taxonomy." + t.taxonomy()) : t.taxonomy();
        return taxonomy + ": " + ("en".equals(language.getCode()) ? t.nameEn() : t.nameRu());
    }

    public List<String> getPhoneTypes() {
        return Phone.KINDS;
    }

    public List<String> getLanguages() {
        return List.of("ru", "en", "tt", "ba", "uk", "kk", "uz", "tg", "hy", "az", "zh", "de", "sgn");
    }

    public DayOfWeek[] getDays() {
        return DayOfWeek.values();
    }

    public String dayLabel(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, language.getLocale());
    }

    public Accepting[] getAcceptingValues() {
        return Accepting.values();
    }

    public HoursMode[] getHoursModes() {
        return HoursMode.values();
    }

    /** The locations a service may be offered at, by id. */
    public Map<String, String> getLocationChoices() {
        Map<String, String> choices = new LinkedHashMap<>();
        for (int i = 0; i < snapshot.getLocations().size(); i++) {
            Location l = snapshot.getLocations().get(i);
            choices.put(locationLabel(l, i), l.getId());
        }
        return choices;
    }

    private String locationLabel(Location l, int index) {
        String name = l.getName() != null && !l.getName().isBlank() ? l.getName()
                : l.getAddress() != null && !l.getAddress().isBlank() ? l.getAddress() : null;
        return name == null ? Faces.getBundleString("draft.where.location", index + 1) : name;
    }

    // --- the preview of the public page and the review

    public List<Phone> previewPhones(Service service) {
        return service.getPhones().stream()
                .map(p -> new Phone(p.getNumber(), p.getType(), p.getDescription()))
                .sorted(java.util.Comparator.comparingInt(p -> getPhoneTypes().indexOf(p.kind())))
                .toList();
    }

    /** The hours as the public page will read them. */
    public List<String> previewHours(Service service) {
        List<OpeningRule> rules = service.hoursToPublish().stream().map(h -> new OpeningRule(
                h.isClosed() || h.getDays().isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(h.getDays()),
                h.isClosed() ? null : h.getOpensAt(), h.isClosed() ? null : h.getClosesAt(), h.getValidFrom(), h.getValidTo(),
                h.isClosed(), null)).toList();
        List<String> lines = resultText.hours(rules);
        return lines.isEmpty() ? List.of(Faces.getBundleString("Opening.NOT_GIVEN")) : lines;
    }

    public String previewAreas(Service service) {
        return service.getAreas().stream().map(code -> getMunicipalities().stream().filter(m -> m.code().equals(code))
                .findFirst().map(m -> "en".equals(language.getCode()) ? m.nameEn() : m.nameRu()).orElse(code))
                .collect(Collectors.joining(", "));
    }

    public String previewTerms(Service service) {
        return service.getTerms().stream().map(id -> getTerms().stream().filter(t -> t.id().equals(id)).findFirst()
                .map(t -> "en".equals(language.getCode()) ? t.nameEn() : t.nameRu()).orElse(id)).collect(Collectors.joining(", "));
    }

    /** Where a service is offered, as the public reads it: a shelter's address is never shown. */
    public List<String> previewPlaces(Service service) {
        return service.getLocationIds().stream().map(id -> snapshot.location(id).orElse(null)).filter(Objects::nonNull)
                .map(l -> l.isConfidential() ? Faces.getBundleString("service.confidential")
                        : String.join(", ", java.util.stream.Stream.of(l.getCity(), l.getAddress())
                        .filter(s -> s != null && !s.isBlank()).toList()))
                .toList();
    }

    public String previewLanguages(Service service) {
        return service.getLanguages().stream().map(code -> Faces.getBundleString("draft.language." + code))
                .collect(Collectors.joining(", "));
    }

    /** A changed field's name in the reader's language. */
    public String fieldLabel(FieldChange change) {
        return Faces.getBundleString("draft.field." + change.field());
    }

    /** One side of a change as the moderator reads it: codes and ids in words of the reader's language. */
    public String shown(FieldChange change, boolean after) {
        String value = after ? change.after() : change.before();
        if (value == null || value.isEmpty()) {
            return "";
        }
        switch (change.field()) {
            case "accepting" -> {
                Accepting accepting = Accepting.ofCode(value);
                return accepting == null ? value : Faces.getBundleString("draft.accepting." + accepting.name());
            }
            case "phones" -> {
                String text = value;
                for (String kind : getPhoneTypes()) {
                    text = text.replace("(" + kind + ")", "(" + Faces.getBundleString("Phone." + kind) + ")");
                }
                return text;
            }
            case "hours" -> {
                String text = value.replace("24/7", Faces.getBundleString("draft.hoursMode.ALWAYS"))
                        .replace(" closed", " " + Faces.getBundleString("draft.closure").toLowerCase(language.getLocale()));
                for (DayOfWeek day : DayOfWeek.values()) {
                    text = text.replaceAll("\\b" + day.name().substring(0, 2) + "\\b", dayLabel(day));
                }
                return text;
            }
            case "terms" -> {
                return java.util.Arrays.stream(value.split(", ")).map(id -> getTerms().stream().filter(t -> t.id().equals(id))
                        .findFirst().map(t -> "en".equals(language.getCode()) ? t.nameEn() : t.nameRu()).orElse(id))
                        .collect(Collectors.joining(", "));
            }
            case "areas", "municipality" -> {
                return java.util.Arrays.stream(value.split(", ")).map(code -> getMunicipalities().stream()
                        .filter(m -> m.code().equals(code)).findFirst().map(this::municipalityLabel).orElse(code))
                        .collect(Collectors.joining(", "));
            }
            case "locations" -> {
                return java.util.Arrays.stream(value.split(", ")).map(id -> snapshot.location(id)
                        .map(l -> locationLabel(l, snapshot.getLocations().indexOf(l))).orElse(id)).collect(Collectors.joining(", "));
            }
            case "confidential" -> {
                return Faces.getBundleString("draft.field.confidential");
            }
            case "languages" -> {
                return java.util.Arrays.stream(value.split(", ")).map(code -> Faces.getBundleString("draft.language." + code))
                        .collect(Collectors.joining(", "));
            }
            default -> {
                return value;
            }
        }
    }

    public String partLabel(FieldChange change) {
        return Faces.getBundleString("draft.part." + change.part());
    }

    public String getWaiting() {
        if (submittedAt == null) {
            return "";
        }
        Duration waiting = Duration.between(submittedAt, LocalDateTime.now(java.time.ZoneOffset.UTC));
        return waiting.toDays() == 0 ? Faces.getBundleString("draft.waitingHours", waiting.toHours())
                : Faces.getBundleString("draft.waitingDays", waiting.toDays());
    }

    public String getSubmittedAtText() {
        return moments.formatUtc(submittedAt);
    }

    public boolean isDecidable() {
        return state == DraftState.SUBMITTED;
    }

    public boolean isEditable() {
        return state != DraftState.APPROVED;
    }

    // --- view parameters and state

    public String getOrg() { return org; }
    public void setOrg(String org) { this.org = org; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getDraftId() { return draftId; }
    public long getVersion() { return version; }
    public DraftState getState() { return state; }
    public String getReason() { return reason; }
    public String getAuthor() { return author; }
    public boolean isNewListing() { return newListing; }
    public ListingSnapshot getSnapshot() { return snapshot; }
    public List<FieldChange> getChanges() { return changes; }
    public boolean isPreview() { return preview; }
    public String getRejection() { return rejection; }
    public void setRejection(String rejection) { this.rejection = rejection; }
}
