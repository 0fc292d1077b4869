package org.familyportal.directory.infrastructure.lucene;

import org.familyportal.directory.domain.search.IndexedService;
import org.familyportal.directory.domain.search.Place;
import org.familyportal.directory.domain.search.PlaceMatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A typed place is understood when it can be (another spelling, a typo), offered as a choice when
 * several settlements share a name, and answered with suggestions and the region when it is unknown.
 */
class PlaceLookupTest {

    private static final PlaceLookup LOOKUP = PlaceLookup.of(List.of(
            place("38-irkutsk", "Иркутск", "city", "Иркутский городской округ", "38", "Иркутская область"),
            place("38-angarsk", "Ангарск", "city", "Ангарский городской округ", "38", "Иркутская область"),
            place("38-bratsk", "Братск", "city", "город Братск", "38", "Иркутская область"),
            place("38-usolye", "Усолье-Сибирское", "city", "город Усолье-Сибирское", "38", "Иркутская область"),
            place("38-nizhneilimsky", "Железногорск-Илимский", "town", "Нижнеилимский район", "38", "Иркутская область"),
            place("38-tulunsky", "Ивановка", "village", "Тулунский район", "38", "Иркутская область"),
            place("38-cheremkhovsky", "Ивановка", "village", "Черемховский район", "38", "Иркутская область"),
            place("38-taishetsky", "Берёзовка", "village", "Тайшетский район", "38", "Иркутская область"),
            place("54-iskitimsky", "Берёзовка", "village", "Искитимский район", "54", "Новосибирская область"),
            place("54-kuibyshevsky", "Куйбышев", "town", "Куйбышевский район", "54", "Новосибирская область"),
            place("54-tatarsky", "Татарск", "town", "Татарский район", "54", "Новосибирская область"),
            place("74-chelyabinsk", "Челябинск", "city", "Челябинский городской округ", "74", "Челябинская область"),
            place("63-novokuibyshevsk", "Новокуйбышевск", "city", "городской округ Новокуйбышевск", "63", "Самарская область"),
            place("63-tolyatti", "Тольятти", "city", "городской округ Тольятти", "63", "Самарская область")));

    private static Place place(String municipality, String name, String kind, String municipalityName,
                               String regionCode, String region) {
        return new Place(municipality + "/" + name, name, List.of(), kind, municipality, municipalityName, regionCode,
                region, new IndexedService.Point(55, 80));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Ангарск                       | Ангарск
            г. Ангарск                    | Ангарск
            АНГАРСК                       | Ангарск
            Angarsk                       | Ангарск
            Usolye-Sibirskoye             | Усолье-Сибирское
            усолье сибирское              | Усолье-Сибирское
            Zheleznogorsk-Ilimsky         | Железногорск-Илимский
            Novokuybyshevsk               | Новокуйбышевск
            Chelyabinsk                   | Челябинск
            Kuibyshev                     | Куйбышев
            Tatarsk                       | Татарск
            Tol'yatti                     | Тольятти
            Иркуцк                        | Иркутск
            Ивановка, Тулунский район     | Ивановка
            Berezovka (Novosibirsk oblast)| Берёзовка
            """)
    void aNameOrAnotherSpellingOfItIsFound(String typed, String name) {
        PlaceMatch match = LOOKUP.match(typed);
        assertEquals(PlaceMatch.Outcome.FOUND, match.outcome(), match.toString());
        assertEquals(name, match.place().orElseThrow().name());
    }

    @ParameterizedTest(name = "{0} is taken for {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Ангарс                 | Ангарск
            Ангарскк               | Ангарск
            Иркустк                | Иркутск
            Новокубышевск          | Новокуйбышевск
            Челябинкс              | Челябинск
            Chelyabinks            | Челябинск
            Tatrsk                 | Татарск
            Усолье Сибирско        | Усолье-Сибирское
            Tolyati                | Тольятти
            Togliatti              | Тольятти
            """)
    void aTypoOfOneLetterIsCorrectedAndSaidSo(String typed, String name) {
        PlaceMatch match = LOOKUP.match(typed);
        assertEquals(PlaceMatch.Outcome.CORRECTED, match.outcome(), match.toString());
        assertEquals(name, match.place().orElseThrow().name());
    }

    @Test
    void aNameSeveralSettlementsShareIsAChoiceNotASilentPick() {
        PlaceMatch ivanovka = LOOKUP.match("Ивановка");
        assertEquals(PlaceMatch.Outcome.AMBIGUOUS, ivanovka.outcome());
        assertTrue(ivanovka.place().isEmpty());
        assertEquals(List.of("Тулунский район", "Черемховский район"),
                ivanovka.suggestions().stream().map(Place::municipalityName).sorted().toList());
        assertEquals("38", ivanovka.regionCode(), "both are in one region: its services can be offered meanwhile");
        PlaceMatch berezovka = LOOKUP.match("Березовка");
        assertEquals(PlaceMatch.Outcome.AMBIGUOUS, berezovka.outcome());
        assertEquals(2, berezovka.suggestions().size());
        assertEquals(null, berezovka.regionCode(), "two regions: none is told");
        PlaceMatch told = LOOKUP.match("Березовка, Иркутская обл.");
        assertEquals("Тайшетский район", told.place().orElseThrow().municipalityName());
    }

    @Test
    void anUnknownVillageGetsSuggestionsAndTheRegionWhenItCanBeTold() {
        PlaceMatch nowhere = LOOKUP.match("Нигдевск");
        assertEquals(PlaceMatch.Outcome.UNKNOWN, nowhere.outcome());
        assertTrue(nowhere.place().isEmpty());
        assertEquals(null, nowhere.regionCode());
        PlaceMatch village = LOOKUP.match("Малые Кочки, Иркутская область");
        assertEquals(PlaceMatch.Outcome.UNKNOWN, village.outcome());
        assertEquals("38", village.regionCode());
        assertEquals("Иркутская область", village.regionName());
        PlaceMatch latin = LOOKUP.match("Malye Kochki, Irkutsk region");
        assertEquals("38", latin.regionCode());
        assertEquals("54", LOOKUP.match("Новая Деревня, Татарский р-н").regionCode(), "a district tells its region");
        // Two letters wrong: a suggestion, not a silent correction; its region is told.
        PlaceMatch twoWrong = LOOKUP.match("Железнагорск Елимский");
        assertEquals(PlaceMatch.Outcome.UNKNOWN, twoWrong.outcome());
        assertEquals("Железногорск-Илимский", twoWrong.suggestions().get(0).name());
        assertEquals("38", twoWrong.regionCode());
        // The start of a longer name.
        PlaceMatch start = LOOKUP.match("Железногорск");
        assertEquals("Железногорск-Илимский", start.suggestions().get(0).name());
    }

    @ParameterizedTest(name = "{0} to {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ангарск  | ангарск   | 0
            ангарс   | ангарск   | 1
            иркустк  | иркутск   | 1
            тальятти | тольятти  | 1
            нигдевск | ангарск   | 3
            а        | ангарск   | 3
            """)
    void editsAreCountedUpToABound(String a, String b, int edits) {
        assertEquals(edits, PlaceLookup.editsBetween(a, b, 3));
    }

    @Test
    void tooLittleOrTooMuchIsNotGuessedAt() {
        assertEquals(PlaceMatch.Outcome.NONE, LOOKUP.match("  ").outcome());
        PlaceMatch short_ = LOOKUP.match("Ус");
        assertEquals(PlaceMatch.Outcome.UNKNOWN, short_.outcome());
        assertTrue(short_.suggestions().isEmpty());
        PlaceMatch long_ = LOOKUP.match("Ангарск ".repeat(40));
        assertEquals(PlaceMatch.Outcome.UNKNOWN, long_.outcome());
        assertTrue(long_.suggestions().isEmpty());
        assertTrue(long_.typed().length() <= 100, "what is shown back is cut too");
    }
}
