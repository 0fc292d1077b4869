#!/usr/bin/env python3
"""Writes the Flyway migration with the portal's reference data: the family-support taxonomies
(Russian, with English translations) and the gazetteer of the demo regions.

Identifiers of taxonomies and terms are name-based UUIDs computed exactly like Java's
UUID.nameUUIDFromBytes("taxonomy:<code>") and ("term:<taxonomy>/<code>"), so code can refer to them.
Coordinates are those of each municipality's administrative centre (public geographic facts,
rounded to about a hundred metres).

Run: python3 ops/tools/reference_data.py > directory-search/src/main/resources/db/migration/directory/V2_2__reference_data.sql
"""
import hashlib
import uuid


def java_name_uuid(name):
    digest = bytearray(hashlib.md5(name.encode("utf-8")).digest())
    digest[6] = (digest[6] & 0x0F) | 0x30
    digest[8] = (digest[8] & 0x3F) | 0x80
    return str(uuid.UUID(bytes=bytes(digest)))


def q(text):
    return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'"


TAXONOMIES = [
    ("family-support", "Виды помощи семьям", "Что делает служба для семьи",
     "Kinds of family support", [
        ("psychological-help", "Психологическая помощь", "Консультации психолога, поддержка в кризисе, помощь в конфликтах", "Psychological help", "Counselling, crisis support, help with family conflicts"),
        ("legal-aid", "Юридическая помощь", "Бесплатные консультации юриста, защита прав семьи и детей", "Legal aid", "Free legal advice, protecting the rights of families and children"),
        ("humanitarian-aid", "Гуманитарная помощь", "Продукты, одежда, детские вещи и товары первой необходимости", "Humanitarian aid", "Food, clothes, children's things and essentials"),
        ("early-intervention", "Ранняя помощь детям с ОВЗ", "Ранняя помощь детям до трёх лет с инвалидностью или риском её появления и их семьям", "Early intervention", "Early help for children under three with disabilities or at risk, and their families"),
        ("substitute-family-support", "Поддержка замещающих семей", "Школа приёмных родителей, сопровождение опекунов, приёмных и усыновительских семей", "Support of substitute families", "Foster-parents' school, support of guardians, foster and adoptive families"),
        ("crisis-shelter", "Кризисные центры и приюты", "Временное жильё и защита для женщин с детьми и семей в кризисе", "Crisis centres and shelters", "Temporary housing and protection for women with children and families in crisis"),
        ("addiction-help", "Помощь при зависимостях в семье", "Помощь семьям, где есть зависимость от алкоголя, наркотиков, азартных игр", "Help with addiction in the family", "Help for families facing alcohol, drug or gambling addiction"),
        ("parents-school", "Школа родителей и курсы", "Занятия и курсы для родителей, вебинары", "Parents' school and courses", "Classes and courses for parents, webinars"),
        ("hotline", "Горячие линии и телефоны доверия", "Анонимная помощь по телефону", "Hotlines and trust lines", "Anonymous help by phone"),
        ("employment", "Трудоустройство и социальный контракт", "Помощь в поиске работы, социальный контракт, переобучение", "Employment and the social contract", "Help finding work, the social contract, retraining"),
        ("health", "Здоровье", "Медицинская помощь семьям и детям", "Health", "Medical care for families and children"),
        ("education-leisure", "Образование и досуг детей", "Кружки, секции, летний отдых, помощь с учёбой", "Education and leisure for children", "Clubs, sports, summer camps, help with school"),
        ("mentoring", "Наставничество", "Наставники для детей и подростков", "Mentoring", "Mentors for children and teenagers"),
        ("mobile-team", "Мобильные бригады и выезд на дом", "Специалисты приезжают к семье, в том числе в сёла", "Mobile teams and home visits", "Specialists come to the family, villages included"),
        ("benefits-advice", "Пособия и выплаты: консультации", "Какие меры поддержки положены семье и как их оформить", "Benefits and payments advice", "Which support measures a family is entitled to and how to apply"),
        ("social-support", "Социальное сопровождение", "Специалист ведёт семью до решения трудной ситуации", "Social support", "A specialist accompanies the family until the difficulty is resolved"),
    ]),
    ("audience", "Кому помогают", "Для каких семей предназначена услуга", "Who it is for", [
        ("all-families", "Все семьи с детьми", "", "All families with children", ""),
        ("large-family", "Многодетные семьи", "", "Large families", ""),
        ("single-parent", "Одинокие родители", "", "Single parents", ""),
        ("substitute-family", "Замещающие семьи", "Опекуны, приёмные семьи, усыновители", "Substitute families", "Guardians, foster and adoptive families"),
        ("children-with-disabilities", "Семьи с детьми с инвалидностью", "", "Families with children with disabilities", ""),
        ("pregnant", "Беременные женщины", "", "Pregnant women", ""),
        ("difficult-situation", "Семьи в трудной жизненной ситуации", "", "Families in a difficult life situation", ""),
        ("teenagers", "Подростки", "", "Teenagers", ""),
        ("young-family", "Молодые семьи", "", "Young families", ""),
    ]),
    ("provider-type", "Тип организации", "Кто оказывает услугу", "Provider type", [
        ("state", "Государственное учреждение", "", "State institution", ""),
        ("municipal", "Муниципальное учреждение", "", "Municipal institution", ""),
        ("ngo", "Некоммерческая организация", "", "Non-profit organisation", ""),
        ("commercial", "Коммерческая организация", "", "Commercial organisation", ""),
    ]),
    ("delivery", "Формат", "Как получить помощь", "Format", [
        ("in-person", "Очно", "", "In person", ""),
        ("online", "Онлайн", "", "Online", ""),
        ("phone", "По телефону", "", "By phone", ""),
        ("home-visit", "Выезд на дом", "", "Home visit", ""),
    ]),
]

REGIONS = [
    ("38", "Иркутская область", "Irkutsk Oblast", "Asia/Irkutsk"),
    ("54", "Новосибирская область", "Novosibirsk Oblast", "Asia/Novosibirsk"),
    ("74", "Челябинская область", "Chelyabinsk Oblast", "Asia/Yekaterinburg"),
    ("63", "Самарская область", "Samara Oblast", "Europe/Samara"),
]

# code, region, municipality (ru, en), kind, centre (ru, en), latitude, longitude
MUNICIPALITIES = [
    ("38-irkutsk", "38", "город Иркутск", "Irkutsk", "city", "Иркутск", "Irkutsk", 52.2870, 104.3050),
    ("38-angarsk", "38", "Ангарский городской округ", "Angarsk urban district", "city", "Ангарск", "Angarsk", 52.5444, 103.8883),
    ("38-bratsk", "38", "город Братск", "Bratsk", "city", "Братск", "Bratsk", 56.1515, 101.6340),
    ("38-ust-ilimsk", "38", "город Усть-Илимск", "Ust-Ilimsk", "city", "Усть-Илимск", "Ust-Ilimsk", 58.0006, 102.6619),
    ("38-nizhneilimsky", "38", "Нижнеилимский район", "Nizhneilimsky district", "district", "Железногорск-Илимский", "Zheleznogorsk-Ilimsky", 56.5847, 104.1142),
    ("38-shelekhovsky", "38", "Шелеховский район", "Shelekhovsky district", "district", "Шелехов", "Shelekhov", 52.2102, 104.0973),
    ("38-usolye", "38", "город Усолье-Сибирское", "Usolye-Sibirskoye", "city", "Усолье-Сибирское", "Usolye-Sibirskoye", 52.7565, 103.6388),
    ("38-cheremkhovo", "38", "город Черемхово", "Cheremkhovo", "city", "Черемхово", "Cheremkhovo", 53.1369, 103.0901),
    ("38-tulun", "38", "город Тулун", "Tulun", "city", "Тулун", "Tulun", 54.5611, 100.5792),
    ("38-nizhneudinsky", "38", "Нижнеудинский район", "Nizhneudinsky district", "district", "Нижнеудинск", "Nizhneudinsk", 54.8969, 99.0277),
    ("38-taishetsky", "38", "Тайшетский район", "Taishetsky district", "district", "Тайшет", "Taishet", 55.9405, 98.0030),
    ("38-sayansk", "38", "город Саянск", "Sayansk", "city", "Саянск", "Sayansk", 54.1108, 102.1711),
    ("38-ust-kutsky", "38", "Усть-Кутский район", "Ust-Kutsky district", "district", "Усть-Кут", "Ust-Kut", 56.7929, 105.7757),
    ("38-slyudyansky", "38", "Слюдянский район", "Slyudyansky district", "district", "Слюдянка", "Slyudyanka", 51.6594, 103.7089),
    ("38-irkutsky", "38", "Иркутский район", "Irkutsky district", "district", "Хомутово", "Khomutovo", 52.4650, 104.4020),
    ("38-zima", "38", "город Зима", "Zima", "city", "Зима", "Zima", 53.9203, 102.0497),
    ("54-novosibirsk", "54", "город Новосибирск", "Novosibirsk", "city", "Новосибирск", "Novosibirsk", 55.0302, 82.9204),
    ("54-berdsk", "54", "город Бердск", "Berdsk", "city", "Бердск", "Berdsk", 54.7581, 83.1070),
    ("54-iskitim", "54", "город Искитим", "Iskitim", "city", "Искитим", "Iskitim", 54.6403, 83.3060),
    ("54-ob", "54", "город Обь", "Ob", "city", "Обь", "Ob", 54.9946, 82.6937),
    ("54-kuibyshevsky", "54", "Куйбышевский район", "Kuibyshevsky district", "district", "Куйбышев", "Kuibyshev", 55.4466, 78.3192),
    ("54-tatarsky", "54", "Татарский район", "Tatarsky district", "district", "Татарск", "Tatarsk", 55.2146, 75.9741),
    ("54-vengerovsky", "54", "Венгеровский район", "Vengerovsky district", "district", "Венгерово", "Vengerovo", 55.6770, 76.7518),
    ("54-barabinsky", "54", "Барабинский район", "Barabinsky district", "district", "Барабинск", "Barabinsk", 55.3540, 78.3415),
    ("54-karasuksky", "54", "Карасукский район", "Karasuksky district", "district", "Карасук", "Karasuk", 53.7341, 78.0364),
    ("54-kupinsky", "54", "Купинский район", "Kupinsky district", "district", "Купино", "Kupino", 54.3660, 77.2980),
    ("54-cherepanovsky", "54", "Черепановский район", "Cherepanovsky district", "district", "Черепаново", "Cherepanovo", 54.2206, 83.3722),
    ("54-toguchinsky", "54", "Тогучинский район", "Toguchinsky district", "district", "Тогучин", "Toguchin", 55.2360, 84.3850),
    ("54-kochenevsky", "54", "Коченёвский район", "Kochenyovsky district", "district", "Коченёво", "Kochenyovo", 55.0226, 82.2032),
    ("54-novosibirsky", "54", "Новосибирский район", "Novosibirsky district", "district", "Краснообск", "Krasnoobsk", 54.9197, 82.9913),
    ("54-chulymsky", "54", "Чулымский район", "Chulymsky district", "district", "Чулым", "Chulym", 55.0968, 80.9630),
    ("54-kargatsky", "54", "Каргатский район", "Kargatsky district", "district", "Каргат", "Kargat", 55.1954, 80.2817),
    ("74-chelyabinsk", "74", "город Челябинск", "Chelyabinsk", "city", "Челябинск", "Chelyabinsk", 55.1644, 61.4368),
    ("74-magnitogorsk", "74", "город Магнитогорск", "Magnitogorsk", "city", "Магнитогорск", "Magnitogorsk", 53.4072, 58.9794),
    ("74-zlatoust", "74", "Златоустовский городской округ", "Zlatoust urban district", "city", "Златоуст", "Zlatoust", 55.1719, 59.6725),
    ("74-miass", "74", "Миасский городской округ", "Miass urban district", "city", "Миасс", "Miass", 55.0456, 60.1082),
    ("74-kopeysk", "74", "Копейский городской округ", "Kopeysk urban district", "city", "Копейск", "Kopeysk", 55.1167, 61.6258),
    ("74-troitsk", "74", "город Троицк", "Troitsk", "city", "Троицк", "Troitsk", 54.0843, 61.5586),
    ("74-ozyorsk", "74", "Озёрский городской округ", "Ozyorsk urban district", "city", "Озёрск", "Ozyorsk", 55.7631, 60.7075),
    ("74-snezhinsk", "74", "город Снежинск", "Snezhinsk", "city", "Снежинск", "Snezhinsk", 56.0852, 60.7315),
    ("74-satkinsky", "74", "Саткинский район", "Satkinsky district", "district", "Сатка", "Satka", 55.0546, 59.0358),
    ("74-kyshtym", "74", "Кыштымский городской округ", "Kyshtym urban district", "city", "Кыштым", "Kyshtym", 55.7060, 60.5560),
    ("74-yuzhnouralsk", "74", "Южноуральский городской округ", "Yuzhnouralsk urban district", "city", "Южноуральск", "Yuzhnouralsk", 54.4420, 61.2500),
    ("74-korkinsky", "74", "Коркинский район", "Korkinsky district", "district", "Коркино", "Korkino", 54.8906, 61.4051),
    ("74-ashinsky", "74", "Ашинский район", "Ashinsky district", "district", "Аша", "Asha", 54.9937, 57.2780),
    ("74-yemanzhelinsky", "74", "Еманжелинский район", "Yemanzhelinsky district", "district", "Еманжелинск", "Yemanzhelinsk", 54.7548, 61.3173),
    ("74-chebarkul", "74", "Чебаркульский городской округ", "Chebarkul urban district", "city", "Чебаркуль", "Chebarkul", 54.9776, 60.3706),
    ("74-kartalinsky", "74", "Карталинский район", "Kartalinsky district", "district", "Карталы", "Kartaly", 53.0523, 60.6480),
    ("63-samara", "63", "городской округ Самара", "Samara", "city", "Самара", "Samara", 53.1959, 50.1002),
    ("63-tolyatti", "63", "городской округ Тольятти", "Tolyatti", "city", "Тольятти", "Tolyatti", 53.5078, 49.4204),
    ("63-syzran", "63", "городской округ Сызрань", "Syzran", "city", "Сызрань", "Syzran", 53.1554, 48.4745),
    ("63-novokuibyshevsk", "63", "городской округ Новокуйбышевск", "Novokuibyshevsk", "city", "Новокуйбышевск", "Novokuibyshevsk", 53.0994, 49.9474),
    ("63-chapayevsk", "63", "городской округ Чапаевск", "Chapayevsk", "city", "Чапаевск", "Chapayevsk", 52.9762, 49.7068),
    ("63-zhigulyovsk", "63", "городской округ Жигулёвск", "Zhigulyovsk", "city", "Жигулёвск", "Zhigulyovsk", 53.4012, 49.4947),
    ("63-otradny", "63", "городской округ Отрадный", "Otradny", "city", "Отрадный", "Otradny", 53.3661, 51.3452),
    ("63-kinel", "63", "городской округ Кинель", "Kinel", "city", "Кинель", "Kinel", 53.2213, 50.6336),
    ("63-pokhvistnevo", "63", "городской округ Похвистнево", "Pokhvistnevo", "city", "Похвистнево", "Pokhvistnevo", 53.6494, 52.1236),
    ("63-oktyabrsk", "63", "городской округ Октябрьск", "Oktyabrsk", "city", "Октябрьск", "Oktyabrsk", 53.1640, 48.6741),
    ("63-neftegorsky", "63", "Нефтегорский район", "Neftegorsky district", "district", "Нефтегорск", "Neftegorsk", 52.7967, 51.1644),
    ("63-bezenchuksky", "63", "Безенчукский район", "Bezenchuksky district", "district", "Безенчук", "Bezenchuk", 52.9767, 49.4272),
    ("63-kinel-cherkassky", "63", "Кинель-Черкасский район", "Kinel-Cherkassky district", "district", "Кинель-Черкассы", "Kinel-Cherkassy", 53.4689, 51.4747),
    ("63-bolsheglushitsky", "63", "Большеглушицкий район", "Bolsheglushitsky district", "district", "Большая Глушица", "Bolshaya Glushitsa", 52.4004, 50.4852),
    ("63-krasnoyarsky", "63", "Красноярский район", "Krasnoyarsky district", "district", "Красный Яр", "Krasny Yar", 53.4976, 50.3920),
]

# Further settlements: municipality, name (ru, en), kind, latitude, longitude
SETTLEMENTS = [
    ("38-nizhneilimsky", "Новая Игирма", "Novaya Igirma", "settlement", 57.1333, 103.9000),
    ("38-nizhneilimsky", "Рудногорск", "Rudnogorsk", "settlement", 57.2667, 103.7500),
    ("38-irkutsky", "Маркова", "Markova", "settlement", 52.2180, 104.2130),
    ("38-shelekhovsky", "Большой Луг", "Bolshoy Lug", "settlement", 52.0880, 104.1600),
    ("54-tatarsky", "Константиновка", "Konstantinovka", "village", 55.1830, 75.7000),
    ("54-vengerovsky", "Кыштовка", "Kyshtovka", "village", 56.5600, 76.6200),
    ("54-kuibyshevsky", "Октябрьский", "Oktyabrsky", "village", 55.3000, 78.2000),
    ("54-novosibirsky", "Кольцово", "Koltsovo", "settlement", 54.9400, 83.1830),
    ("74-chelyabinsk", "Першино", "Pershino", "district", 55.2500, 61.3700),
    ("74-satkinsky", "Бакал", "Bakal", "town", 54.9410, 58.8070),
    ("74-ashinsky", "Миньяр", "Minyar", "town", 55.0710, 57.5500),
    ("63-krasnoyarsky", "Волжский", "Volzhsky", "settlement", 53.4300, 50.1000),
    ("63-bezenchuksky", "Осинки", "Osinki", "village", 52.8700, 49.5400),
    ("63-neftegorsky", "Утёвка", "Utyovka", "village", 52.8400, 51.3400),
]


def main():
    out = ["-- Reference data: family-support taxonomies (ru, with en translations) and the gazetteer of",
           "-- the demo regions. Generated by ops/tools/reference_data.py; edit the data there or in the",
           "-- admin screens, not by hand here.", ""]
    for code, name_ru, desc_ru, name_en, terms in TAXONOMIES:
        tid = java_name_uuid("taxonomy:" + code)
        out.append(f"INSERT INTO taxonomy (id, name, description, uri, version) VALUES ({q(tid)}, {q(name_ru)}, {q(desc_ru)}, {q('https://family-portal.example/taxonomy/' + code)}, '1');")
        for tcode, tname_ru, tdesc_ru, tname_en, tdesc_en in terms:
            term_id = java_name_uuid(f"term:{code}/{tcode}")
            out.append(f"INSERT INTO taxonomy_term (id, code, name, description, taxonomy, language, taxonomy_id) VALUES "
                       f"({q(term_id)}, {q(tcode)}, {q(tname_ru)}, {q(tdesc_ru or tname_ru)}, {q(code)}, 'ru', {q(tid)});")
            out.append(f"INSERT INTO taxonomy_term_translation (taxonomy_term_id, language, name, description) VALUES "
                       f"({q(term_id)}, 'en', {q(tname_en)}, {q(tdesc_en or tname_en)});")
        out.append("")
    for code, ru, en, tz in REGIONS:
        out.append(f"INSERT INTO region (code, name_ru, name_en, time_zone) VALUES ({q(code)}, {q(ru)}, {q(en)}, {q(tz)});")
    out.append("")
    for code, region, ru, en, kind, centre_ru, centre_en, lat, lon in MUNICIPALITIES:
        out.append(f"INSERT INTO municipality (code, region_code, name_ru, name_en, kind, latitude, longitude) VALUES "
                   f"({q(code)}, {q(region)}, {q(ru)}, {q(en)}, {q(kind)}, {lat}, {lon});")
        out.append(f"INSERT INTO settlement (id, municipality_code, name_ru, name_en, kind, latitude, longitude) VALUES "
                   f"({q(code + '/centre')}, {q(code)}, {q(centre_ru)}, {q(centre_en)}, {q('city' if kind == 'city' else 'town')}, {lat}, {lon});")
    for i, (municipality, ru, en, kind, lat, lon) in enumerate(SETTLEMENTS):
        out.append(f"INSERT INTO settlement (id, municipality_code, name_ru, name_en, kind, latitude, longitude) VALUES "
                   f"({q(municipality + '/' + en.lower().replace(' ', '-'))}, {q(municipality)}, {q(ru)}, {q(en)}, {q(kind)}, {lat}, {lon});")
    print("\n".join(out))


if __name__ == "__main__":
    main()
