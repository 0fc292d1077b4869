package org.familyportal.directory.domain.places;

import org.apache.lucene.util.SloppyMath;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A municipality without a family resource centre of its own is served by the centre of the
 * nearest municipality of its region that has one (by their centres' points), so that a help
 * request from it reaches a centre.
 */
public final class CentreRouting {

    /** A municipality as the routing sees it: its region, its centre's point and its resource centre (or null). */
    public record Served(String code, String region, double latitude, double longitude, String centre) {
    }

    private CentreRouting() {
    }

    /**
     * The centre for each of {@code wanted} that has none yet, taken from the nearest municipality
     * of its region among {@code all} that has one; municipalities with no such neighbour are left out.
     *
     * @return municipality code → centre organisation id, in the order of {@code all}
     */
    public static Map<String, String> nearestCentres(List<Served> all, Collection<String> wanted) {
        Set<String> routing = new HashSet<>(wanted);
        Map<String, String> routed = new LinkedHashMap<>();
        for (Served m : all) {
            if (!routing.contains(m.code()) || m.centre() != null) {
                continue;
            }
            Served nearest = null;
            double best = Double.MAX_VALUE;
            for (Served other : all) {
                if (other.centre() == null || !other.region().equals(m.region())) {
                    continue;
                }
                double distance = SloppyMath.haversinSortKey(m.latitude(), m.longitude(), other.latitude(),
                        other.longitude());
                if (distance < best) {
                    best = distance;
                    nearest = other;
                }
            }
            if (nearest != null) {
                routed.put(m.code(), nearest.centre());
            }
        }
        return routed;
    }
}
