package org.familyportal.directory.infrastructure.lucene;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.familyportal.directory.DirectoryDatabase;
import org.familyportal.directory.application.demo.DemoDataLoad;
import org.familyportal.directory.application.search.DirectorySearch;
import org.familyportal.directory.domain.search.Place;
import org.familyportal.directory.domain.search.SearchQuery;
import org.familyportal.directory.domain.search.SearchResults;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Search quality, measured: queries parents would type (Russian and English, with typos and crisis
 * words), each near a real place, each judged by the kind of help that must appear in the first
 * five results. success@5 = share of queries with at least one such service in the top five.
 */
class JudgedQueriesTest {

    /** A query near a place; relevant results carry one of {@code relevant} (dimension/code). */
    private record Judgment(String text, String place, Set<String> relevant) {
    }

    private static Judgment j(String text, String place, String... relevant) {
        return new Judgment(text, place, Set.of(relevant));
    }

    private static final List<Judgment> JUDGMENTS = List.of(
            j("психолог для подростка", "Иркутск", "category/psychological-help"),
            j("юрист бесплатно", "Новосибирск", "category/legal-aid"),
            j("помощь многодетным", "Челябинск", "audience/large-family"),
            j("продукты и одежда", "Самара", "category/humanitarian-aid"),
            j("школа приёмных родителей", "Иркутск", "category/substitute-family-support"),
            j("опека", "Новосибирск", "category/substitute-family-support"),
            j("логопед для ребёнка", "Челябинск", "category/early-intervention"),
            j("ранняя помощь", "Самара", "category/early-intervention"),
            j("кризисный центр", "Ангарск", "category/crisis-shelter"),
            j("насилие в семье", "Новосибирск", "category/crisis-shelter", "category/hotline"),
            j("телефон доверия", "Татарск", "category/hotline"),
            j("зависимость от алкоголя", "Братск", "category/addiction-help"),
            j("школа родителей", "Магнитогорск", "category/parents-school"),
            j("вебинар для родителей", "Самара", "category/parents-school"),
            j("работа для мамы", "Тольятти", "category/employment"),
            j("социальный контракт", "Сызрань", "category/employment"),
            j("наставник", "Новосибирск", "category/mentoring"),
            j("кружки для детей", "Челябинск", "category/education-leisure"),
            j("выездная бригада", "Венгерово", "category/mobile-team"),
            j("пособие на ребёнка", "Новокуйбышевск", "category/benefits-advice"),
            j("выплаты многодетным", "Бердск", "category/benefits-advice", "audience/large-family"),
            j("консультация психолога онлайн", "Купино", "category/psychological-help"),
            j("псхолог", "Иркутск", "category/psychological-help"),
            j("юритс", "Самара", "category/legal-aid"),
            j("гуманитарная помощь", "Братск", "category/humanitarian-aid"),
            j("ребёнок с инвалидностью", "Миасс", "category/early-intervention", "audience/children-with-disabilities"),
            j("конфликт с подростком", "Ангарск", "category/psychological-help"),
            j("беременная", "Самара", "audience/pregnant"),
            j("выгнали из дома", "Челябинск", "category/crisis-shelter", "category/hotline"),
            j("социальное сопровождение", "Тулун", "category/social-support"),
            j("детские вещи", "Копейск", "category/humanitarian-aid"),
            j("семейный психолог", "Жигулёвск", "category/psychological-help"),
            j("алименты", "Зима", "category/legal-aid"),
            j("мобильная бригада", "Каргат", "category/mobile-team"),
            j("приёмная семья", "Самара", "category/substitute-family-support"),
            j("суицид подростка", "Новосибирск", "category/hotline", "category/crisis-shelter"),
            j("psychologist", "Иркутск", "category/psychological-help"),
            j("free lawyer", "Новосибирск", "category/legal-aid"),
            j("food help", "Самара", "category/humanitarian-aid"),
            j("foster parents school", "Челябинск", "category/substitute-family-support"),
            j("helpline", "Магнитогорск", "category/hotline"),
            j("job help", "Тольятти", "category/employment"),
            j("domestic violence", "Иркутск", "category/crisis-shelter", "category/hotline"),
            j("speech therapist for a child", "Самара", "category/early-intervention"),
            j("parenting course", "Братск", "category/parents-school"),
            j("mentor for a teenager", "Новосибирск", "category/mentoring"));

    @Test
    void successAtFiveIsAtLeastNinetyPercent() throws Exception {
        assertTrue(JUDGMENTS.size() >= 40);
        DataSource db = DirectoryDatabase.fresh();
        new DemoDataLoad(db).loadOnce();
        List<String> misses = new ArrayList<>();
        try (DirectorySearch search = DirectorySearch.over(db, new ByteBuffersDirectory())) {
            for (Judgment judgment : JUDGMENTS) {
                Place place = search.place(judgment.place()).orElseThrow(() -> new AssertionError(judgment.place()));
                SearchResults results = search.search(SearchQuery.text(judgment.text())
                        .near(place.point(), place.municipalityCode(), 50.0));
                List<SearchResults.Hit> top = results.hits().subList(0, Math.min(5, results.hits().size()));
                boolean success = top.stream().anyMatch(hit -> relevant(hit, judgment, search));
                if (!success) {
                    misses.add(judgment.text() + " @" + judgment.place() + " -> "
                            + top.stream().map(SearchResults.Hit::name).toList());
                }
            }
        }
        double successAtFive = 1.0 - (double) misses.size() / JUDGMENTS.size();
        System.out.printf("success@5 = %.3f over %d judged queries%n", successAtFive, JUDGMENTS.size());
        misses.forEach(m -> System.out.println("  miss: " + m));
        assertTrue(successAtFive >= 0.9, "success@5 = " + successAtFive + ", misses: " + misses);
    }

    private static boolean relevant(SearchResults.Hit hit, Judgment judgment, DirectorySearch search) {
        try {
            var service = search.service(hit.id()).orElseThrow();
            for (String wanted : judgment.relevant()) {
                String[] parts = wanted.split("/");
                Set<String> values = "category".equals(parts[0]) ? service.categories() : service.audiences();
                if (values.contains(parts[1])) {
                    return true;
                }
            }
            return false;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
