package org.familyportal.directory.infrastructure.lucene;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.familyportal.directory.domain.search.Cost;
import org.familyportal.directory.domain.search.IndexedService;
import org.familyportal.directory.domain.search.SearchQuery;
import org.familyportal.directory.domain.search.SearchResults;
import org.familyportal.directory.domain.search.TopicSynonym;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Everyday needs in the words parents use, with the vocabulary the portal ships (the topic_synonym
 * entries of V2_4, V3_13, V3_14, V3_17, V3_60, V3_61, V3_70, V3_72 and V3_74, and the danger phrases), against a small directory worded
 * the way providers word it, with one kind of help per service. The phrasings are other ways to say
 * the needs of the judged sets, not taken from them: the vocabulary must carry the need, not the query.
 */
class EverydayNeedsTest {

    private static final Pattern ENTRY = Pattern.compile("\\('([^']*)', '([^']*)', UTC_TIMESTAMP");
    private static SearchIndex index;

    @BeforeAll
    static void index() throws Exception {
        List<IndexedService> services = List.of(
                service("Отдел соцзащиты: приём по мерам поддержки", "Оформление детских пособий, льгот и выплат для семей.", "benefits-advice"),
                service("Юридическая клиника", "Консультации юриста по семейным и жилищным спорам, алиментам.", "legal-aid"),
                service("Благотворительный склад", "Раздаём продукты, детскую одежду и игрушки семьям.", "humanitarian-aid"),
                service("Служба занятости", "Вакансии и переобучение для родителей.", "employment"),
                service("Кабинет психолога", "Встречи с психологом для детей, подростков и взрослых.", "psychological-help"),
                service("Курсы для родителей", "Занятия для пап и мам: как договориться с ребёнком.", "parents-school"),
                service("Детский досуговый центр", "Кружки рисования, спорт, помощь с уроками.", "education-leisure"),
                service("Программа наставничества", "Волонтёр встречается с подростком каждую неделю.", "mentoring"),
                service("Анонимная группа для родственников", "Поддержка семей, где есть зависимость.", "addiction-help"),
                service("Служба ранней помощи", "Дефектолог и логопед для малышей с особенностями.", "early-intervention"),
                service("Клуб замещающих семей", "Подготовка кандидатов в опекуны и встречи приёмных родителей.", "substitute-family-support"),
                service("Сопровождение семей", "Специалист помогает семье решить трудности шаг за шагом.", "social-support"),
                service("Кризисная квартира для мам с детьми", "Временное проживание женщинам с детьми, одежда и питание.", "crisis-shelter"),
                service("Телефон доверия", "Круглосуточно, анонимно.", "hotline"));
        index = new SearchIndex(new ByteBuffersDirectory());
        // As the portal does: the vocabulary first, so that what phrases also find is read into the index.
        index.useSynonyms(shipped());
        index.rebuild(services);
        index.useDangerPhrases(DangerPhrasesTest.seeded(), DangerPhrasesTest.seededKinds(), DangerPhrasesTest.seededOrdinary());
    }

    /** The topic_synonym entries of the migrations, as the portal seeds them. */
    private static List<TopicSynonym> shipped() throws Exception {
        Path migrations = Path.of("src/main/resources/db/migration/directory");
        StringBuilder sql = new StringBuilder();
        for (String name : List.of("V2_4__topic_synonyms.sql", "V3_13__parents_words.sql",
                "V3_14__judged_danger_phrases_and_words.sql", "V3_17__parents_everyday_words.sql",
                "V3_60__more_parents_words.sql", "V3_61__fears_and_kindergarten_words.sql",
                "V3_70__held_out_danger_words.sql", "V3_72__third_blind_words.sql", "V3_74__imported_blind_words.sql",
                "V3_76__fourth_blind_words.sql")) {
            String text = Files.readString(migrations.resolve(name), StandardCharsets.UTF_8);
            sql.append(text.substring(text.indexOf("INSERT INTO topic_synonym")));
        }
        List<TopicSynonym> entries = new ArrayList<>();
        Matcher m = ENTRY.matcher(sql);
        while (m.find()) {
            entries.add(new TopicSynonym(entries.size() + 1, m.group(1), m.group(2), Instant.EPOCH, "test"));
        }
        assertTrue(entries.size() > 80, "entries read: " + entries.size());
        return entries;
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    private static IndexedService service(String name, String description, String category) {
        return new IndexedService(category, name, description, "Организация", "", Set.of(category), Set.of(), Set.of(), null,
                Set.of(), Set.of(), null, false, true, Cost.UNKNOWN, null, List.of(), Set.of("ru"), false, "");
    }

    @ParameterizedTest(name = "\"{0}\" finds {1} first")
    @CsvSource(delimiter = '|', textBlock = """
            # money for the home, the kindergarten, rest
            оплатить коммунальные услуги нечем               | benefits-advice, legal-aid
            компенсация за проезд школьника                  | benefits-advice
            оздоровление ребенка летом                       | benefits-advice
            санаторий для дочери с астмой                    | benefits-advice
            долг за квартиру растёт                          | benefits-advice, legal-aid
            хозяин квартиры поднял цену                      | legal-aid, social-support
            денег нет совсем                                 | humanitarian-aid, benefits-advice
            # things for the baby and the children
            нужна коляска для двойни                         | humanitarian-aid
            памперсы для малыша                              | humanitarian-aid
            зимняя обувь школьнику                           | humanitarian-aid
            # work on the side
            подработка для студентки с ребенком              | employment
            работа на дому для мамы в декрете                | employment
            # school, friends, screens
            сына обижают одноклассники                       | psychological-help
            сын боится школы                                 | psychological-help
            дочка плачет в садике каждое утро                | psychological-help
            сын никак не может привыкнуть к садику           | psychological-help
            у ребенка ночные страхи                          | psychological-help
            my daughter is afraid of kindergarten            | psychological-help
            подготовить сына к школе                         | education-leisure
            как оформить соцконтракт                         | employment, benefits-advice
            дочь замкнулась в себе                           | psychological-help
            подросток ни с кем не общается                   | psychological-help
            сын попал в плохую компанию                      | psychological-help, mentoring
            нужен взрослый друг для мальчика                 | mentoring
            ребенок весь день сидит в телефоне               | psychological-help
            дочь играет в телефон до утра                    | psychological-help
            # upbringing and family life
            срываюсь на ребенка что делать                   | parents-school, psychological-help
            как воспитывать подростка                        | parents-school, psychological-help
            постоянно ругаемся с мужем                       | psychological-help
            муж бухает каждые выходные                       | addiction-help
            мама выпивает                                    | addiction-help
            ставки на спорт у мужа                           | addiction-help, psychological-help
            лудомания                                        | addiction-help, psychological-help
            депрессия после родов                            | psychological-help
            нет сил ни на что                                | psychological-help
            # development and diagnoses
            ребенок с дцп                                    | early-intervention
            у сына синдром дефицита внимания                 | psychological-help
            отставание в развитии у малыша                   | early-intervention
            шпр для опекунов                                 | substitute-family-support
            # misspelt inflected forms no dictionary lists
            дочь не слушаеться                               | psychological-help, parents-school
            отец пъет                                        | addiction-help
            # English needs reach Russian services
            need money for kids                              | benefits-advice, humanitarian-aid
            single mom needs help                            | benefits-advice, humanitarian-aid
            how to join the social contract                  | employment, benefits-advice
            free pram for newborn                            | humanitarian-aid
            nappies for baby                                 | humanitarian-aid
            behind on rent                                   | benefits-advice, legal-aid, social-support
            ex husband does not pay child support            | legal-aid
            toddler has developmental delay                  | early-intervention
            postnatal depression support                     | psychological-help
            husband gambling                                 | addiction-help, psychological-help
            # V3_60: phrasings next to the blind probes of session 8
            бывший муж увез ребенка к себе                   | legal-aid
            где взять школьную форму                         | humanitarian-aid, benefits-advice
            летний лагерь для сына                           | education-leisure
            отец запил                                       | addiction-help
            муж проиграл зарплату в казино                   | addiction-help, psychological-help
            подросток курит вейп                             | addiction-help, psychological-help
            нужен социальный работник                        | social-support
            конфликт с падчерицей                            | psychological-help
            dad drinks every day                             | addiction-help
            raising kids alone                               | parents-school, benefits-advice, social-support
            # V3_72: phrasings next to the third blind set
            мы беженцы нужна помощь с документами            | legal-aid, social-support
            аба терапист для сына                            | early-intervention
            ребенок ест только хлеб                          | psychological-help, parents-school
            как приучить к горшку                            | parents-school
            муж в запое неделю                               | addiction-help, psychological-help
            одноклассники обзывают дочь                      | psychological-help
            сын закрылся в себе ничего не рассказывает       | psychological-help, parents-school
            нервы не выдерживают кричу на детей              | psychological-help, parents-school
            муж изменил что делать                           | psychological-help
            подготовка к егэ по математике                   | education-leisure, mentoring
            в квартире сырость и грибок                      | social-support, benefits-advice, legal-aid
            бывший скрывает доходы чтобы не платить          | legal-aid
            младенец плохо спит по ночам                     | parents-school, psychological-help
            my son is a picky eater                          | psychological-help, parents-school
            stay at home dad looking for other dads          | parents-school
            we are refugees with kids                        | legal-aid, social-support
            # V3_74: phrasings next to the blind set of the imported directory (session 12)
            где бесплатная столовая для малоимущих           | humanitarian-aid
            до зарплаты кушать нечего                        | humanitarian-aid
            дочке не в чем ходить зимой                      | humanitarian-aid
            сын вырос из всей одежды                         | humanitarian-aid
            собрать приданое для новорожденного              | humanitarian-aid
            ребенок картавит                                 | early-intervention
            кто поставит звуки сыну                          | early-intervention
            не успевает делать домашку                       | education-leisure
            чем заняться с ребенком в выходные               | education-leisure
            art lessons for my daughter                      | education-leisure
            управляющая компания не чинит крышу              | legal-aid
            куда написать жалобу на соседей                  | legal-aid
            нужен нотариус для доверенности                  | legal-aid
            работа на удаленке для мамы                      | employment
            job search help for a mom                        | employment
            хотим усыновить малыша                           | substitute-family-support
            сын дерется с детьми во дворе                    | psychological-help
            дочь ревнует к младшему брату                    | psychological-help
            конфликт со свекровью                            | psychological-help
            не можем найти общий язык с сыном                | psychological-help, parents-school
            """)
    void anEverydayNeedFindsItsKindOfHelpFirst(String text, String kinds) throws Exception {
        SearchResults results = index.search(SearchQuery.text(text));
        List<String> found = results.hits().stream().map(SearchResults.Hit::id).toList();
        assertFalse(results.crisis(), text + " is no danger");
        assertFalse(found.isEmpty(), text);
        Set<String> expected = Set.of(kinds.split("\\s*,\\s*"));
        assertTrue(expected.contains(found.get(0)), text + " -> " + found);
    }
}
