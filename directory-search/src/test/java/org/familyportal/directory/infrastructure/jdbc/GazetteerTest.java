package org.familyportal.directory.infrastructure.jdbc;

import org.familyportal.directory.DirectoryDatabase;
import org.familyportal.directory.domain.search.IndexedService;
import org.familyportal.directory.domain.search.Place;
import org.familyportal.directory.domain.search.PlaceMatch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Near me" names a settlement only when one is near: far from the covered regions, none. */
class GazetteerTest {

    private static Gazetteer gazetteer;

    @BeforeAll
    static void load() throws Exception {
        gazetteer = Gazetteer.load(DirectoryDatabase.fresh());
    }

    @Test
    void aPointInATownIsInItsMunicipality() {
        assertEquals("38-irkutsk", gazetteer.nearest(new IndexedService.Point(52.29, 104.30)).orElseThrow().municipalityCode());
        // Some 20 km out of Novosibirsk, still near a known settlement.
        Optional<Place> near = gazetteer.nearest(new IndexedService.Point(55.03, 83.2));
        assertTrue(near.isPresent() && near.get().municipalityCode().startsWith("54-"), near.toString());
    }

    @Test
    void aPointFarFromEveryCoveredRegionHasNoTownAtAll() {
        // Moscow, Vladivostok, Sochi: thousands of km from the nearest settlement of the four regions.
        assertTrue(gazetteer.nearest(new IndexedService.Point(55.7558, 37.6173)).isEmpty());
        assertTrue(gazetteer.nearest(new IndexedService.Point(43.1155, 131.8855)).isEmpty());
        assertTrue(gazetteer.nearest(new IndexedService.Point(43.5855, 39.7231)).isEmpty());
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Angarsk                  | Ангарск               | FOUND
            Ангарс                   | Ангарск               | CORRECTED
            г. Братск                | Братск                | FOUND
            Usolye-Sibirskoye        | Усолье-Сибирское      | FOUND
            Zheleznogorsk-Ilimsky    | Железногорск-Илимский | FOUND
            Novokuybyshevsk          | Новокуйбышевск        | FOUND
            Chelyabinsk              | Челябинск             | FOUND
            Kuibyshev                | Куйбышев              | FOUND
            Tatarsk                  | Татарск               | FOUND
            Tolyatti                 | Тольятти              | FOUND
            Магнитагорск             | Магнитогорск          | CORRECTED
            Novosibirsk              | Новосибирск           | FOUND
            """)
    void theShippedGazetteerUnderstandsLatinLettersAndTypos(String typed, String name, PlaceMatch.Outcome outcome) {
        PlaceMatch match = gazetteer.match(typed);
        assertEquals(outcome, match.outcome(), match.toString());
        assertEquals(name, match.place().orElseThrow().name());
    }
}
