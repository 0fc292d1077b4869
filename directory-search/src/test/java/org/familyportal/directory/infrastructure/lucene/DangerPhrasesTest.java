package org.familyportal.directory.infrastructure.lucene;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The danger rules, on the vocabulary the migration seeds (V3_8) plus the crisis words of V2_4. */
class DangerPhrasesTest {

    /** The migrations that insert danger phrases and ordinary sayings, in order. */
    static final List<String> MIGRATIONS = List.of("V3_8__danger_phrases.sql", "V3_14__judged_danger_phrases_and_words.sql",
            "V3_60__more_parents_words.sql", "V3_70__held_out_danger_words.sql", "V3_71__jumping_and_touching.sql",
            "V3_72__third_blind_words.sql", "V3_74__imported_blind_words.sql", "V3_76__fourth_blind_words.sql");

    private static final DangerPhrases SEEDED = DangerPhrases.of(seeded());

    /** The phrases of {@link #MIGRATIONS} and the crisis words of V2_4, read from the migrations themselves. */
    static List<String> seeded() {
        List<String> phrases = new ArrayList<>();
        Pattern insert = Pattern.compile("\\('((?:[^']|'')+)', '(?:violence|sexual-abuse|suicide|missing-child|street)'");
        for (String name : MIGRATIONS) {
            Matcher row = insert.matcher(migration(name));
            while (row.find()) {
                phrases.add(row.group(1).replace("''", "'"));
            }
        }
        String judged = migration("V3_14__judged_danger_phrases_and_words.sql");
        Matcher deleted = Pattern.compile("DELETE FROM danger_phrase WHERE phrase IN \\(([^)]*)\\)").matcher(judged);
        List<String> removed = new ArrayList<>();
        while (deleted.find()) {
            for (String quoted : deleted.group(1).split(",")) {
                removed.add(quoted.strip().replaceAll("^'|'$", ""));
            }
        }
        phrases.removeAll(removed);
        Matcher crisis = Pattern.compile("\\('([^']+)', 'crisis'").matcher(migration("V2_4__topic_synonyms.sql"));
        Matcher replaced = Pattern.compile("REPLACE\\(words, ', ([^,']+),', ','\\)").matcher(judged);
        List<String> dropped = new ArrayList<>();
        while (replaced.find()) {
            dropped.add(replaced.group(1));
        }
        while (crisis.find()) {
            for (String word : crisis.group(1).split(",")) {
                if (!dropped.contains(word.strip())) {
                    phrases.add(word.strip());
                }
            }
        }
        assertTrue(!removed.isEmpty() && !dropped.isEmpty(), "V3_14 read: " + removed + " " + dropped);
        assertTrue(phrases.size() > 150, "seeded vocabulary read: " + phrases.size());
        return phrases;
    }

    /** The kind of each phrase of the migrations that {@link #seeded()} reads (a phrase's last insert wins). */
    static Map<String, String> seededKinds() {
        Map<String, String> kinds = new HashMap<>();
        Pattern insert = Pattern.compile("\\('((?:[^']|'')+)', '(violence|sexual-abuse|suicide|missing-child|street)'");
        for (String name : MIGRATIONS) {
            Matcher row = insert.matcher(migration(name));
            while (row.find()) {
                kinds.put(row.group(1).replace("''", "'"), row.group(2));
            }
        }
        return kinds;
    }

    /** The ordinary sayings that hold a danger word (kind "ordinary", V3_70 on), read from the migrations. */
    static List<String> seededOrdinary() {
        List<String> sayings = new ArrayList<>();
        for (String name : MIGRATIONS) {
            Matcher row = Pattern.compile("\\('((?:[^']|'')+)', 'ordinary'").matcher(migration(name));
            while (row.find()) {
                sayings.add(row.group(1).replace("''", "'"));
            }
        }
        assertTrue(sayings.size() > 10, "ordinary sayings read: " + sayings.size());
        return sayings;
    }

    private static String migration(String name) {
        try (InputStream in = DangerPhrasesTest.class.getResourceAsStream("/db/migration/directory/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            хочу умереть                       | хочу умереть
            ХОЧУ УМЕРЕТЬ!!!                    | хочу умереть
            не хочу жить                       | не хочу жить
            жить больше не хочу                | не хочу жить
            не хочу больше жить                | не хочу жить
            дочь режет себя                    | резать себя
            сын режет руки                     | резать руки
            меня бьёт муж                      | бить
            муж избил                          | избить
            отчим избевает сына                | избивать
            поднимает на меня руку             | поднимать руку
            суецид                             | суицид
            самоубиство                        | самоубийство
            суицидальные мысли                 | суицидальный
            муж абьюзер                        | абьюзер
            нас выгнали                        | выгнать нас
            муж выгнал с детьми на улицу       | выгнать на улицу
            сын ушел и не берет трубку         | не берет трубку
            he choked me                       | choke me
            дочь пишет прощальные записки      | прощальная записка
            нас с детьми выставили на мороз    | выставить на мороз
            ночуем на вокзале с ребенком       | ночевать на вокзале
            спим в машине с детьми             | спать в машине
            нас выкинули из квартиры с детьми  | выкинуть из квартиры
            дядя трогает дочку                 | трогать дочку
            нас выселяют сегодня               | выселять сегодня
            нас выселили                       | выселить
            my husband hits me                 | hit me
            he will kill us                    | kill us
            пропала дочь                       | пропала дочь
            сын ушёл из дома                   | ушел из дома
            не пришла домой дочка              | не пришел домой
            остались на улице                  | остаться на улице
            негде ночевать                     | негде ночевать
            husband beats me                   | beat
            kicked out                         | kicked out
            they threw us out                  | threw us out
            my daughter is cutting herself     | cutting herself
            he threatens to kill me            | threaten
            sucide                             | suicide
            domestic violance                  | violence
            my child is missing                | missing child
            she ran away                       | ran away
            nowhere to sleep tonight           | nowhere to sleep
            муж принуждает меня к сексу        | принуждать к сексу
            он принудил меня к сексу           | принудить к сексу
            дочка выпила все таблетки          | выпить все таблетки
            сын выпил пачку таблеток           | выпить пачку таблеток
            she swallowed pills                | swallowed pills
            i really dont want to be alive     | dont want to be alive
            муж бьеть меня кулаками            | бить
            daughter didnt come home last night | didn't come home
            хозяйка выставила нас с вещами на улицу | выставить на улицу
            хочется умереть                    | хочу умереть
            хочется исчезнуть навсегда         | хочу исчезнуть
            муж схватил за горло               | схватить за горло
            он меня толкнул с лестницы         | толкнуть меня
            за стенкой слышно удары            | слышно удары
            дядя заставлял меня раздеваться    | заставлять раздеваться
            выложат мои голые фотки            | голые фотки
            всем будет лучше без меня          | всем лучше без меня
            хочу уснуть и не проснуться        | уснуть и не проснуться
            жена говорит что шагнет с балкона  | шагнуть с балкона
            my teen wrote a goodbye letter     | goodbye letter
            im tired of living                 | tired of living
            he said he will hurt the kids      | he will hurt
            сгорела квартира с вещами          | сгорела квартира
            """)
    void dangerIsRecognisedInAnyFormOrderOrSpelling(String query, String phrase) {
        assertEquals(phrase, SEEDED.match(query).orElse("nothing"), query);
    }

    @ParameterizedTest
    @ValueSource(strings = {"развод", "нет денег", "ребёнок не слушается", "психолог", "детский сад", "муж пьёт",
            "нечего есть", "подросток не хочет учиться", "как жить после развода", "бабушка умерла пособие",
            "ребёнок бьётся головой", "куда пойти с детьми", "жильё молодой семье", "сын не хочет идти в школу",
            "логопед", "псхолог", "юритс", "help with heating bills", "treating asthma", "modest clothes",
            "parenting course", "kindergarten", "divorce", "I miss the summer camp", "street food",
            "выгнали из секции за прогулы", "выселяют из съемной квартиры через месяц", "kill time with kids on a rainy day",
            "my son hits his little sister", "выгнали из садика", "ребенок не хочет выпить таблетки от кашля",
            "кредиты, коллекторы звонят", "хочется на море с детьми", "хочется отдохнуть от детей", ""})
    void ordinaryNeedsAreNotDanger(String query) {
        assertFalse(SEEDED.signals(query), () -> query + " read as " + SEEDED.match(query).orElse(""));
    }

    /** The seeded phrases with the ordinary sayings of V3_70 and V3_74, as the portal reads danger. */
    private static final DangerPhrases WITH_SAYINGS = DangerPhrases.of(seeded(), seededOrdinary());

    @ParameterizedTest
    @ValueSource(strings = {"как убить время с детьми в выходные", "у ребенка режутся зубки", "бью баклуши в декрете",
            "ребенок бьет других детей в садике", "муж угрожает разводом если рожу третьего", "my kid hits other kids",
            "kicked out of daycare for not paying", "my son is missing school a lot", "my hamster ran away",
            "кот пропал дочь плачет", "бьет током розетка", "пропал аппетит у ребенка", "потерялся паспорт ребенка",
            "ребенок побил рекорд в плавании", "сын убил весь вечер на игры", "сын не хочет в школу просыпаться утром",
            "my daughter kills me with her tantrums", "toddler runs away from me in the shop", "кредиты душат что делать",
            "совсем долги душат", "сын целыми днями режется в игры"})
    void ordinarySayingsWithADangerWordAreNotDanger(String query) {
        String read = WITH_SAYINGS.withoutOrdinary(query);
        assertFalse(WITH_SAYINGS.signals(read), () -> query + " read as " + WITH_SAYINGS.match(read).orElse(""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"муж бьет меня и других детей", "отчим бьет детей", "муж угрожает разводом и убить",
            "убить время не получится он бьет меня", "my son ran away from home", "boyfriend hits other kids and me",
            "потерялся паспорт и потерялся ребенок", "my toddler ran away in the mall", "кредиты душат муж душит меня"})
    void aDangerBesideAnOrdinarySayingIsStillDanger(String query) {
        assertTrue(WITH_SAYINGS.signals(WITH_SAYINGS.withoutOrdinary(query)), query);
    }

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource({"суицид, суецид, true", "abc, acb, true", "abc, abcd, true", "abc, ab, true", "abc, abc, true",
            "abc, cba, false", "abcd, ab, false", "threat, treat, true", "molest, modest, true"})
    void oneEditIsOneLetterMissingExtraWrongOrSwapped(String a, String b, boolean expected) {
        assertEquals(expected, DangerPhrases.oneEdit(a, b));
    }

    @org.junit.jupiter.api.Test
    void recognisingDangerCostsLittleNextToASearch() {
        List<String> queries = List.of("отчим избевает сына", "психолог для подростка в ангарске", "суецид",
                "help with heating bills", "многодетная семья льготы оформление", "my daughter is cutting herself");
        for (int i = 0; i < 200; i++) {
            queries.forEach(SEEDED::signals);
        }
        int rounds = 500;
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            queries.forEach(SEEDED::signals);
        }
        double micros = (System.nanoTime() - start) / 1000.0 / (rounds * queries.size());
        System.out.printf(java.util.Locale.ROOT, "danger recognition: %.0f µs a query%n", micros);
        assertTrue(micros < 20_000, micros + " µs");
    }

    @ParameterizedTest
    @ValueSource(strings = {"бить", "beat me", "не хотеть жить"})
    void anEmptyListSignalsNothing(String query) {
        assertFalse(DangerPhrases.NONE.signals(query));
        assertFalse(DangerPhrases.of(List.of()).signals(query));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            хочу умереть                          | suicide
            сын грозится выпрыгнуть из окна       | suicide violence
            сын грозится выпрыгнуть с балкона     | suicide violence
            дочка сказала что сбросится с моста   | suicide
            dad touches me                        | sexual-abuse
            дочь не пришла домой                  | missing-child
            нам негде ночевать с детьми           | street
            муж бьёт меня                         | violence
            муж бьёт, хочу умереть                | violence suicide
            """)
    void theKindsOfDangerAQueryNamesAreKnown(String query, String kinds) {
        DangerPhrases phrases = DangerPhrases.of(seeded(), seededKinds(), seededOrdinary());
        assertEquals(java.util.Set.of(kinds.split(" ")), phrases.kinds(query), query);
        assertTrue(DangerPhrases.of(seeded()).kinds(query).isEmpty(), "without kinds, none is made up");
    }
}
