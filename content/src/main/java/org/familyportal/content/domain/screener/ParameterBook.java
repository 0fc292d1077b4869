package org.familyportal.content.domain.screener;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters and the zones, as the rules look them up for a household on a date: the value of the
 * household's zone, else the region's value without a zone, else the federal one. While the
 * municipality is not known in a zoned region, the value is the range of the zones' values (so a
 * check is decided when every zone agrees, and UNKNOWN otherwise).
 */
public final class ParameterBook {

    private final List<Parameter> parameters;
    private final Map<String, String> zones = new HashMap<>();

    public ParameterBook(List<Parameter> parameters, List<Zone> zones) {
        this.parameters = List.copyOf(parameters);
        for (Zone z : zones) {
            this.zones.put(z.municipality(), z.zone());
        }
    }

    public List<Parameter> parameters() {
        return parameters;
    }

    /** The zone of a municipality, or {@code null} when it has none. */
    public String zoneOf(String municipality) {
        return municipality == null ? null : zones.get(municipality);
    }

    /** The parameter's value for the household on the date, or {@code null} when none is in force (or the region is not known). */
    public Range lookup(String name, Household household, LocalDate date) {
        Range federal = null;
        Range regionWide = null;
        Range zoned = null;
        Range anyZone = null;
        boolean regional = false;
        String zone = zoneOf(household.municipality());
        for (Parameter p : parameters) {
            if (!p.name().equals(name) || !p.inForceOn(date)) {
                continue;
            }
            Range value = Range.exactly(p.value());
            if (p.region() == null) {
                federal = value;
                continue;
            }
            regional = true;
            if (!p.region().equals(household.region())) {
                continue;
            }
            if (p.zone() == null) {
                regionWide = value;
            } else {
                anyZone = anyZone == null ? value : anyZone.span(value);
                if (p.zone().equals(zone)) {
                    zoned = value;
                }
            }
        }
        if (zoned != null) {
            return zoned;
        }
        if (anyZone != null && household.municipality() == null) {
            return regionWide == null ? anyZone : anyZone.span(regionWide);
        }
        if (regionWide != null) {
            return regionWide;
        }
        if (regional && household.region() == null) {
            return null;
        }
        return federal;
    }
}
