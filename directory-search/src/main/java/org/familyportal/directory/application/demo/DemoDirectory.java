package org.familyportal.directory.application.demo;

import org.familyportal.directory.application.exchange.ImportBatch;
import org.familyportal.directory.application.exchange.SourceRow;
import org.familyportal.directory.domain.hsds.Ids;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A believable, invented directory for the demo regions: in every municipality a family resource
 * centre and a social service centre, in towns non-profits, per region crisis shelters at
 * confidential addresses, hotlines, online services and mobile teams that serve rural districts.
 * Every organisation is marked as demo data. The same seed always gives the same directory, with
 * name-based ids, so loading it again changes nothing.
 */
public final class DemoDirectory {

    /**
     * The municipalities the demo directory covers: the 63 of the first gazetteer (V2_2). The full
     * gazetteer adds more, which get no demo services, so that demo tests and the search benchmark
     * compare the same directory before and after it.
     */
    public static final Set<String> MUNICIPALITIES = Set.of(
            "38-irkutsk", "38-angarsk", "38-bratsk", "38-ust-ilimsk", "38-nizhneilimsky", "38-shelekhovsky",
            "38-usolye", "38-cheremkhovo", "38-tulun", "38-nizhneudinsky", "38-taishetsky", "38-sayansk",
            "38-ust-kutsky", "38-slyudyansky", "38-irkutsky", "38-zima", "54-novosibirsk", "54-berdsk",
            "54-iskitim", "54-ob", "54-kuibyshevsky", "54-tatarsky", "54-vengerovsky", "54-barabinsky",
            "54-karasuksky", "54-kupinsky", "54-cherepanovsky", "54-toguchinsky", "54-kochenevsky",
            "54-novosibirsky", "54-chulymsky", "54-kargatsky", "74-chelyabinsk", "74-magnitogorsk",
            "74-zlatoust", "74-miass", "74-kopeysk", "74-troitsk", "74-ozyorsk", "74-snezhinsk",
            "74-satkinsky", "74-kyshtym", "74-yuzhnouralsk", "74-korkinsky", "74-ashinsky",
            "74-yemanzhelinsky", "74-chebarkul", "74-kartalinsky", "63-samara", "63-tolyatti", "63-syzran",
            "63-novokuibyshevsk", "63-chapayevsk", "63-zhigulyovsk", "63-otradny", "63-kinel",
            "63-pokhvistnevo", "63-oktyabrsk", "63-neftegorsky", "63-bezenchuksky", "63-kinel-cherkassky",
            "63-bolsheglushitsky", "63-krasnoyarsky");

    /** A municipality of the gazetteer, as the generator needs it. */
    public record Place(String code, String region, String regionName, String name, String centre, String kind,
                        double latitude, double longitude, int utcOffset) {
        boolean city() {
            return "city".equals(kind);
        }
    }

    private static final String[] NGO_NAMES = {"Семейный маяк", "Родительский дом", "Крылья", "Вместе",
        "Надежда", "Тёплый дом", "Радуга детства", "Опора", "Солнечный круг", "Добрые руки", "Мама рядом",
        "Открытые сердца", "Подсолнух", "Лучик", "Счастливое детство"};
    private static final String[] STREETS = {"ул. Ленина", "ул. Советская", "ул. Мира", "ул. Гагарина",
        "ул. Школьная", "ул. Октябрьская", "пр. Победы", "ул. Молодёжная", "ул. Садовая", "ул. Центральная"};

    private final Random random;
    private final ImportBatch batch = new ImportBatch();
    private final Map<String, String> resourceCentres = new LinkedHashMap<>();
    private int services;
    private int organizations;

    public DemoDirectory(long seed) {
        this.random = new Random(seed);
    }

    /** The family resource centre organisation created for each municipality. */
    public Map<String, String> resourceCentres() {
        return resourceCentres;
    }

    public int services() {
        return services;
    }

    public int organizations() {
        return organizations;
    }

    public ImportBatch generate(List<Place> places) {
        Map<String, List<Place>> byRegion = new LinkedHashMap<>();
        places.forEach(p -> byRegion.computeIfAbsent(p.region(), r -> new ArrayList<>()).add(p));
        for (Place place : places) {
            resourceCentre(place);
            socialServiceCentre(place, byRegion.get(place.region()));
            if (place.city()) {
                int ngos = place.code().endsWith("irkutsk") || place.code().endsWith("novosibirsk")
                        || place.code().endsWith("chelyabinsk") || place.code().endsWith("samara") ? 4 : 1;
                for (int i = 0; i < ngos; i++) {
                    ngo(place, i);
                }
                employmentCentre(place);
            }
        }
        for (List<Place> region : byRegion.values()) {
            regionalServices(region);
        }
        nationalLine(places.get(0));
        return batch;
    }

    private void resourceCentre(Place place) {
        String org = organization(place, "src:" + place.code(), "Семейный ресурсный центр — " + place.centre(),
                "Ресурсный центр для семей с детьми: принимает обращения жителей, сопровождает семьи, объединяет помощь"
                        + " учреждений и НКО района.", "municipal");
        resourceCentres.put(place.code(), org);
        String location = location(org, place, "Семейный ресурсный центр", false);
        service(org, location, place, "Социальное сопровождение семей",
                "Специалист разбирается в ситуации семьи, составляет план помощи и ведёт семью до её решения.",
                List.of("social-support", "benefits-advice"), List.of("difficult-situation", "all-families"),
                null, null, "in-person");
        service(org, location, place, "Консультация семейного психолога",
                "Индивидуальные и семейные консультации психолога: конфликты, кризисы, трудности воспитания.",
                List.of("psychological-help"), List.of("all-families", "teenagers"), null, null, "in-person");
        service(org, location, place, "Школа родителей",
                "Встречи для родителей раз в неделю: возрастные кризисы, границы, общение с подростком. Есть вебинары.",
                List.of("parents-school"), List.of("all-families", "young-family"), null, null, "in-person");
        if (place.city()) {
            service(org, location, place, "Консультации по мерам поддержки семей",
                    "Подскажем, какие пособия, выплаты и льготы положены вашей семье, поможем собрать документы.",
                    List.of("benefits-advice", "legal-aid"), List.of("large-family", "single-parent", "pregnant"),
                    null, null, "in-person");
        }
    }

    private void socialServiceCentre(Place place, List<Place> region) {
        String org = organization(place, "kcson:" + place.code(),
                "Комплексный центр социального обслуживания населения — " + place.centre(),
                "Государственное учреждение социального обслуживания: помощь семьям в трудной жизненной ситуации.",
                "state");
        String location = location(org, place, "Центр социального обслуживания", false);
        service(org, location, place, "Срочная социальная помощь: продукты и одежда",
                "Продуктовые наборы, одежда и детские вещи семьям в трудной жизненной ситуации по заявлению.",
                List.of("humanitarian-aid"), List.of("difficult-situation", "large-family"), null, null, "in-person");
        service(org, location, place, "Бесплатная юридическая консультация",
                "Юрист консультирует по алиментам, жилью, опеке и спорам о детях.",
                List.of("legal-aid"), List.of("all-families", "single-parent"), null, null, "in-person");
        if (!place.city()) {
            String team = service(org, location, place, "Мобильная бригада: выезд к семьям в сёла",
                    "Психолог, специалист по социальной работе и юрист выезжают к семьям в отдалённые сёла по графику"
                            + " и по срочным заявкам.",
                    List.of("mobile-team", "psychological-help", "social-support"),
                    List.of("difficult-situation", "children-with-disabilities"), null, null, "home-visit");
            serviceArea(team, place);
            region.stream().filter(p -> !p.city() && !p.code().equals(place.code()))
                    .limit(1).forEach(neighbour -> serviceArea(team, neighbour));
        } else {
            service(org, location, place, "Ранняя помощь детям до трёх лет",
                    "Дефектолог, логопед и психолог занимаются с малышами с особенностями развития и учат родителей.",
                    List.of("early-intervention"), List.of("children-with-disabilities"), 0.0, 3.0, "in-person");
        }
    }

    private void ngo(Place place, int index) {
        String name = NGO_NAMES[Math.floorMod(place.code().hashCode() + index * 7, NGO_NAMES.length)];
        String org = organization(place, "ngo:" + place.code() + ":" + index, "АНО «" + name + "» (" + place.centre() + ")",
                "Некоммерческая организация помощи семьям с детьми.", "ngo");
        String location = location(org, place, "Офис АНО «" + name + "»", false);
        String[][] offers = {
            {"Школа приёмных родителей", "Подготовка будущих опекунов и приёмных родителей и поддержка тех, кто уже взял ребёнка.",
                "substitute-family-support,parents-school", "substitute-family"},
            {"Наставник для подростка", "Взрослый наставник встречается с подростком раз в неделю: учёба, интересы, профориентация.",
                "mentoring,education-leisure", "teenagers"},
            {"Группа поддержки семей, где есть зависимость", "Встречи для родственников людей с алкогольной и другими зависимостями.",
                "addiction-help,psychological-help", "difficult-situation"},
            {"Пункт выдачи детских вещей", "Одежда, обувь, коляски и игрушки для семей, которым трудно. Приём и выдача по расписанию.",
                "humanitarian-aid", "large-family,difficult-situation"},
            {"Кружки и занятия для детей", "Творчество, спорт и помощь с уроками для детей из семей, которым нужна поддержка.",
                "education-leisure", "all-families"},
            {"Занятия для детей с особенностями развития", "Сенсорная комната, АФК и занятия с логопедом, поддержка родителей.",
                "early-intervention,health", "children-with-disabilities"},
        };
        for (int i = 0; i < 3; i++) {
            String[] offer = offers[(index * 3 + i + Math.floorMod(place.code().hashCode(), 6)) % offers.length];
            service(org, location, place, offer[0], offer[1], List.of(offer[2].split(",")), List.of(offer[3].split(",")),
                    offer[2].contains("mentoring") ? 12.0 : null, offer[2].contains("mentoring") ? 18.0 : null, "in-person");
        }
    }

    private void employmentCentre(Place place) {
        String org = organization(place, "czn:" + place.code(), "Центр занятости населения — " + place.centre(),
                "Государственное учреждение службы занятости.", "state");
        String location = location(org, place, "Центр занятости", false);
        receptionOf(location, place);
        service(org, location, place, "Социальный контракт и помощь в трудоустройстве",
                "Подбор работы, переобучение и социальный контракт для семей с низким доходом: выплата по плану выхода"
                        + " из трудной ситуации.", List.of("employment", "benefits-advice"),
                List.of("difficult-situation", "single-parent", "large-family"), 18.0, null, "in-person");
    }

    private void regionalServices(List<Place> region) {
        Place capital = region.get(0);
        String hotlineOrg = organization(capital, "hotline:" + capital.region(), "Региональная «Семейная линия»",
                "Круглосуточная бесплатная линия для родителей и детей.", "state");
        String virtual = virtualLocation(hotlineOrg, "Телефон «Семейной линии»", capital);
        String hotline = service(hotlineOrg, virtual, capital, "Телефон доверия «Семейная линия»",
                "Анонимно и бесплатно, круглосуточно: психологи помогают родителям и детям в трудной ситуации.",
                List.of("hotline", "psychological-help"), List.of("all-families", "teenagers"), null, null, "phone");
        String line = "8-800-" + (300 + Math.floorMod(capital.region().hashCode(), 600)) + "-00-00";
        phone(hotline, line, "hotline");
        batch.add("language", "demo", new SourceRow("demo", Map.of("id", Ids.of("demo-language:" + hotline + ":phone"),
                "phone_id", Ids.of("demo-phone:" + hotline + ":" + line), "name", "Русский", "code", "ru")));
        phone(hotline, "+7 (900) 555-" + capital.region() + "-00", "sms");
        phone(hotline, "@semeynaya_liniya_" + capital.region() + " (Telegram)", "messenger");
        String online = service(hotlineOrg, virtual, capital, "Онлайн-консультации для родителей",
                "Видеоконсультации психолога и юриста из любого района области по записи.",
                List.of("psychological-help", "legal-aid"), List.of("all-families"), null, null, "online");
        // A regional line serves its region, not the country.
        regionArea(hotline, capital);
        regionArea(online, capital);
        for (int i = 0; i < Math.min(3, region.size()); i++) {
            Place place = region.get(i * (region.size() / 3));
            String org = organization(place, "shelter:" + place.code(), "Кризисный центр для женщин с детьми — " + place.centre(),
                    "Временное проживание и защита для мам с детьми, пострадавших от насилия. Адрес не публикуется.",
                    "state");
            String location = location(org, place, "Кризисное отделение", true);
            String shelter = service(org, location, place, "Временное проживание для мам с детьми",
                    "Безопасное жильё, психолог и юрист для женщин с детьми, которым опасно оставаться дома."
                            + " Звоните: адрес сообщат по телефону.", List.of("crisis-shelter", "psychological-help", "legal-aid"),
                    List.of("difficult-situation", "pregnant"), null, null, "in-person");
            phone(shelter, "+7 (" + (300 + i) + ") 555-01-" + (10 + i), "crisis");
            // A state crisis centre takes mothers and children from the whole region.
            regionArea(shelter, place);
        }
    }

    /**
     * The one real, country-wide line among the invented services: the all-Russian children's helpline
     * (детский телефон доверия, 8-800-2000-122, free from any phone in Russia, anonymous, round the
     * clock, for children and parents). A parent whose place is unknown or outside the regions is
     * offered help from anywhere, and this is what exists everywhere.
     */
    private void nationalLine(Place anchor) {
        String org = Ids.of("demo-organization:national-helpline");
        batch.add("organization", "demo", new SourceRow("demo", Map.of("id", org,
                "name", "Фонд поддержки детей, находящихся в трудной жизненной ситуации",
                "description", "Общероссийский детский телефон доверия: звонок бесплатный с любого телефона в России.",
                "website", "https://telefon-doveria.ru", "demo", "true")));
        attribute(org, "organization", "provider-type", "state");
        organizations++;
        String location = virtualLocation(org, "Детский телефон доверия", anchor);
        String line = service(org, location, anchor, "Детский телефон доверия",
                "Анонимно, бесплатно и круглосуточно из любого региона России: психологи помогают детям, подросткам"
                        + " и родителям в трудной ситуации, при насилии, ссорах, страхе и мыслях о суициде.",
                List.of("hotline", "psychological-help"), List.of("all-families", "teenagers"), null, null, "phone", false);
        phone(line, "8-800-2000-122", "hotline");
        batch.add("service_area", "demo", new SourceRow("demo", Map.of("id", Ids.of("demo-area:" + line + ":RU"),
                "service_id", line, "name", "Россия", "extent_type", "country")));
    }

    private String organization(Place place, String key, String name, String description, String providerType) {
        String id = Ids.of("demo-organization:" + key);
        Map<String, String> row = new LinkedHashMap<>();
        row.put("id", id);
        row.put("name", name);
        row.put("description", "Демонстрационные данные, организация вымышлена. " + description);
        row.put("email", "info+" + Math.abs(key.hashCode()) + "@family-portal.example");
        row.put("demo", "true");
        batch.add("organization", "demo", new SourceRow("demo", row));
        attribute(id, "organization", "provider-type", providerType);
        // Invented taxpayer and registration numbers of the right shape (10 and 13 digits).
        long number = Math.floorMod((long) key.hashCode() * 7919L, 9_000_000_000L) + 1_000_000_000L;
        batch.add("organization_identifier", "demo", new SourceRow("demo", Map.of("id", Ids.of("demo-inn:" + key),
                "organization_id", id, "identifier_scheme", "RU-INN", "identifier_type", "ИНН",
                "identifier", Long.toString(number))));
        batch.add("organization_identifier", "demo", new SourceRow("demo", Map.of("id", Ids.of("demo-ogrn:" + key),
                "organization_id", id, "identifier_scheme", "RU-OGRN", "identifier_type", "ОГРН",
                "identifier", "1" + Long.toString(number) + "00")));
        organizations++;
        return id;
    }

    private String location(String org, Place place, String name, boolean confidential) {
        String id = Ids.of("demo-location:" + org);
        double lat = place.latitude() + (random.nextDouble() - 0.5) * 0.03;
        double lon = place.longitude() + (random.nextDouble() - 0.5) * 0.05;
        Map<String, String> row = new LinkedHashMap<>();
        row.put("id", id);
        row.put("location_type", "physical");
        row.put("organization_id", org);
        row.put("name", name);
        row.put("latitude", String.format(Locale.ROOT, "%.6f", lat));
        row.put("longitude", String.format(Locale.ROOT, "%.6f", lon));
        row.put("confidential", Boolean.toString(confidential));
        row.put("municipality_code", place.code());
        batch.add("location", "demo", new SourceRow("demo", row));
        batch.add("address", "demo", new SourceRow("demo", Map.of("id", Ids.of("demo-address:" + id),
                "location_id", id, "address_1", STREETS[random.nextInt(STREETS.length)] + ", " + (1 + random.nextInt(120)),
                "city", place.centre(), "state_province", place.regionName(), "postal_code", "000000",
                "country", "RU", "address_type", "physical")));
        if (random.nextInt(3) > 0) {
            batch.add("accessibility", "demo", new SourceRow("demo", Map.of("id", Ids.of("demo-accessibility:" + id),
                    "location_id", id, "description", "Пандус у входа, кабинеты на первом этаже")));
        }
        return id;
    }

    /**
     * What HSDS keeps on a place itself rather than on its services: the building's reception line
     * and fax, its opening hours, the languages spoken there (no random draw: the other demo data
     * stays as it was).
     */
    private void receptionOf(String location, Place place) {
        String code = String.valueOf(3000 + Math.floorMod(place.code().hashCode(), 900));
        for (String[] line : new String[][] {{"+7 (" + code + ") 40-00-01", "voice", "Приёмная"},
                {"+7 (" + code + ") 40-00-02", "fax", "Для документов"}}) {
            batch.add("phone", "demo", new SourceRow("demo", Map.of("id", Ids.of("demo-phone:" + location + ":" + line[1]),
                    "location_id", location, "number", line[0], "type", line[1], "description", line[2])));
        }
        batch.add("schedule", "demo", new SourceRow("demo", Map.of("id", Ids.of("demo-schedule:" + location),
                "location_id", location, "freq", "WEEKLY", "byday", "MO,TU,WE,TH,FR", "opens_at", "08:00:00",
                "closes_at", "17:00:00", "timezone", String.valueOf(place.utcOffset()))));
        for (String[] language : new String[][] {{"ru", "Русский"}, {"tt", "Татарский"}}) {
            batch.add("language", "demo", new SourceRow("demo", Map.of("id", Ids.of("demo-language:" + location + ":" + language[0]),
                    "location_id", location, "name", language[1], "code", language[0])));
        }
    }

    private String virtualLocation(String org, String name, Place place) {
        String id = Ids.of("demo-location:" + org);
        batch.add("location", "demo", new SourceRow("demo", Map.of("id", id, "location_type", "virtual",
                "organization_id", org, "name", name, "municipality_code", place.code(), "confidential", "false",
                "url", "https://family-portal.example/online/" + place.region())));
        return id;
    }

    private String service(String org, String location, Place place, String name, String description,
                           List<String> categories, List<String> audiences, Double minAge, Double maxAge, String delivery) {
        return service(org, location, place, name, description, categories, audiences, minAge, maxAge, delivery, true);
    }

    /** A service; {@code inventedPhone}: whether it gets an invented local number (not for a real line). */
    private String service(String org, String location, Place place, String name, String description,
                           List<String> categories, List<String> audiences, Double minAge, Double maxAge, String delivery,
                           boolean inventedPhone) {
        String id = Ids.of("demo-service:" + org + ":" + name);
        Map<String, String> row = new LinkedHashMap<>();
        row.put("id", id);
        row.put("organization_id", org);
        row.put("name", name);
        row.put("description", description);
        row.put("status", "active");
        row.put("application_process", "Позвоните или приходите в часы приёма; можно оставить заявку на портале.");
        row.put("fees_description", "Бесплатно");
        row.put("eligibility_description", "Семьи с детьми, проживающие в районе: " + place.name() + ".");
        if (minAge != null) {
            row.put("minimum_age", String.valueOf(minAge));
        }
        if (maxAge != null) {
            row.put("maximum_age", String.valueOf(maxAge));
        }
        row.put("assured_date", LocalDate.of(2026, 1, 1).plusDays(random.nextInt(300)).toString());
        row.put("assurer_email", "moderator@family-portal.example");
        row.put("last_modified", "2026-10-01T09:00:00Z");
        batch.add("service", "demo", new SourceRow("demo", row));
        String sal = Ids.of("demo-sal:" + id);
        batch.add("service_at_location", "demo", new SourceRow("demo", Map.of("id", sal, "service_id", id,
                "location_id", location)));
        categories.forEach(c -> attribute(id, "service", "family-support", c));
        audiences.forEach(a -> attribute(id, "service", "audience", a));
        attribute(id, "service", "delivery", delivery);
        if (!"phone".equals(delivery) && !"online".equals(delivery)) {
            weekdays(id, place);
        } else {
            batch.add("schedule", "demo", new SourceRow("demo", Map.of("id", Ids.of("demo-schedule:" + id + ":all"),
                    "service_id", id, "freq", "WEEKLY", "byday", "MO,TU,WE,TH,FR,SA,SU", "opens_at", "00:00:00",
                    "closes_at", "23:59:59", "timezone", String.valueOf(place.utcOffset()),
                    "description", "Круглосуточно")));
        }
        if (inventedPhone) {
            phone(id, "+7 (" + (3000 + Math.floorMod(place.code().hashCode(), 900)) + ") " + (20 + random.nextInt(70))
                    + "-" + (10 + random.nextInt(89)) + "-" + (10 + random.nextInt(89)), "voice");
        }
        batch.add("language", "demo", new SourceRow("demo", Map.of("id", Ids.of("demo-language:" + id),
                "service_id", id, "name", "Русский", "code", "ru")));
        batch.add("cost_option", "demo", new SourceRow("demo", Map.of("id", Ids.of("demo-cost:" + id),
                "service_id", id, "option", "Бесплатно", "currency", "RUB", "amount", "0")));
        if (categories.contains("benefits-advice") || categories.contains("employment")) {
            batch.add("required_document", "demo", new SourceRow("demo", Map.of("id", Ids.of("demo-doc:" + id),
                    "service_id", id, "document", "Паспорт и свидетельства о рождении детей")));
        }
        services++;
        return id;
    }

    /** Weekdays in two periods (a lunch break), a short Saturday for some, and the New Year closure. */
    private void weekdays(String service, Place place) {
        String tz = String.valueOf(place.utcOffset());
        batch.add("schedule", "demo", new SourceRow("demo", Map.of("id", Ids.of("demo-schedule:" + service + ":am"),
                "service_id", service, "freq", "WEEKLY", "byday", "MO,TU,WE,TH,FR", "opens_at", "09:00:00",
                "closes_at", "13:00:00", "timezone", tz)));
        batch.add("schedule", "demo", new SourceRow("demo", Map.of("id", Ids.of("demo-schedule:" + service + ":pm"),
                "service_id", service, "freq", "WEEKLY", "byday", "MO,TU,WE,TH,FR", "opens_at", "14:00:00",
                "closes_at", "18:00:00", "timezone", tz)));
        if (random.nextBoolean()) {
            batch.add("schedule", "demo", new SourceRow("demo", Map.of("id", Ids.of("demo-schedule:" + service + ":sa"),
                    "service_id", service, "freq", "WEEKLY", "byday", "SA", "opens_at", "10:00:00",
                    "closes_at", "14:00:00", "timezone", tz)));
        }
        batch.add("schedule", "demo", new SourceRow("demo", Map.of("id", Ids.of("demo-schedule:" + service + ":holidays"),
                "service_id", service, "valid_from", "2027-01-01", "valid_to", "2027-01-08", "closed", "true",
                "timezone", tz, "description", "Новогодние праздники: не работает")));
    }

    private void serviceArea(String service, Place place) {
        batch.add("service_area", "demo", new SourceRow("demo", Map.of("id", Ids.of("demo-area:" + service + ":" + place.code()),
                "service_id", service, "name", place.name(), "municipality_code", place.code(),
                "extent_type", "municipality")));
    }

    /** The whole region of {@code place}, by its name as HSDS gives an area (read against the gazetteer, see IndexSource). */
    private void regionArea(String service, Place place) {
        batch.add("service_area", "demo", new SourceRow("demo", Map.of("id", Ids.of("demo-area:" + service + ":" + place.region()),
                "service_id", service, "name", place.regionName(), "extent_type", "region")));
    }

    private void phone(String service, String number, String type) {
        batch.add("phone", "demo", new SourceRow("demo", Map.of("id", Ids.of("demo-phone:" + service + ":" + number),
                "service_id", service, "number", number, "type", type)));
    }

    private void attribute(String linkId, String entity, String taxonomy, String code) {
        batch.add("attribute", "demo", new SourceRow("demo", Map.of("id", Ids.of("demo-attribute:" + linkId + ":" + taxonomy + "/" + code),
                "link_id", linkId, "link_entity", entity, "link_type", taxonomy, "taxonomy_term_id", Ids.term(taxonomy, code))));
    }
}
