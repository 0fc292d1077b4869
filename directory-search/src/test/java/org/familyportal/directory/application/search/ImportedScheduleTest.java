package org.familyportal.directory.application.search;

import org.familyportal.directory.infrastructure.search.LuceneDirectorySearch;
import org.familyportal.directory.infrastructure.jdbc.JdbcHsdsRows;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.familyportal.directory.DirectoryDatabase;
import org.familyportal.directory.application.exchange.DirectoryImport;
import org.familyportal.directory.application.exchange.ImportReport;
import org.familyportal.directory.application.exchange.TabularReader;
import org.familyportal.directory.domain.hsds.HsdsModel;
import org.familyportal.directory.domain.search.Opening;
import org.familyportal.directory.domain.search.SearchQuery;
import org.familyportal.directory.domain.search.SearchResults;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Schedules as an HSDS import brings them: on the service, on a service at a location or on a
 * location, with or without a time zone. Each is read in its place's region's time, overnight
 * hours open at night, and a service without hours is neither open nor closed.
 */
class ImportedScheduleTest {

    private static final String ORG = "11111111-1111-4111-8111-111111111111";
    private static final String NIGHT = "22222222-2222-4222-8222-222222222201";
    private static final String OFFICE = "22222222-2222-4222-8222-222222222202";
    private static final String NO_HOURS = "22222222-2222-4222-8222-222222222203";
    private static final String HOTLINE = "22222222-2222-4222-8222-222222222204";
    private static final String SHELTER_LOCATION = "33333333-3333-4333-8333-333333333301";
    private static final String OFFICE_LOCATION = "33333333-3333-4333-8333-333333333302";
    private static final String OFFICE_AT_LOCATION = "44444444-4444-4444-8444-444444444402";

    private static LuceneDirectorySearch search;

    @BeforeAll
    static void importSchedules() throws Exception {
        DataSource db = DirectoryDatabase.fresh();
        Map<String, String> files = new LinkedHashMap<>();
        files.put("organizations.csv", "id,name,description\n" + ORG + ",Центр «Семья»,Помощь семьям\n");
        files.put("services.csv", "id,organization_id,name,description,status\n"
                + NIGHT + "," + ORG + ",Ночной приют бирюза,Ночлег,active\n"
                + OFFICE + "," + ORG + ",Консультация бирюза,Приём,active\n"
                + NO_HOURS + "," + ORG + ",Клуб бирюза,Встречи,active\n"
                + HOTLINE + "," + ORG + ",Линия бирюза,Звонки,active\n");
        files.put("locations.csv", "id,location_type,name,latitude,longitude,municipality_code\n"
                + SHELTER_LOCATION + ",physical,Приют,55.03,82.92,54-novosibirsk\n"
                + OFFICE_LOCATION + ",physical,Офис,52.29,104.30,38-irkutsk\n");
        files.put("service_at_location.csv", "id,service_id,location_id\n"
                + "44444444-4444-4444-8444-444444444401," + NIGHT + "," + SHELTER_LOCATION + "\n"
                + OFFICE_AT_LOCATION + "," + OFFICE + "," + OFFICE_LOCATION + "\n"
                + "44444444-4444-4444-8444-444444444403," + NO_HOURS + "," + OFFICE_LOCATION + "\n"
                + "44444444-4444-4444-8444-444444444404," + HOTLINE + "," + SHELTER_LOCATION + "\n");
        files.put("schedules.csv", "id,service_id,location_id,service_at_location_id,timezone,freq,byday,opens_at,closes_at\n"
                // On the shelter's location, no zone: Novosibirsk time (UTC+7), every night 20:00-08:00.
                + "55555555-5555-4555-8555-555555555501,," + SHELTER_LOCATION + ",,,WEEKLY,\"MO,TU,WE,TH,FR,SA,SU\",20:00:00,08:00:00\n"
                // On the office's service at location, no zone: Irkutsk time (UTC+8), weekdays 09-18.
                + "55555555-5555-4555-8555-555555555502,,," + OFFICE_AT_LOCATION + ",,WEEKLY,\"MO,TU,WE,TH,FR\",09:00:00,18:00:00\n"
                // On the hotline service itself, round the clock, with its own zone.
                + "55555555-5555-4555-8555-555555555504," + HOTLINE + ",,,7,WEEKLY,\"MO,TU,WE,TH,FR,SA,SU\",00:00:00,23:59:59\n");
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        files.forEach((name, text) -> bytes.put(name, text.getBytes(StandardCharsets.UTF_8)));
        HsdsModel model = HsdsModel.standard();
        ImportReport report = new DirectoryImport(model, new JdbcHsdsRows(model, db)).run(new TabularReader(model).read(bytes));
        assertTrue(report.files().stream().allMatch(f -> f.rejected().isEmpty()), report.toString());
        search = LuceneDirectorySearch.over(db, new ByteBuffersDirectory());
    }

    @AfterAll
    static void close() throws Exception {
        search.close();
    }

    @Test
    void schedulesOnLocationsAndServicesAtLocationsAreReadInTheRegionsTime() throws Exception {
        assertEquals(ZoneId.of("Asia/Novosibirsk"), search.service(NIGHT).orElseThrow().openingRules().get(0).zone());
        assertEquals(ZoneId.of("Asia/Irkutsk"), search.service(OFFICE).orElseThrow().openingRules().get(0).zone());
        // Tuesday 24 Nov 2026, 02:00 UTC: 09:00 in Novosibirsk (shelter closed), 10:00 in Irkutsk (office open);
        // in Moscow it would be 05:00, before either opens.
        Map<String, Opening> morning = openings(Instant.parse("2026-11-24T02:00:00Z"));
        assertEquals(Opening.CLOSED, morning.get(NIGHT));
        assertEquals(Opening.OPEN, morning.get(OFFICE));
        // 18:00 UTC: 01:00 in Novosibirsk, the shelter is open overnight; the office is closed.
        Map<String, Opening> night = openings(Instant.parse("2026-11-24T18:00:00Z"));
        assertEquals(Opening.OPEN, night.get(NIGHT));
        assertEquals(Opening.CLOSED, night.get(OFFICE));
        SearchResults onlyOpen = search.search(query(Instant.parse("2026-11-24T18:00:00Z")).onlyOpen());
        assertEquals(2, onlyOpen.total(), "the shelter and the hotline: " + onlyOpen.hits());
    }

    @Test
    void aServiceWithoutHoursIsNeitherOpenNorClosedAndAHotlineSaysRoundTheClock() throws Exception {
        Map<String, Opening> any = openings(Instant.parse("2026-11-24T08:00:00Z"));
        assertEquals(Opening.NOT_GIVEN, any.get(NO_HOURS));
        assertEquals(Opening.ROUND_THE_CLOCK, any.get(HOTLINE));
        assertEquals(Integer.valueOf(2), search.search(query(Instant.parse("2026-11-24T08:00:00Z")))
                .facets().get("openNow").get("true"), "the office (16:00 in Irkutsk) and the hotline");
    }

    private static SearchQuery query(Instant at) {
        return SearchQuery.text("бирюза").at(at);
    }

    private static Map<String, Opening> openings(Instant at) throws Exception {
        Map<String, Opening> openings = new LinkedHashMap<>();
        for (SearchResults.Hit hit : search.search(query(at)).hits()) {
            openings.put(hit.id(), hit.opening());
        }
        assertEquals(4, openings.size(), openings.toString());
        return openings;
    }
}
