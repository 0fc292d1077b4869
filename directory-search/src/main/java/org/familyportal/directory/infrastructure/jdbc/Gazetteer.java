package org.familyportal.directory.infrastructure.jdbc;

import org.apache.lucene.util.SloppyMath;
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
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
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
    /** Places by folded name, in the order of {@link #places} (a full region list has thousands). */
    private final Map<String, List<Place>> byName = new HashMap<>();
    /** Places by folded name or folded alternative name. */
    private final Map<String, List<Place>> byAnyName = new HashMap<>();
    /** Folded names in order, for prefix lookups without a scan of every place. */
    private final NavigableMap<String, List<Integer>> positionsByName = new TreeMap<>();

    private final PlaceLookup lookup;
    private final Map<String, Set<String>> municipalitiesByRegion;

    private Gazetteer(List<Place> places) {
        this.places = List.copyOf(places);
        this.lookup = PlaceLookup.of(this.places);
        this.municipalitiesByRegion = this.places.stream().collect(Collectors.groupingBy(Place::regionCode,
                Collectors.mapping(Place::municipalityCode, Collectors.toCollection(LinkedHashSet::new))));
        for (int i = 0; i < this.places.size(); i++) {
            Place place = this.places.get(i);
            String name = Folding.fold(place.name());
            byName.computeIfAbsent(name, n -> new ArrayList<>()).add(place);
            positionsByName.computeIfAbsent(name, n -> new ArrayList<>()).add(i);
            Set<String> names = new LinkedHashSet<>();
            names.add(name);
            place.alternativeNames().forEach(n -> names.add(Folding.fold(n)));
            names.forEach(n -> byAnyName.computeIfAbsent(n, k -> new ArrayList<>()).add(place));
        }
    }

    public static Gazetteer load(DataSource dataSource) throws SQLException {
        List<Place> places = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT s.id, s.name_ru, s.alternative_names, s.kind, m.code, m.name_ru, r.code, r.name_ru,"
                        + " s.latitude, s.longitude, s.name_en, r.name_en FROM settlement s"
                        + " JOIN municipality m ON m.code = s.municipality_code JOIN region r ON r.code = m.region_code"
                        // Of places sharing a name, a municipality's centre first, then by id: the same every start.
                        + " ORDER BY s.name_ru, (s.centre = 'municipality') DESC, s.id"); ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                places.add(new Place(rs.getString(1), rs.getString(2), names(rs.getString(3)), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        new IndexedService.Point(rs.getDouble(9), rs.getDouble(10)), rs.getString(11), rs.getString(12)));
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

    /** The settlement with this name (compared as Folding does), the first when several share it. */
    public Optional<Place> find(String name) {
        List<Place> found = byName.get(Folding.fold(name));
        return found == null ? Optional.empty() : Optional.of(found.get(0));
    }

    /**
     * Every settlement known by this name or by one of its alternative names (a Latin spelling, an
     * older name, a short form), compared as Folding does; several when places share a name.
     */
    public List<Place> withAnyName(String name) {
        return byAnyName.getOrDefault(Folding.fold(name), List.of());
    }

    /** What a typed place means: a settlement, a choice of several, or suggestions ({@link PlaceLookup}). */
    public PlaceMatch match(String typed) {
        return lookup.match(typed);
    }

    /** The municipalities of each region the gazetteer has. */
    public List<Set<String>> municipalitiesByRegion() {
        return List.copyOf(municipalitiesByRegion.values());
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
        // The names from the prefix on, in the gazetteer's own order (the database's collation).
        List<Integer> positions = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> entry : positionsByName.tailMap(wanted, true).entrySet()) {
            if (!entry.getKey().startsWith(wanted)) {
                break;
            }
            positions.addAll(entry.getValue());
        }
        return positions.stream().sorted().limit(max).map(places::get).toList();
    }

    /**
     * The settlement nearest to a point, so its municipality can be taken as the parent's; empty
     * when none is within {@value #NEAREST_SETTLEMENT_MAX_KM} km (outside the covered regions).
     * One pass over the gazetteer without allocation: microseconds for the thousands of places a
     * full regional list has.
     */
    public Optional<Place> nearest(IndexedService.Point point) {
        Place nearest = null;
        double best = Double.MAX_VALUE;
        for (Place place : places) {
            double distance = SloppyMath.haversinSortKey(place.point().latitude(), place.point().longitude(),
                    point.latitude(), point.longitude());
            if (distance < best) {
                best = distance;
                nearest = place;
            }
        }
        return nearest != null && SloppyMath.haversinMeters(best) <= NEAREST_SETTLEMENT_MAX_KM * 1000
                ? Optional.of(nearest) : Optional.empty();
    }

}
