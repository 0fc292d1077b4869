package org.familyportal.directory.domain.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How a typed settlement name is compared with the gazetteer's names. Two keys: {@link #key} is
 * the name as people write it in Russian (no "г." or "село" before it, ё as е, hyphens as
 * spaces), and {@link #sound} is a Latin skeleton shared by the Cyrillic name and its common
 * Latin spellings (GOST / ISO 9, BGN/PCGN, the passport's ICAO, informal "zh/kh/ya/shch/iy"),
 * so "Usolye-Sibirskoye", "Usol'e-Sibirskoe" and "Усолье-Сибирское" meet. The skeleton is lossy
 * on purpose (й, ы and и read alike); a collision only gives a choice between places.
 */
public final class PlaceNames {

    /** Longer than this is not a settlement's name (and is not worth comparing). */
    public static final int MAX_LENGTH = 100;

    /** "г. Ангарск", "с Ивановка", "пос.Листвянка", "город Братск", "g. Angarsk", "selo ...": the kind, not the name. */
    private static final Pattern KIND_BEFORE = Pattern.compile(
            "^(?:(?:г|гор|город|с|село|п|пос|посёлок|поселок|пгт|рп|р\\.п|д|дер|деревня|ст|станция|ст-ца|станица|х|хутор"
                    + "|g|gorod|s|selo|p|pos|posyolok|poselok|pgt|rp|d|der|derevnya)\\.\\s*|(?:г|гор|город|с|село|п|пос"
                    + "|посёлок|поселок|пгт|рп|д|дер|деревня|ст|станция|станица|х|хутор|gorod|selo|posyolok|poselok|pgt|derevnya)\\s+)",
            Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-‐‑‒–—_]+");

    private PlaceNames() {
    }

    /** What was typed, split at commas and brackets: the name first, then what qualifies it (district, region). */
    public record Typed(String name, List<String> qualifiers) {

        /** At most this many parts are read ("Ивановка, Тулунский район, Иркутская область" has three). */
        static final int MAX_PARTS = 4;
    }

    /** Splits what a parent typed as a place: {@code name, district, region} or {@code name (region)}. */
    public static Typed parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.length() > MAX_LENGTH) {
            return new Typed("", List.of());
        }
        String[] parts = text.split("[,;()\\[\\]]", Typed.MAX_PARTS + 1);
        List<String> qualifiers = new ArrayList<>();
        for (int i = 1; i < Math.min(parts.length, Typed.MAX_PARTS); i++) {
            if (!parts[i].isBlank()) {
                qualifiers.add(parts[i].strip());
            }
        }
        return new Typed(parts.length == 0 ? "" : parts[0].strip(), List.copyOf(qualifiers));
    }

    /** How to write {@code place} so that it is told from others of its name: "Ивановка, Тулунский район". */
    public static String qualified(Place place) {
        return place.name() + ", " + place.municipalityName();
    }

    /** The name as compared in Russian: folded (case, ё), without the kind before it, hyphens and runs of blanks as one space. */
    public static String key(String name) {
        String folded = Folding.fold(name);
        folded = KIND_BEFORE.matcher(folded).replaceFirst("");
        folded = folded.replaceAll("[«»\"'’ʹʺ`.]", "");
        return SEPARATORS.matcher(folded).replaceAll(" ").strip();
    }

    /** The Latin skeleton of a name written in Cyrillic or in any usual Latin spelling of it. */
    public static String sound(String name) {
        String key = key(name);
        StringBuilder latin = new StringBuilder(key.length() + 8);
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            latin.append(c >= '\u0430' && c <= '\u044f' ? CYRILLIC[c - '\u0430'] : String.valueOf(c));
        }
        String s = latin.toString()
                // Letters with marks of ISO 9 / GOST first, then every other mark dropped.
                .replace("ž", "zh").replace("š", "sh").replace("č", "ch").replace("ŝ", "shch")
                .replace("û", "yu").replace("â", "ya").replace("ǎ", "ya").replace("ë", "e").replace("è", "e");
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        s = s.replaceAll("[^a-z ]", "");
        // One letter for each Russian sound the schemes spell differently.
        s = s.replace("tsch", "ch").replace("tch", "ch") // French and German ч
                .replace("shch", "W").replace("sch", "W").replace("shh", "W")
                .replace("zh", "Z").replace("ch", "C").replace("sh", "S").replace("kh", "h").replace('x', 'h')
                .replace("ts", "c").replace("tz", "c")
                .replace("yu", "U").replace("iu", "U").replace("ju", "U")
                .replace("ya", "A").replace("ia", "A").replace("ja", "A")
                .replace("yo", "e").replace("jo", "e").replace("ye", "e").replace("je", "e")
                .replace('y', 'i').replace('j', 'i').replace('w', 'v');
        return s.replaceAll("i+", "i");
    }

    /** Russian letters а..я in a simple Latin spelling (BGN-like), ь and ъ silent; {@link #sound} evens out the rest. */
    private static final String[] CYRILLIC = {
            "a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p",
            "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"};
}
