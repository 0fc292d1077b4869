package org.familyportal.ops.bench;

import org.familyportal.directory.application.exchange.ImportBatch;
import org.familyportal.directory.application.exchange.SourceRow;
import org.familyportal.directory.domain.hsds.Ids;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * A large, seeded directory for benchmarks: {@code services} services of {@code services / 10}
 * organisations spread over the gazetteer's real municipalities, with Russian names and
 * descriptions built from the words parents search for, kinds of help, audiences, formats and
 * weekday hours. The same seed always gives the same directory.
 */
final class BenchmarkDirectory {

    /** A municipality centre: code, latitude, longitude. */
    record Town(String code, double latitude, double longitude) {
    }

    private static final String[][] KINDS = {
        {"psychological-help", "Консультация психолога", "Психолог помогает при конфликтах, кризисах и трудностях воспитания подростков."},
        {"legal-aid", "Бесплатная юридическая помощь", "Юрист консультирует по алиментам, жилью, опеке и пособиям."},
        {"humanitarian-aid", "Гуманитарная помощь", "Продукты, одежда и детские вещи семьям в трудной ситуации."},
        {"early-intervention", "Ранняя помощь", "Логопед и дефектолог занимаются с малышами с особенностями развития."},
        {"substitute-family-support", "Школа приёмных родителей", "Подготовка опекунов и поддержка приёмных семей."},
        {"addiction-help", "Помощь при зависимости", "Группа поддержки семей, где есть зависимость от алкоголя."},
        {"parents-school", "Школа родителей", "Занятия и вебинары для родителей о возрастных кризисах."},
        {"employment", "Помощь в трудоустройстве", "Подбор работы и социальный контракт для семей."},
        {"education-leisure", "Кружки для детей", "Творчество, спорт и помощь с уроками."},
        {"mentoring", "Наставник для подростка", "Взрослый наставник встречается с подростком каждую неделю."},
        {"benefits-advice", "Консультации по пособиям", "Какие выплаты положены многодетным и одиноким родителям."},
        {"social-support", "Социальное сопровождение", "Специалист ведёт семью до решения трудной ситуации."},
    };
    private static final String[] AUDIENCES = {"all-families", "large-family", "single-parent", "teenagers",
        "children-with-disabilities", "difficult-situation", "pregnant", "young-family", "substitute-family"};
    private static final String[] FORMATS = {"in-person", "in-person", "in-person", "online", "phone", "home-visit"};
    private static final String[] NAMES = {"Опора", "Семейный маяк", "Вместе", "Надежда", "Тёплый дом", "Радуга",
        "Мама рядом", "Добрые руки", "Подсолнух", "Лучик"};

    private BenchmarkDirectory() {
    }

    static ImportBatch generate(List<Town> towns, int services, long seed) {
        Random random = new Random(seed);
        ImportBatch batch = new ImportBatch();
        int organizations = Math.max(1, services / 10);
        for (int o = 0; o < organizations; o++) {
            Town town = towns.get(random.nextInt(towns.size()));
            String org = Ids.of("bench-org:" + o);
            batch.add("organization", "bench", new SourceRow("bench", Map.of("id", org,
                    "name", "АНО «" + NAMES[o % NAMES.length] + "» №" + o, "description", "Организация помощи семьям (бенчмарк)",
                    "demo", "true")));
            for (int s = 0; s < 10 && o * 10 + s < services; s++) {
                int n = o * 10 + s;
                String[] kind = KINDS[random.nextInt(KINDS.length)];
                String id = Ids.of("bench-service:" + n);
                batch.add("service", "bench", new SourceRow("bench", Map.of("id", id, "organization_id", org,
                        "name", kind[1] + " " + n, "description", kind[2], "status", "active",
                        "assured_date", "2026-" + String.format(Locale.ROOT, "%02d", 1 + random.nextInt(10)) + "-15")));
                String location = Ids.of("bench-location:" + n);
                batch.add("location", "bench", new SourceRow("bench", Map.of("id", location, "location_type", "physical",
                        "organization_id", org, "municipality_code", town.code(), "confidential", "false",
                        "latitude", String.format(Locale.ROOT, "%.6f", town.latitude() + (random.nextDouble() - 0.5) * 0.2),
                        "longitude", String.format(Locale.ROOT, "%.6f", town.longitude() + (random.nextDouble() - 0.5) * 0.3))));
                batch.add("service_at_location", "bench", new SourceRow("bench", Map.of("id", Ids.of("bench-sal:" + n),
                        "service_id", id, "location_id", location)));
                attribute(batch, id, "family-support", kind[0]);
                attribute(batch, id, "audience", AUDIENCES[random.nextInt(AUDIENCES.length)]);
                attribute(batch, id, "delivery", FORMATS[random.nextInt(FORMATS.length)]);
                batch.add("schedule", "bench", new SourceRow("bench", Map.of("id", Ids.of("bench-schedule:" + n),
                        "service_id", id, "freq", "WEEKLY", "byday", "MO,TU,WE,TH,FR", "opens_at", "09:00:00",
                        "closes_at", "18:00:00", "timezone", "7")));
            }
        }
        return batch;
    }

    private static void attribute(ImportBatch batch, String service, String taxonomy, String code) {
        batch.add("attribute", "bench", new SourceRow("bench", Map.of("id", Ids.of("bench-attribute:" + service + taxonomy),
                "link_id", service, "link_entity", "service", "link_type", taxonomy,
                "taxonomy_term_id", Ids.term(taxonomy, code))));
    }
}
