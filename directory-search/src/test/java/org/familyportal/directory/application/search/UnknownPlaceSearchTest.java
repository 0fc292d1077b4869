package org.familyportal.directory.application.search;

import org.familyportal.directory.infrastructure.search.LuceneDirectorySearch;
import org.familyportal.directory.wiring.Directory;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.familyportal.directory.DirectoryDatabase;
import org.familyportal.directory.application.demo.DemoDataLoad;
import org.familyportal.directory.domain.search.IndexedService;
import org.familyportal.directory.domain.search.PlaceMatch;
import org.familyportal.directory.domain.search.SearchQuery;
import org.familyportal.directory.domain.search.SearchResults;
import org.familyportal.directory.domain.search.ServiceArea;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A place the gazetteer does not know still finds help: what is available everywhere and what
 * serves its whole region (when the region is told), never a town's services it may be far from.
 */
class UnknownPlaceSearchTest {

    private static DataSource db;
    private static LuceneDirectorySearch search;

    @BeforeAll
    static void open() throws Exception {
        db = DirectoryDatabase.fresh();
        new Directory(db).demoData().loadOnce();
        search = LuceneDirectorySearch.over(db, new ByteBuffersDirectory());
    }

    @AfterAll
    static void close() throws Exception {
        search.close();
    }

    @Test
    void anUnknownVillageGetsHelpAvailableEverywhereWithItsRegionsOwnFirst() throws Exception {
        PlaceMatch hamlet = search.matchPlace("Малые Коты, Иркутская область");
        assertEquals(PlaceMatch.Outcome.UNKNOWN, hamlet.outcome());
        assertEquals("38", hamlet.regionCode());
        Set<String> region = search.municipalitiesOf(hamlet.regionCode());
        assertTrue(region.contains("38-irkutsk") && region.stream().allMatch(m -> m.startsWith("38-")), region.toString());
        SearchResults found = search.search(SearchQuery.text("психолог").onlyWideReach(List.of(region)));
        assertTrue(found.total() > 0, "not 0");
        assertTrue(found.hits().stream().allMatch(h -> h.everywhere() || servesRegion(h, "38")), found.hits().toString());
        assertTrue(found.hits().stream().anyMatch(h -> servesRegion(h, "38")), "the region's own lines");
        assertTrue(found.total() < search.search(SearchQuery.text("психолог")).total(), "not the whole directory");
        assertEquals("38", regionOf(found.hits().get(0).id()), "the region's own line first");

        // No region told: the lines covering a whole region, of each region.
        SearchResults danger = search.search(SearchQuery.text("хочу умереть").onlyWideReach(search.municipalitiesByRegion()));
        assertTrue(danger.crisis() && danger.total() > 0);
        List<String> first = danger.hits().get(0).categories();
        assertTrue(first.contains("hotline") || first.contains("crisis-shelter"), danger.hits().get(0).toString());
    }

    @Test
    void aServiceCoveringTheWholeRegionIsRegionWideButOneCoveringADistrictIsNot() throws Exception {
        SearchResults inIrkutsk = search.search(SearchQuery.text("юрист")
                .near(new IndexedService.Point(52.287, 104.305), "38-irkutsk", 25.0));
        SearchResults.Hit local = inIrkutsk.hits().stream().filter(h -> !h.everywhere() && h.areas().isEmpty())
                .findFirst().orElseThrow();
        Set<String> region = search.municipalitiesOf("38");
        SearchQuery wide = SearchQuery.text(local.name()).onlyWideReach(List.of(region));
        assertTrue(search.search(wide).hits().stream().noneMatch(h -> h.id().equals(local.id())), "a town's service is not shown");
        try (Connection c = db.getConnection(); PreparedStatement add = c.prepareStatement(
                "INSERT INTO service_area (id, service_id, municipality_code, extent_type) VALUES (?, ?, ?, 'municipality')")) {
            for (String municipality : region) {
                add.setString(1, UUID.randomUUID().toString());
                add.setString(2, local.id());
                add.setString(3, municipality);
                add.executeUpdate();
            }
        }
        search.refresh(local.id());
        assertTrue(search.search(wide).hits().stream().anyMatch(h -> h.id().equals(local.id())),
                "serving every municipality of the region, it serves the unknown village too");
        assertTrue(search.search(SearchQuery.text(local.name()).onlyWideReach(List.of(search.municipalitiesOf("54")))).hits()
                .stream().noneMatch(h -> h.id().equals(local.id())), "but not another region's");
    }

    private static boolean servesRegion(SearchResults.Hit hit, String region) {
        return hit.areas().stream().anyMatch(a -> a.kind() == ServiceArea.Kind.REGION && region.equals(a.code()));
    }

    private static String regionOf(String serviceId) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT m.region_code FROM service_at_location sal JOIN location l ON l.id = sal.location_id"
                        + " JOIN municipality m ON m.code = l.municipality_code WHERE sal.service_id = ?")) {
            q.setString(1, serviceId);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
