package org.familyportal.portal.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.familyportal.portal.application.request.Memberships;
import org.familyportal.portal.application.request.RegionTimes;
import org.familyportal.portal.domain.place.PlaceTime;
import org.omnifaces.util.Faces;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Shows moments in one format ({@code dd.MM.yyyy HH:mm}), always with the zone they are shown in:
 * a request's times in its region's zone ({@code at(instant, municipalityCode)}: "01.12.2026 14:05
 * (Иркутская область, UTC+8)"), everything else in the portal's display zone
 * ({@code portal.display.time-zone}) with its offset ("01.12.2026 09:05 (UTC+3)") or, for a staff
 * member of a resource centre, in the centre's region's zone, and how long ago
 * they were, in a form that reads the same in Russian and English.
 */
@Named
@ApplicationScoped
public class Moments {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject
    @ConfigProperty(name = "portal.display.time-zone", defaultValue = "Europe/Moscow")
    String zone;

    @Inject
    RegionTimes regions;

    @Inject
    Memberships memberships;

    /**
     * {@code instant} where the reader works: for a staff member of a resource centre in the
     * centre's region's zone, labelled with the region and offset (as {@link #at}); for everybody
     * else in the portal's display zone, labelled with its offset.
     */
    public String format(Instant instant) {
        if (instant == null) {
            return "";
        }
        Optional<RegionTimes.RegionZone> staffZone = readersCentreZone();
        if (staffZone.isPresent()) {
            return inRegion(instant, staffZone.get());
        }
        ZoneId display = ZoneId.of(zone);
        return Faces.getBundleString("time.withOffset", local(instant, display), offset(instant, display));
    }

    private static final String READERS_ZONE = Moments.class.getName() + ".readersZone";

    /** The zone of the signed-in reader's resource centre, looked up once per request. */
    @SuppressWarnings("unchecked")
    private Optional<RegionTimes.RegionZone> readersCentreZone() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null || faces.getExternalContext().getRemoteUser() == null) {
            return Optional.empty();
        }
        Map<String, Object> request = faces.getExternalContext().getRequestMap();
        Object known = request.get(READERS_ZONE);
        if (known == null) {
            String reader = faces.getExternalContext().getRemoteUser();
            known = memberships.organisationsOf(reader).stream().map(regions::ofCentre)
                    .flatMap(Optional::stream).findFirst();
            request.put(READERS_ZONE, known);
        }
        return (Optional<RegionTimes.RegionZone>) known;
    }

    /** A moment stored as UTC wall-clock time (the directory's columns), like {@link #format(Instant)}. */
    public String formatUtc(LocalDateTime utc) {
        return utc == null ? "" : format(utc.toInstant(ZoneOffset.UTC));
    }

    /** {@code instant} in the zone of {@code municipalityCode}'s region, labelled with the region and offset. */
    public String at(Instant instant, String municipalityCode) {
        if (instant == null) {
            return "";
        }
        Optional<RegionTimes.RegionZone> region = regions.of(municipalityCode);
        if (region.isEmpty()) {
            return format(instant);
        }
        return inRegion(instant, region.get());
    }

    private static String inRegion(Instant instant, RegionTimes.RegionZone region) {
        boolean english = "en".equals(language());
        return Faces.getBundleString("time.inRegion", local(instant, region.zone()),
                english ? region.nameEn() : region.nameRu(), offset(instant, region.zone()));
    }

    /**
     * For a family's pages: {@code instant} on the clock of {@code municipalityCode}'s place, labelled
     * with the place (its region's main city, {@code place.zone.<region code>}, else the region) and the
     * offset: "01.12.2026 14:05 (Иркутск, UTC+8)". Unknown place: as {@link #format(Instant)}.
     */
    public String inPlace(Instant instant, String municipalityCode) {
        if (instant == null) {
            return "";
        }
        return regions.at(instant, municipalityCode)
                .map(at -> Faces.getBundleString("time.inRegion", local(instant, at.zone()), placeLabel(at), at.offset()))
                .orElseGet(() -> format(instant));
    }

    /**
     * A deadline as a family reads it, in words: "14:05 2 декабря (Иркутск, UTC+8)", "2 December, 14:05
     * (Irkutsk, UTC+8)" ({@code time.placeDeadline}).
     */
    public String deadline(Instant instant, String municipalityCode) {
        if (instant == null) {
            return "";
        }
        Locale locale = Locale.forLanguageTag(language());
        Optional<PlaceTime> at = regions.at(instant, municipalityCode);
        ZoneId where = at.map(PlaceTime::zone).orElse(ZoneId.of(zone));
        String day = DateTimeFormatter.ofPattern(Faces.getBundleString("time.placeDeadline.day"), locale)
                .format(instant.atZone(where));
        String time = DateTimeFormatter.ofPattern("HH:mm", locale).format(instant.atZone(where));
        return Faces.getBundleString("time.placeDeadline", time, day,
                at.map(Moments::placeLabel).orElse(""), offset(instant, where)).replace("(, ", "(");
    }

    /** "Иркутск": the place a region's clock is known by (its main city), else the region's name. */
    static String placeLabel(PlaceTime at) {
        String key = "place.zone." + at.regionCode();
        ResourceBundle i18n = FacesContext.getCurrentInstance() == null ? null : Faces.getResourceBundle("i18n");
        if (i18n != null && i18n.containsKey(key)) {
            return i18n.getString(key);
        }
        return "en".equals(language()) ? at.regionNameEn() : at.regionNameRu();
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** "3 h 5 min", "2 d 4 h": the age of a request in the queue. */
    public String age(Instant since) {
        if (since == null) {
            return "";
        }
        Duration age = Duration.between(since, Instant.now());
        if (age.isNegative()) {
            age = Duration.ZERO;
        }
        if (age.toDays() > 0) {
            return Faces.getBundleString("time.daysHours", age.toDays(), age.toHoursPart());
        }
        return Faces.getBundleString("time.hoursMinutes", age.toHours(), age.toMinutesPart());
    }

    /** Today in the portal's display zone. */
    public LocalDate today() {
        return LocalDate.now(ZoneId.of(zone));
    }

    /** Today where the request of {@code municipalityCode} lives: what "overdue" is decided by. */
    public LocalDate today(String municipalityCode) {
        return LocalDate.now(regions.of(municipalityCode).map(RegionTimes.RegionZone::zone).orElse(ZoneId.of(zone)));
    }

    /** "01.12.2026 14:05": the wall-clock time of {@code instant} in {@code zone}. */
    static String local(Instant instant, ZoneId zone) {
        return DATE_TIME.format(instant.atZone(zone));
    }

    /** "UTC+8", "UTC+5:30", "UTC": the offset of {@code zone} at {@code instant}. */
    static String offset(Instant instant, ZoneId zone) {
        return PlaceTime.offset(instant, zone);
    }

    private static String language() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? "ru" : faces.getViewRoot().getLocale().getLanguage();
    }
}
