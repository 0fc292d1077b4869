package org.familyportal.portal.application.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.familyportal.portal.domain.centre.Municipality;
import org.familyportal.portal.domain.centre.ResourceCentreRepository;
import org.familyportal.portal.domain.place.PlaceTime;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The time zone a request lives in: its municipality's region's (the gazetteer's {@code region.time_zone}),
 * for showing its times to staff and the family and for the working days of its centre; and the zone
 * a resource centre's staff work in ({@link #ofCentre}). The one place a place's time zone is looked up. Read once and
 * again only when a municipality is not known yet (the gazetteer changes seldom).
 */
@ApplicationScoped
public class RegionTimes {

    /** A region's zone and its name in both languages. */
    public record RegionZone(ZoneId zone, String nameRu, String nameEn, String regionCode) {
    }

    @Inject
    ResourceCentreRepository centres;

    private volatile Map<String, RegionZone> byMunicipality = Map.of();
    /** The zone of each resource centre: the region of the municipalities it answers for. */
    private volatile Map<String, RegionZone> byCentre = Map.of();

    /** The zone of {@code municipalityCode}'s region, if the municipality is known. */
    public Optional<RegionZone> of(String municipalityCode) {
        return lookUp(() -> byMunicipality, municipalityCode);
    }

    /**
     * The zone a staff member of {@code centreId} works in: the region of the municipalities the
     * centre answers for (read again when the centre is not known yet: it may have been set since).
     */
    public Optional<RegionZone> ofCentre(String centreId) {
        return lookUp(() -> byCentre, centreId);
    }

    /** {@code key} in the map {@code zones} gives, read again from the gazetteer when it is not there. */
    private Optional<RegionZone> lookUp(Supplier<Map<String, RegionZone>> zones, String key) {
        if (key == null) {
            return Optional.empty();
        }
        RegionZone zone = zones.get().get(key);
        if (zone == null) {
            byMunicipality = load();
            zone = zones.get().get(key);
        }
        return Optional.ofNullable(zone);
    }

    /** {@code instant} at {@code municipalityCode}: on its region's clock, if the municipality is known. */
    public Optional<PlaceTime> at(Instant instant, String municipalityCode) {
        if (instant == null) {
            return Optional.empty();
        }
        return of(municipalityCode).map(r -> new PlaceTime(instant, r.zone(), r.regionCode(), r.nameRu(), r.nameEn()));
    }

    private Map<String, RegionZone> load() {
        Map<String, RegionZone> zones = new HashMap<>();
        Map<String, RegionZone> ofCentres = new HashMap<>();
        for (Municipality m : centres.municipalities()) {
            RegionZone zone = new RegionZone(m.zone(), m.regionNameRu(), m.regionNameEn(), m.regionCode());
            zones.put(m.code().value(), zone);
            if (m.centreId() != null) {
                ofCentres.putIfAbsent(m.centreId(), zone);
            }
        }
        byCentre = Map.copyOf(ofCentres);
        return Map.copyOf(zones);
    }
}
