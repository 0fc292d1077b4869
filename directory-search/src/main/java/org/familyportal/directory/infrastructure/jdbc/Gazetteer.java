package org.familyportal.directory.infrastructure.jdbc;

import org.familyportal.directory.domain.search.Folding;

import org.familyportal.directory.domain.search.IndexedService;
import org.familyportal.directory.domain.search.Place;
import org.familyportal.directory.domain.search.PlaceMatch;
import org.familyportal.directory.infrastructure.lucene.PlaceLookup;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The portal's own gazetteer of settlements (no external geocoder): a typed place name becomes a
 * point and a municipality, and a point (from the browser) becomes the municipality it is in,
 * taken as the one whose nearest settlement is closest. Small enough to keep in memory.
 */
public final class Gazetteer {

    /**
     * How far a point may be from the nearest settlement the gazetteer knows and still be taken as
     * in its municipality. Farther than this the point is outside the regions the portal covers
     * (or in wilderness between them), and no municipality is named for it.
     */
    public static final double NEAREST_SETTLEMENT_MAX_KM = 50;

    private final List<Place> places;
    private final PlaceLookup lookup;
    private final Map<String, Set<String>> municipalitiesByRegion;

    private Gazetteer(List<Place> places) {
        this.places = List.copyOf(places);
        this.lookup = PlaceLookup.of(this.places);
        this.municipalitiesByRegion = this.places.stream().collect(Collectors.groupingBy(Place::regionCode,
                Collectors.mapping(Place::municipalityCode, Collectors.toCollection(LinkedHashSet::new))));
    }

    /** For tests: a gazetteer of these places. */
    public static Gazetteer of(List<Place> places) {
        return new Gazetteer(places);
    }

    public static Gazetteer load(DataSource dataSource) throws SQLException {
        List<Place> places = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT s.id, s.name_ru, s.alternative_names, s.kind, m.code, m.name_ru, r.code, r.name_ru,"
                        + " s.latitude, s.longitude FROM settlement s"
                        + " JOIN municipality m ON m.code = s.municipality_code JOIN region r ON r.code = m.region_code"
                        + " ORDER BY s.name_ru"); ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                places.add(new Place(rs.getString(1), rs.getString(2), names(rs.getString(3)), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        new IndexedService.Point(rs.getDouble(9), rs.getDouble(10))));
            }
        }
        return new Gazetteer(places);
    }

    /** Alternative names as stored: separated by semicolons, blanks dropped. */
    static List<String> names(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        return Arrays.stream(stored.split(";")).map(String::strip).filter(n -> !n.isEmpty()).toList();
    }

    public List<Place> all() {
        return places;
    }

    /** The settlement with this name (or another spelling, or a near miss of one), if it can be told. */
    public Optional<Place> find(String name) {
        return match(name).place();
    }

    /** What a typed place means: a settlement, a choice of several, or suggestions ({@link PlaceLookup}). */
    public PlaceMatch match(String typed) {
        return lookup.match(typed);
    }

    /** The municipalities of a region (by its code), empty for a region the gazetteer does not have. */
    public Set<String> municipalitiesOf(String regionCode) {
        return regionCode == null ? Set.of() : municipalitiesByRegion.getOrDefault(regionCode, Set.of());
    }

    /** Settlements whose name starts with {@code prefix}, for completing what a parent types. */
    public List<Place> startingWith(String prefix, int max) {
        String wanted = Folding.fold(prefix);
        if (wanted.isEmpty()) {
            return List.of();
        }
        return places.stream().filter(p -> Folding.fold(p.name()).startsWith(wanted)).limit(max).toList();
    }

    /**
     * The settlement nearest to a point, so its municipality can be taken as the parent's; empty
     * when none is within {@value #NEAREST_SETTLEMENT_MAX_KM} km (outside the covered regions).
     */
    public Optional<Place> nearest(IndexedService.Point point) {
        return places.stream().min(Comparator.comparingDouble(p -> squaredDistance(p.point(), point)))
                .filter(p -> p.point().distanceKm(point) <= NEAREST_SETTLEMENT_MAX_KM);
    }

    private static double squaredDistance(IndexedService.Point a, IndexedService.Point b) {
        double dLat = a.latitude() - b.latitude();
        double dLon = (a.longitude() - b.longitude()) * Math.cos(Math.toRadians(a.latitude()));
        return dLat * dLat + dLon * dLon;
    }

}
