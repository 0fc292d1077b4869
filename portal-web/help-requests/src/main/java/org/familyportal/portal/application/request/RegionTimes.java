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

/**
 * The time zone a request lives in: its municipality's region's (the gazetteer's {@code region.time_zone}),
 * for showing its times to staff and the family and for the working days of its centre. Read once and
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

    /** The zone of {@code municipalityCode}'s region, if the municipality is known. */
    public Optional<RegionZone> of(String municipalityCode) {
        if (municipalityCode == null) {
            return Optional.empty();
        }
        RegionZone zone = byMunicipality.get(municipalityCode);
        if (zone == null) {
            byMunicipality = load();
            zone = byMunicipality.get(municipalityCode);
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
        for (Municipality m : centres.municipalities()) {
            zones.put(m.code().value(), new RegionZone(m.zone(), m.regionNameRu(), m.regionNameEn(), m.regionCode()));
        }
        return Map.copyOf(zones);
    }
}
