package org.familyportal.directory.domain.search;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** A place is recognised however it is written: kind before the name, ё, hyphens, Latin letters of any scheme. */
class PlaceNamesTest {

    @ParameterizedTest(name = "{0} is written as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            г. Ангарск               | ангарск
            город Братск             | братск
            с.Хомутово               | хомутово
            пос. Листвянка           | листвянка
            посёлок Листвянка        | листвянка
            пгт Тайтурка             | тайтурка
            д Ивановка               | ивановка
            Усолье  Сибирское        | усолье сибирское
            усолье-сибирское         | усолье сибирское
            Железногорск – Илимский  | железногорск илимский
            Берёзовка                | березовка
            «Тольятти»               | тольятти
            Саянск                   | саянск
            Свирск                   | свирск
            """)
    void aNameIsComparedWithoutItsKindCaseYoAndHyphens(String typed, String key) {
        assertEquals(key, PlaceNames.key(typed));
    }

    @ParameterizedTest(name = "{1} is {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ангарск                | Angarsk
            Усолье-Сибирское       | Usolye-Sibirskoye
            Усолье-Сибирское       | Usol'ye-Sibirskoye
            Усолье-Сибирское       | Usolʹe-Sibirskoe
            Усолье-Сибирское       | usole sibirskoe
            Железногорск-Илимский  | Zheleznogorsk-Ilimsky
            Железногорск-Илимский  | Zheleznogorsk-Ilimskiy
            Железногорск-Илимский  | Železnogorsk-Ilimskij
            Железногорск-Илимский  | Zheleznogorsk-Ilimskii
            Новокуйбышевск         | Novokuybyshevsk
            Новокуйбышевск         | Novokuibyshevsk
            Новокуйбышевск         | Novokujbyševsk
            Челябинск              | Chelyabinsk
            Челябинск              | Cheliabinsk
            Челябинск              | Čeljabinsk
            Челябинск              | Tcheljabinsk
            Челябинск              | Tscheljabinsk
            Куйбышев               | Kuibyshev
            Куйбышев               | Kuybyshev
            Куйбышев               | Kujbyshev
            Татарск                | Tatarsk
            Тольятти               | Tolyatti
            Тольятти               | Tol'yatti
            Шелехов                | Shelekhov
            Шелехов                | Shelehov
            Черемхово              | Cheremkhovo
            Черемхово              | Čeremhovo
            Черемхово              | Cheremxovo
            Сызрань                | Syzran'
            Жигулёвск              | Zhigulyovsk
            Жигулёвск              | Zhigulevsk
            Усть-Илимск            | Ust-Ilimsk
            Усть-Кут               | Ust'-Kut
            Магнитогорск           | g. Magnitogorsk
            Нижнеудинск            | Nizhneudinsk
            Щучье                  | Shchuchye
            Щучье                  | Schuchye
            Щучье                  | Shhuch'e
            Южноуральск            | Yuzhnouralsk
            Южноуральск            | Iuzhnouralsk
            Чапаевск               | Chapayevsk
            Чапаевск               | Chapaevsk
            Бердск                 | Berdsk
            Карасук                | Karasuk
            """)
    void aLatinSpellingSoundsLikeTheRussianName(String russian, String latin) {
        assertEquals(PlaceNames.sound(russian), PlaceNames.sound(latin));
    }

    @ParameterizedTest(name = "{0} is not {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Братск     | Брянск
            Саянск     | Салехард
            Куйбышев   | Кушва
            Иркутск    | Ирбит
            """)
    void differentTownsStayApart(String one, String other) {
        assertNotEquals(PlaceNames.sound(one), PlaceNames.sound(other));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ивановка, Тулунский район          | Ивановка | Тулунский район
            Ивановка (Иркутская область)       | Ивановка | Иркутская область
            Ivanovka, Irkutsk oblast           | Ivanovka | Irkutsk oblast
            """)
    void aRegionOrDistrictAfterACommaQualifiesTheName(String typed, String name, String qualifier) {
        PlaceNames.Typed parts = PlaceNames.parse(typed);
        assertEquals(name, parts.name());
        assertEquals(qualifier, parts.qualifiers().get(0));
    }
}
