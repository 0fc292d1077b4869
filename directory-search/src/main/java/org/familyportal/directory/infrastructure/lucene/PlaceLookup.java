package org.familyportal.directory.infrastructure.lucene;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.familyportal.directory.domain.search.Place;
import org.familyportal.directory.domain.search.PlaceMatch;
import org.familyportal.directory.domain.search.PlaceNames;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the settlement a parent means by what they typed: the exact name or another name of it
 * (hash lookups), another Latin spelling ({@link PlaceNames#sound}), and near misses through a
 * small in-memory Lucene index of the names and their skeletons ({@link FuzzyQuery}, one or two
 * edits by length), so a typo costs a walk of the terms dictionary, never a pass over every settlement.
 */
public final class PlaceLookup {

    /** Near misses read at most this many candidates before ranking them. */
    private static final int MAX_CANDIDATES = 50;
    /** Skeletons shorter than this get no guesses ("Ус" is too little to go on). */
    private static final int MIN_FUZZY = 4;
    /**
     * Nor longer ones: the edit automata grow with the text (a 100-letter "place" costs tens of
     * milliseconds), and the longest settlement names are some 30 letters.
     */
    private static final int MAX_FUZZY = 40;
    /** From this length two edits are allowed (the longer the name, the more room for typos). */
    private static final int TWO_EDITS_FROM = 8;
    /** A near miss is taken for the place only from this length, and only when it is the one such place. */
    private static final int CORRECT_FROM = 5;

    private static final String SOUND = "sound";
    private static final String KEY = "key";
    private static final String ORDINAL = "ordinal";

    private final List<Place> places;
    private final Map<String, List<Place>> byKey = new HashMap<>();
    private final Map<String, List<Place>> bySound = new HashMap<>();
    private final Map<String, Set<String>> soundsOf = new HashMap<>();
    private final Map<String, Set<String>> keysOf = new HashMap<>();
    private final IndexSearcher searcher;
    /** One place of each region (a handful), to tell a region by its name. */
    private final List<Place> regions;
    /** One place of each municipality (a few hundred), to tell a region by a district's name. */
    private final List<Place> municipalities;

    private PlaceLookup(List<Place> places) {
        this.places = List.copyOf(places);
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            for (int i = 0; i < this.places.size(); i++) {
                Place place = this.places.get(i);
                Document doc = new Document();
                doc.add(new StoredField(ORDINAL, i));
                Set<String> sounds = new LinkedHashSet<>();
                Set<String> keys = new LinkedHashSet<>();
                for (String name : names(place)) {
                    keys.add(PlaceNames.key(name));
                    sounds.add(PlaceNames.sound(name));
                }
                keys.remove("");
                sounds.remove("");
                keys.forEach(k -> {
                    byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(place);
                    doc.add(new StringField(KEY, k, Field.Store.NO));
                });
                sounds.forEach(s -> {
                    bySound.computeIfAbsent(s, x -> new ArrayList<>()).add(place);
                    doc.add(new StringField(SOUND, s, Field.Store.NO));
                });
                soundsOf.put(place.id(), sounds);
                keysOf.put(place.id(), keys);
                writer.addDocument(doc);
            }
            writer.commit();
            searcher = new IndexSearcher(DirectoryReader.open(directory));
            Map<String, Place> one = new LinkedHashMap<>();
            this.places.forEach(p -> one.putIfAbsent(p.regionCode(), p));
            regions = List.copyOf(one.values());
            Map<String, Place> each = new LinkedHashMap<>();
            this.places.forEach(p -> each.putIfAbsent(p.municipalityCode(), p));
            municipalities = List.copyOf(each.values());
        } catch (IOException e) {
            throw new UncheckedIOException("The place names could not be indexed in memory", e);
        }
    }

    public static PlaceLookup of(List<Place> places) {
        return new PlaceLookup(places);
    }

    private static List<String> names(Place place) {
        List<String> names = new ArrayList<>();
        names.add(place.name());
        names.addAll(place.alternativeNames());
        return names;
    }

    /** What {@code typed} means: a place, a choice of places, or suggestions. */
    public PlaceMatch match(String typed) {
        String shown = typed == null ? "" : typed.strip();
        if (shown.isEmpty()) {
            return PlaceMatch.none();
        }
        PlaceNames.Typed parts = PlaceNames.parse(shown);
        if (shown.length() > PlaceNames.MAX_LENGTH) {
            shown = shown.substring(0, PlaceNames.MAX_LENGTH);
        }
        Optional<Place> region = region(parts.qualifiers());
        String key = PlaceNames.key(parts.name());
        if (key.isEmpty()) {
            return unknown(shown, List.of(), region);
        }
        List<Place> named = byKey.getOrDefault(key, bySound.getOrDefault(PlaceNames.sound(key), List.of()));
        if (!named.isEmpty()) {
            List<Place> chosen = qualified(named, parts.qualifiers());
            if (chosen.stream().map(Place::municipalityCode).distinct().count() == 1) {
                return new PlaceMatch(shown, PlaceMatch.Outcome.FOUND, Optional.of(chosen.get(0)), List.of(),
                        chosen.get(0).regionCode(), chosen.get(0).region());
            }
            List<Place> choice = onePerMunicipality(chosen);
            return new PlaceMatch(shown, PlaceMatch.Outcome.AMBIGUOUS, Optional.empty(),
                    choice.subList(0, Math.min(choice.size(), PlaceMatch.MAX_SUGGESTIONS)),
                    sharedRegion(choice, region).map(Place::regionCode).orElse(null),
                    sharedRegion(choice, region).map(Place::region).orElse(null));
        }
        List<Near> near = nearMisses(PlaceNames.sound(key), key, region);
        if (!near.isEmpty() && near.get(0).edits() == 1 && PlaceNames.sound(key).length() >= CORRECT_FROM
                && near.stream().filter(n -> n.edits() == 1).map(n -> n.place().municipalityCode()).distinct().count() == 1) {
            Place place = near.get(0).place();
            List<Place> others = near.stream().skip(1).map(Near::place).filter(p -> !p.id().equals(place.id()))
                    .limit(PlaceMatch.MAX_SUGGESTIONS).toList();
            return new PlaceMatch(shown, PlaceMatch.Outcome.CORRECTED, Optional.of(place), others,
                    place.regionCode(), place.region());
        }
        return unknown(shown, near.stream().map(Near::place).limit(PlaceMatch.MAX_SUGGESTIONS).toList(), region);
    }

    private PlaceMatch unknown(String shown, List<Place> suggestions, Optional<Place> region) {
        Optional<Place> told = sharedRegion(suggestions, region);
        return new PlaceMatch(shown, PlaceMatch.Outcome.UNKNOWN, Optional.empty(), suggestions,
                told.map(Place::regionCode).orElse(null), told.map(Place::region).orElse(null));
    }

    /** A candidate and how many edits away its nearest name is. */
    private record Near(Place place, int edits, boolean inRegion) {
    }

    /**
     * Places whose names are one or two edits away, as typed (Russian letters) or as they sound
     * (Latin letters, where "ts" and "ц" are one), else whose names start with it; nearest first,
     * the typed region's first.
     */
    private List<Near> nearMisses(String sound, String key, Optional<Place> region) {
        if (sound.length() < MIN_FUZZY || key.length() > MAX_FUZZY || sound.length() > MAX_FUZZY) {
            return List.of();
        }
        Map<String, Near> found = new LinkedHashMap<>();
        Misses byKey = new Misses(KEY, key, false);
        Misses bySound = new Misses(SOUND, sound, true);
        for (Misses misses : List.of(byKey, bySound)) {
            for (Place place : candidates(misses.query())) {
                int distance = Math.min(byKey.distance(keysOf.get(place.id())), bySound.distance(soundsOf.get(place.id())));
                Near near = new Near(place, distance, inRegion(place, region));
                found.merge(place.id(), near, (a, b) -> a.edits() <= b.edits() ? a : b);
            }
        }
        found.values().removeIf(n -> n.edits() > 2);
        if (found.isEmpty()) {
            // "Железногорск" for "Железногорск-Илимский": the start of a longer name.
            for (Place place : candidates(new PrefixQuery(new Term(KEY, key)))) {
                found.putIfAbsent(place.id(), new Near(place, 3, inRegion(place, region)));
            }
        }
        return found.values().stream().sorted(Comparator.comparing((Near n) -> !n.inRegion()).thenComparingInt(Near::edits)
                .thenComparing(n -> !"city".equals(n.place().kind())).thenComparing(n -> n.place().name())).toList();
    }

    /**
     * Near misses of one form of the typed name in one field: one edit, or two for a long name in
     * Latin letters (two edits of Cyrillic text make Lucene's UTF-8 automata several times larger
     * for little gain). Candidates come from {@link FuzzyQuery}; their distance is then measured
     * directly on these short strings.
     */
    private static final class Misses {
        private final String field;
        private final String typed;
        private final int edits;

        Misses(String field, String typed, boolean twoEditsAllowed) {
            this.field = field;
            this.typed = typed;
            this.edits = twoEditsAllowed && typed.length() >= TWO_EDITS_FROM ? 2 : 1;
        }

        Query query() {
            return new FuzzyQuery(new Term(field, typed), edits, 0, MAX_CANDIDATES, true);
        }

        /** Edits to the nearest of {@code names}; more than the allowed when none is near. */
        int distance(Set<String> names) {
            int best = edits + 1;
            for (String name : names) {
                best = Math.min(best, editsBetween(typed, name, best));
            }
            return best;
        }
    }

    /**
     * Edits between two short strings (insertions, deletions, substitutions, transpositions of
     * neighbours), or {@code bound} when it is at least that many: a band of the usual table.
     */
    static int editsBetween(String a, String b, int bound) {
        if (Math.abs(a.length() - b.length()) >= bound) {
            return bound;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowBest = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
                rowBest = Math.min(rowBest, d[i][j]);
            }
            if (rowBest >= bound) {
                return bound;
            }
        }
        return Math.min(bound, d[a.length()][b.length()]);
    }

    private List<Place> candidates(Query query) {
        try {
            List<Place> found = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query, MAX_CANDIDATES).scoreDocs) {
                found.add(places.get(searcher.storedFields().document(hit.doc).getField(ORDINAL).numericValue().intValue()));
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The region a qualifier names ("Иркутская область", "Irkutsk oblast", "иркутской обл."), as one of its places. */
    private Optional<Place> region(List<String> qualifiers) {
        for (String qualifier : qualifiers) {
            String word = firstWord(qualifier);
            if (word.length() < MIN_FUZZY) {
                continue;
            }
            Optional<Place> region = regions.stream().filter(p -> startsAlike(firstWord(p.region()), word)).findFirst();
            if (region.isPresent()) {
                return region;
            }
        }
        // "Новая Деревня, Тулунский район": the district tells the region.
        for (String qualifier : qualifiers) {
            String word = firstWord(qualifier);
            Optional<Place> district = word.length() < MIN_FUZZY + 1 ? Optional.empty()
                    : municipalities.stream().filter(p -> startsAlike(firstWord(p.municipalityName()), word)).findFirst();
            if (district.isPresent()) {
                return district;
            }
        }
        return Optional.empty();
    }


    /** The places a qualifier ("Тулунский район", "Иркутская обл.") narrows to; all of them when none fits. */
    private static List<Place> qualified(List<Place> places, List<String> qualifiers) {
        List<Place> narrowed = places;
        for (String qualifier : qualifiers) {
            String word = firstWord(qualifier);
            if (word.length() < MIN_FUZZY) {
                continue;
            }
            String municipality = PlaceNames.key(qualifier);
            List<Place> exact = narrowed.stream().filter(p -> PlaceNames.key(p.municipalityName()).equals(municipality)).toList();
            if (!exact.isEmpty()) {
                narrowed = exact;
                continue;
            }
            List<Place> fitting = narrowed.stream().filter(p -> startsAlike(firstWord(p.municipalityName()), word)
                    || startsAlike(firstWord(p.region()), word)).toList();
            if (!fitting.isEmpty()) {
                narrowed = fitting;
            }
        }
        return narrowed;
    }

    /** Whether two words share their stem: "иркутская" and "иркутской", "Irkutskaya" and "Irkutsk". */
    private static boolean startsAlike(String name, String typed) {
        int stem = Math.max(MIN_FUZZY, Math.min(name.length(), typed.length()) - 2);
        return name.length() >= stem && typed.length() >= stem && name.substring(0, stem).equals(typed.substring(0, stem));
    }

    private static String firstWord(String text) {
        String sound = PlaceNames.sound(text == null ? "" : text);
        int space = sound.indexOf(' ');
        return space < 0 ? sound : sound.substring(0, space);
    }

    private static boolean inRegion(Place place, Optional<Place> region) {
        return region.isPresent() && region.get().regionCode().equals(place.regionCode());
    }

    private static List<Place> onePerMunicipality(List<Place> places) {
        Map<String, Place> one = new LinkedHashMap<>();
        places.forEach(p -> one.putIfAbsent(p.municipalityCode(), p));
        return List.copyOf(one.values());
    }

    /** The region typed, else the one region every place shares, else none. */
    private static Optional<Place> sharedRegion(List<Place> places, Optional<Place> typed) {
        if (typed.isPresent()) {
            return typed;
        }
        return !places.isEmpty() && places.stream().map(Place::regionCode).distinct().count() == 1
                ? Optional.of(places.get(0)) : Optional.empty();
    }
}
