package org.familyportal.portal.application.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
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
    public record RegionZone(ZoneId zone, String nameRu, String nameEn) {
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

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

    private Map<String, RegionZone> load() {
        List<?> rows = em.createNativeQuery("SELECT m.code, r.time_zone, r.name_ru, r.name_en FROM municipality m"
                + " JOIN region r ON r.code = m.region_code").getResultList();
        Map<String, RegionZone> zones = new HashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            zones.put((String) r[0], new RegionZone(ZoneId.of((String) r[1]), (String) r[2], (String) r[3]));
        }
        return Map.copyOf(zones);
    }
}
