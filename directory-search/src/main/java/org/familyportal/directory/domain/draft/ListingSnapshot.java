package org.familyportal.directory.domain.draft;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The whole listing of one organisation as one value: the organisation, its services (with their
 * phones, hours, service areas, documents, languages and taxonomy terms) and its locations. A draft
 * holds one (as JSON, {@link SnapshotJson}); the published listing is read into one to be compared
 * ({@link ListingDiff}); approving a draft writes one to the HSDS tables. The parts are mutable
 * beans so that a form edits them in place; {@link #copy()} gives an independent one.
 */
public class ListingSnapshot implements Serializable {

    private static final long serialVersionUID = 1L;

    private Organisation organisation = new Organisation();
    private List<Service> services = new ArrayList<>();
    private List<Location> locations = new ArrayList<>();

    /** An empty listing of a new organisation, with fresh ids. */
    public static ListingSnapshot newListing() {
        ListingSnapshot snapshot = new ListingSnapshot();
        snapshot.organisation.setId(newId());
        return snapshot;
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    public ListingSnapshot copy() {
        return SnapshotJson.read(SnapshotJson.write(this));
    }

    public Service addService() {
        Service service = new Service();
        service.setId(newId());
        services.add(service);
        return service;
    }

    public Location addLocation() {
        Location location = new Location();
        location.setId(newId());
        locations.add(location);
        return location;
    }

    public Optional<Service> service(String id) {
        return services.stream().filter(s -> s.getId().equals(id)).findFirst();
    }

    public Optional<Location> location(String id) {
        return locations.stream().filter(l -> l.getId().equals(id)).findFirst();
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public void setOrganisation(Organisation organisation) {
        this.organisation = organisation;
    }

    public List<Service> getServices() {
        return services;
    }

    public void setServices(List<Service> services) {
        this.services = services;
    }

    public List<Location> getLocations() {
        return locations;
    }

    public void setLocations(List<Location> locations) {
        this.locations = locations;
    }

    /** Whether a service takes new families (the portal's own field; HSDS has none). */
    public enum Accepting {
        YES, WAITING_LIST, NO;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        public static Accepting ofCode(String code) {
            for (Accepting a : values()) {
                if (a.code().equals(code)) {
                    return a;
                }
            }
            return null;
        }
    }

    /** How a service's hours are given: by periods, round the clock, or not at all. */
    public enum HoursMode {
        GIVEN, ALWAYS, NOT_GIVEN
    }

    /** HSDS {@code organization} with its ОГРН ({@code organization_identifier}). */
    public static class Organisation implements Serializable {

        private static final long serialVersionUID = 1L;

        private String id;
        private String name;
        private String alternateName;
        private String description;
        /** ИНН (HSDS {@code tax_id}). */
        private String taxId;
        /** ОГРН (an {@code organization_identifier} of type {@value SnapshotCheck#OGRN_TYPE}). */
        private String ogrn;
        private String website;
        private String email;
        /** The address of the logo image (HSDS {@code logo}). */
        private String logo;

        public String getId() { return id; }
        public void setId(String id) { this.id = id; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getAlternateName() { return alternateName; }
        public void setAlternateName(String alternateName) { this.alternateName = alternateName; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public String getTaxId() { return taxId; }
        public void setTaxId(String taxId) { this.taxId = taxId; }
        public String getOgrn() { return ogrn; }
        public void setOgrn(String ogrn) { this.ogrn = ogrn; }
        public String getWebsite() { return website; }
        public void setWebsite(String website) { this.website = website; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
        public String getLogo() { return logo; }
        public void setLogo(String logo) { this.logo = logo; }
    }

    /** HSDS {@code service} with what hangs from it. */
    public static class Service implements Serializable {

        private static final long serialVersionUID = 1L;

        private String id;
        private String name;
        private String alternateName;
        private String description;
        private String applicationProcess;
        private String eligibility;
        private Integer minimumAge;
        private Integer maximumAge;
        /** Documents needed, one per entry (HSDS {@code required_document}). */
        private List<String> documents = new ArrayList<>();
        private String fees;
        /** ISO 639-1 codes (HSDS {@code language}). */
        private List<String> languages = new ArrayList<>();
        /** Taxonomy terms: kinds of help, audiences, formats (HSDS {@code attribute}). */
        private List<String> terms = new ArrayList<>();
        private Accepting accepting;
        private String url;
        private String email;
        /** The organisation's locations where it is offered (HSDS {@code service_at_location}). */
        private List<String> locationIds = new ArrayList<>();
        private List<Phone> phones = new ArrayList<>();
        private HoursMode hoursMode = HoursMode.NOT_GIVEN;
        private List<Hours> hours = new ArrayList<>();
        /** Municipalities served, by gazetteer code (HSDS {@code service_area}). */
        private List<String> areas = new ArrayList<>();

        public Phone addPhone() {
            Phone phone = new Phone();
            phone.setId(newId());
            phones.add(phone);
            return phone;
        }

        public Hours addHours() {
            Hours h = new Hours();
            h.setId(newId());
            hours.add(h);
            return h;
        }

        public String getId() { return id; }
        public void setId(String id) { this.id = id; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getAlternateName() { return alternateName; }
        public void setAlternateName(String alternateName) { this.alternateName = alternateName; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public String getApplicationProcess() { return applicationProcess; }
        public void setApplicationProcess(String applicationProcess) { this.applicationProcess = applicationProcess; }
        public String getEligibility() { return eligibility; }
        public void setEligibility(String eligibility) { this.eligibility = eligibility; }
        public Integer getMinimumAge() { return minimumAge; }
        public void setMinimumAge(Integer minimumAge) { this.minimumAge = minimumAge; }
        public Integer getMaximumAge() { return maximumAge; }
        public void setMaximumAge(Integer maximumAge) { this.maximumAge = maximumAge; }
        public List<String> getDocuments() { return documents; }
        public void setDocuments(List<String> documents) { this.documents = documents; }
        public String getFees() { return fees; }
        public void setFees(String fees) { this.fees = fees; }
        public List<String> getLanguages() { return languages; }
        public void setLanguages(List<String> languages) { this.languages = languages; }
        public List<String> getTerms() { return terms; }
        public void setTerms(List<String> terms) { this.terms = terms; }
        public Accepting getAccepting() { return accepting; }
        public void setAccepting(Accepting accepting) { this.accepting = accepting; }
        public String getUrl() { return url; }
        public void setUrl(String url) { this.url = url; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
        public List<String> getLocationIds() { return locationIds; }
        public void setLocationIds(List<String> locationIds) { this.locationIds = locationIds; }
        public List<Phone> getPhones() { return phones; }
        public void setPhones(List<Phone> phones) { this.phones = phones; }
        public HoursMode getHoursMode() { return hoursMode; }
        public void setHoursMode(HoursMode hoursMode) { this.hoursMode = hoursMode; }
        public List<Hours> getHours() { return hours; }
        public void setHours(List<Hours> hours) { this.hours = hours; }
        public List<String> getAreas() { return areas; }
        public void setAreas(List<String> areas) { this.areas = areas; }

        /**
         * The periods to publish: by the mode, every period ({@code GIVEN}), the closures and one
         * period of every day round the clock ({@code ALWAYS}: the one there was, else a new one),
         * or the closures only ({@code NOT_GIVEN}).
         */
        public List<Hours> hoursToPublish() {
            List<Hours> closures = hours.stream().filter(Hours::isClosed).toList();
            if (hoursMode == HoursMode.GIVEN) {
                return hours;
            }
            List<Hours> published = new ArrayList<>(closures);
            if (hoursMode == HoursMode.ALWAYS) {
                Hours always = hours.stream().filter(Hours::isRoundTheClock).findFirst().orElseGet(() -> {
                    Hours h = new Hours();
                    h.setId(newId());
                    h.setDays(new ArrayList<>(List.of(DayOfWeek.values())));
                    h.setOpensAt(LocalTime.MIDNIGHT);
                    h.setClosesAt(LocalTime.of(23, 59, 59));
                    return h;
                });
                published.add(always);
            }
            return published;
        }

        /** The documents one per line, for a text area. */
        public String getDocumentLines() {
            return String.join("\n", documents);
        }

        public void setDocumentLines(String lines) {
            documents = new ArrayList<>();
            if (lines != null) {
                lines.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(documents::add);
            }
        }
    }

    /** HSDS {@code phone}: a number, what line it is ({@code type}) and a description. */
    public static class Phone implements Serializable {

        private static final long serialVersionUID = 1L;

        private String id;
        private String number;
        private String type;
        private String description;

        public String getId() { return id; }
        public void setId(String id) { this.id = id; }
        public String getNumber() { return number; }
        public void setNumber(String number) { this.number = number; }
        public String getType() { return type; }
        public void setType(String type) { this.type = type; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
    }

    /**
     * One period of a service's hours (HSDS {@code schedule}): on some days from one time to another
     * (closing before opening runs into the next day), optionally only between two dates; or, when
     * {@code closed}, a closure (a holiday, a temporary closure) between two dates. Several periods
     * may fall on one day (a lunch break).
     */
    public static class Hours implements Serializable {

        private static final long serialVersionUID = 1L;

        private String id;
        private List<DayOfWeek> days = new ArrayList<>();
        private LocalTime opensAt;
        private LocalTime closesAt;
        private LocalDate validFrom;
        private LocalDate validTo;
        private boolean closed;
        private String description;
        /** The schedule's own UTC offset when the data gave one; kept as it was. */
        private BigDecimal timezone;

        public String getId() { return id; }
        public void setId(String id) { this.id = id; }
        public List<DayOfWeek> getDays() { return days; }
        public void setDays(List<DayOfWeek> days) { this.days = days; }
        public LocalTime getOpensAt() { return opensAt; }
        public void setOpensAt(LocalTime opensAt) { this.opensAt = opensAt; }
        public LocalTime getClosesAt() { return closesAt; }
        public void setClosesAt(LocalTime closesAt) { this.closesAt = closesAt; }
        public LocalDate getValidFrom() { return validFrom; }
        public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
        public LocalDate getValidTo() { return validTo; }
        public void setValidTo(LocalDate validTo) { this.validTo = validTo; }
        public boolean isClosed() { return closed; }
        public void setClosed(boolean closed) { this.closed = closed; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public BigDecimal getTimezone() { return timezone; }
        public void setTimezone(BigDecimal timezone) { this.timezone = timezone; }

        /** Every day, midnight to midnight, without dates: open 24/7. */
        public boolean isRoundTheClock() {
            return !closed && days.size() == 7 && LocalTime.MIDNIGHT.equals(opensAt) && closesAt != null
                    && !closesAt.isBefore(LocalTime.of(23, 59)) && validFrom == null && validTo == null;
        }

        /** Closing at or before opening: the period ends the next day. */
        public boolean isOvernight() {
            return opensAt != null && closesAt != null && !closesAt.isAfter(opensAt);
        }
    }

    /** HSDS {@code location} with its address and accessibility. */
    public static class Location implements Serializable {

        private static final long serialVersionUID = 1L;

        private String id;
        private String name;
        private String address;
        private String city;
        private String postalCode;
        private String region;
        /** The gazetteer's municipality. */
        private String municipalityCode;
        private BigDecimal latitude;
        private BigDecimal longitude;
        private String accessibility;
        /** A shelter: address and coordinates are never published. */
        private boolean confidential;

        public String getId() { return id; }
        public void setId(String id) { this.id = id; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getAddress() { return address; }
        public void setAddress(String address) { this.address = address; }
        public String getCity() { return city; }
        public void setCity(String city) { this.city = city; }
        public String getPostalCode() { return postalCode; }
        public void setPostalCode(String postalCode) { this.postalCode = postalCode; }
        public String getRegion() { return region; }
        public void setRegion(String region) { this.region = region; }
        public String getMunicipalityCode() { return municipalityCode; }
        public void setMunicipalityCode(String municipalityCode) { this.municipalityCode = municipalityCode; }
        public BigDecimal getLatitude() { return latitude; }
        public void setLatitude(BigDecimal latitude) { this.latitude = latitude; }
        public BigDecimal getLongitude() { return longitude; }
        public void setLongitude(BigDecimal longitude) { this.longitude = longitude; }
        public String getAccessibility() { return accessibility; }
        public void setAccessibility(String accessibility) { this.accessibility = accessibility; }
        public boolean isConfidential() { return confidential; }
        public void setConfidential(boolean confidential) { this.confidential = confidential; }
    }
}
