package org.familyportal.directory.infrastructure.lucene;

import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;
import org.familyportal.directory.domain.search.Folding;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.PorterStemmer;
import org.tartarus.snowball.ext.RussianStemmer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Danger written in plain words ({@code danger_phrase}, with the crisis words of
 * {@code topic_synonym}), as the search recognises it in a query: each word of a phrase by its
 * lemmas (a Russian word in any case, number, tense or person through the morfologik dictionary of
 * {@link RussianLemmaAnalyzer}; an English word by its Porter stem), the words of a phrase in any
 * order within a few words of each other ("меня бьёт муж", "бьёт меня"), and a misspelt word when
 * one edit turns it into a form of a danger word. Only words the dictionary does not know are
 * corrected, so an ordinary word is never read as a dangerous one. Thread-safe; the phrases never
 * change (a changed list is compiled anew), the forms of words met are remembered.
 */
final class DangerPhrases {

    static final DangerPhrases NONE = new DangerPhrases(List.of(), Set.of(), List.of());

    /** The kinds of danger a phrase may name ({@code danger_phrase.kind}). */
    static final String SUICIDE = "suicide";
    static final String MISSING_CHILD = "missing-child";
    static final String STREET = "street";

    /** Words a phrase may leave out (when two words remain): prepositions and articles. */
    private static final Set<String> FUNCTION_WORDS = Set.of("с", "со", "из", "на", "в", "во", "без", "над", "под", "от",
            "к", "по", "за", "у", "о", "об", "и", "to", "the", "of", "a", "an", "is", "are", "was", "am", "in", "at", "i");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final String RUSSIAN_LETTERS = "абвгдежзийклмнопрстуфхцчшщъыьэюя";
    /** Extra words a phrase's words may stand apart by ("не хочу больше жить"). */
    private static final int SLACK = 2;
    /** Shorter unknown words are not corrected: too many ordinary words lie one edit apart. */
    private static final int MIN_CORRECTED = 5;
    /** English negations typed without the apostrophe, read as with it ("didnt" as "didn't": "didn", "t"). */
    private static final Set<String> NEGATIONS = Set.of("dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent",
            "hasnt", "havent", "hadnt", "cant", "couldnt", "wouldnt", "shouldnt");

    /**
     * Impersonal verbs read as the personal verb they stand for: "хочется умереть" is "хочу умереть",
     * "не хотелось жить" is "не хотел жить", so every "хочу" phrase is found in either voice.
     */
    private static final Map<String, String> SAME_WISH = Map.of("хотеться", "хотеть");

    /** A phrase as typed, its kind of danger (null when not known), and each of its words as the forms that match it. */
    private record Phrase(String text, String kind, List<Set<String>> words) {
    }

    private final List<Phrase> phrases;
    /**
     * Ordinary sayings that hold a danger word ("убить время", "режутся зубки", "бить баклуши"): their
     * words, found together in this order, are not read for danger. Each word by its forms, no typos.
     */
    private final List<List<Set<String>>> ordinary;
    /** Every form of every phrase word: a correction must land on one of these. */
    private final Set<String> vocabulary;
    /** The forms of the vocabulary that long typos may be corrected to: English words and stems, stems of unknown Russian words. */
    private final List<String> latinForms;
    private final List<String> unknownRussianStems;
    /**
     * The first letters of the Russian vocabulary: a correction that starts otherwise is not looked up.
     * One letter, not two: a form may start otherwise than its lemma ("бьёт", "бить").
     */
    private final Set<String> russianStarts;
    /** The forms of query words met so far (queries repeat their words); bounded. */
    private final Map<String, Set<String>> seen = new ConcurrentHashMap<>();

    private DangerPhrases(List<Phrase> phrases, Set<String> vocabulary, List<List<Set<String>>> ordinary) {
        this.phrases = phrases;
        this.ordinary = ordinary;
        this.vocabulary = vocabulary;
        this.latinForms = vocabulary.stream().filter(v -> v.length() > MIN_CORRECTED + 1 && !cyrillic(v)).toList();
        this.unknownRussianStems = vocabulary.stream().filter(v -> v.startsWith("~") && v.length() >= MIN_CORRECTED + 1).toList();
        this.russianStarts = Set.copyOf(vocabulary.stream().filter(v -> !v.isEmpty() && cyrillic(v))
                .map(v -> v.substring(0, 1)).toList());
    }

    /** Compiles the phrases (each one to a few words, in any form), their kinds not known. */
    static DangerPhrases of(Collection<String> texts) {
        return of(texts, Map.of(), List.of());
    }

    /** Compiles the phrases and the ordinary sayings that hold a danger word (see {@link #withoutOrdinary}), kinds not known. */
    static DangerPhrases of(Collection<String> texts, Collection<String> ordinarySayings) {
        return of(texts, Map.of(), ordinarySayings);
    }

    /**
     * Compiles the phrases (each one to a few words, in any form) with the kind of danger each names
     * ({@code kinds}: phrase as written → violence, sexual-abuse, suicide, missing-child or street;
     * a phrase not in it has no kind), and the ordinary sayings that hold a danger word.
     */
    static DangerPhrases of(Collection<String> texts, Map<String, String> kinds, Collection<String> ordinarySayings) {
        DictionaryLookup lookup = new DictionaryLookup(RussianLemmaAnalyzer.dictionary());
        List<Phrase> phrases = new ArrayList<>();
        Set<String> vocabulary = new HashSet<>();
        for (String text : new LinkedHashSet<>(texts)) {
            List<String> words = words(text);
            List<String> content = words.stream().filter(w -> !FUNCTION_WORDS.contains(w)).toList();
            if (content.size() >= 2) {
                words = content;
            }
            if (words.isEmpty()) {
                continue;
            }
            List<Set<String>> forms = new ArrayList<>();
            for (String word : words) {
                Set<String> wordForms = forms(word, lookup);
                forms.add(wordForms);
                vocabulary.addAll(wordForms);
            }
            phrases.add(new Phrase(text.strip(), kinds.get(text), List.copyOf(forms)));
        }
        List<List<Set<String>>> ordinary = new ArrayList<>();
        for (String text : new LinkedHashSet<>(ordinarySayings)) {
            List<Set<String>> saying = words(text).stream().map(w -> forms(w, lookup)).toList();
            if (!saying.isEmpty()) {
                ordinary.add(saying);
            }
        }
        return new DangerPhrases(List.copyOf(phrases), Set.copyOf(vocabulary), List.copyOf(ordinary));
    }

    /**
     * {@code query} without the words of the ordinary sayings in it ("как убить время с детьми" is
     * read as "как с детьми"), or {@code query} itself when it has none: a saying's words must stand
     * together and in its order, so that a danger word elsewhere in the query is still read.
     */
    String withoutOrdinary(String query) {
        if (ordinary.isEmpty() || query == null || query.isBlank()) {
            return query;
        }
        DictionaryLookup lookup = new DictionaryLookup(RussianLemmaAnalyzer.dictionary());
        List<String> words = words(query);
        List<Set<String>> tokens = words.stream().map(w -> forms(w, lookup)).toList();
        boolean[] masked = new boolean[words.size()];
        boolean any = false;
        for (List<Set<String>> saying : ordinary) {
            for (int start = 0; start + saying.size() <= tokens.size(); start++) {
                boolean all = true;
                for (int i = 0; i < saying.size() && all; i++) {
                    all = !java.util.Collections.disjoint(saying.get(i), tokens.get(start + i));
                }
                if (all) {
                    for (int i = 0; i < saying.size(); i++) {
                        masked[start + i] = true;
                    }
                    any = true;
                }
            }
        }
        if (!any) {
            return query;
        }
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (!masked[i]) {
                kept.add(words.get(i));
            }
        }
        return String.join(" ", kept);
    }

    boolean signals(String query) {
        return match(query).isPresent();
    }

    /** The first phrase found in {@code query}, as it was written in the list. */
    Optional<String> match(String query) {
        return found(query, true).stream().findFirst().map(Phrase::text);
    }

    /**
     * The kinds of danger the phrases found in {@code query} name (violence, sexual-abuse, suicide,
     * missing-child, street); empty when none is found or their kinds are not known.
     */
    Set<String> kinds(String query) {
        Set<String> kinds = new LinkedHashSet<>();
        for (Phrase phrase : found(query, false)) {
            if (phrase.kind() != null) {
                kinds.add(phrase.kind());
            }
        }
        return kinds;
    }

    /** The phrases found in {@code query}: the first only, or all. */
    private List<Phrase> found(String query, boolean firstOnly) {
        if (phrases.isEmpty() || query == null || query.isBlank()) {
            return List.of();
        }
        DictionaryLookup lookup = new DictionaryLookup(RussianLemmaAnalyzer.dictionary());
        List<Set<String>> tokens = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        int position = 0;
        Set<String> present = new HashSet<>();
        for (String word : words(query)) {
            // Prepositions and the like do not part a phrase's words ("выставила нас с вещами на улицу").
            positions.add(position);
            if (!FUNCTION_WORDS.contains(word)) {
                position++;
            }
            Set<String> forms = seen.get(word);
            if (forms == null) {
                Set<String> all = forms(word, lookup);
                all.addAll(corrections(word, all, lookup));
                // Only the forms a phrase can use matter.
                forms = Set.copyOf(all.stream().filter(vocabulary::contains).toList());
                if (seen.size() > 20_000) {
                    seen.clear();
                }
                seen.put(word, forms);
            }
            tokens.add(forms);
            present.addAll(forms);
        }
        if (present.isEmpty()) {
            return List.of();
        }
        List<Phrase> found = new ArrayList<>();
        for (Phrase phrase : phrases) {
            if (phrase.words().stream().allMatch(w -> !java.util.Collections.disjoint(w, present))
                    && found(phrase.words(), tokens, positions)) {
                found.add(phrase);
                if (firstOnly) {
                    break;
                }
            }
        }
        return found;
    }

    /**
     * All words of the phrase at distinct words of the query, within a window of the phrase's length
     * plus slack; {@code positions}: where each word stands, function words not counted.
     */
    private static boolean found(List<Set<String>> phrase, List<Set<String>> tokens, List<Integer> positions) {
        int window = phrase.size() + SLACK;
        for (int start = 0; start < tokens.size(); start++) {
            if (matches(phrase.get(0), tokens.get(start))) {
                int from = start;
                while (from > 0 && positions.get(start) - positions.get(from - 1) < window) {
                    from--;
                }
                int to = start + 1;
                while (to < tokens.size() && positions.get(to) - positions.get(start) < window) {
                    to++;
                }
                boolean[] used = new boolean[tokens.size()];
                used[start] = true;
                if (assign(phrase, 1, tokens, positions, from, to, used)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean assign(List<Set<String>> phrase, int word, List<Set<String>> tokens, List<Integer> positions,
                                  int from, int to, boolean[] used) {
        if (word == phrase.size()) {
            int first = -1;
            int last = -1;
            for (int i = from; i < to; i++) {
                if (used[i]) {
                    first = first < 0 ? positions.get(i) : first;
                    last = positions.get(i);
                }
            }
            return last - first < phrase.size() + SLACK;
        }
        for (int i = from; i < to; i++) {
            if (!used[i] && matches(phrase.get(word), tokens.get(i))) {
                used[i] = true;
                if (assign(phrase, word + 1, tokens, positions, from, to, used)) {
                    return true;
                }
                used[i] = false;
            }
        }
        return false;
    }

    private static boolean matches(Set<String> phraseWord, Set<String> token) {
        for (String form : token) {
            if (phraseWord.contains(form)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The forms a word is compared by: the word itself; a Russian word's lemmas, or, when the
     * dictionary does not know it (slang, new words), its Snowball stem; an English word's stem.
     */
    private static Set<String> forms(String word, DictionaryLookup lookup) {
        Set<String> forms = new HashSet<>();
        forms.add(word);
        if (cyrillic(word)) {
            List<String> lemmas = lemmas(word, lookup);
            if (lemmas.isEmpty()) {
                forms.add("~" + stem(new RussianStemmer(), word));
            } else {
                forms.addAll(lemmas);
                lemmas.stream().map(SAME_WISH::get).filter(java.util.Objects::nonNull).forEach(forms::add);
            }
        } else {
            forms.add(stem(new PorterStemmer(), word));
        }
        return forms;
    }

    /**
     * The danger forms a misspelt word may mean: for a Russian word the dictionary does not know,
     * the lemmas of the known words one edit away (a letter missing, extra, wrong, or two swapped)
     * that are danger words; for other words, danger stems one edit away from its own stem.
     */
    private Set<String> corrections(String word, Set<String> forms, DictionaryLookup lookup) {
        Set<String> found = new HashSet<>();
        if (word.length() < MIN_CORRECTED || forms.stream().anyMatch(vocabulary::contains)) {
            return found;
        }
        if (cyrillic(word)) {
            if (!lemmas(word, lookup).isEmpty()) {
                return found;
            }
            for (String candidate : oneEditAway(word)) {
                if (!russianStarts.contains(candidate.substring(0, 1))) {
                    continue;
                }
                for (String lemma : lemmas(candidate, lookup)) {
                    if (vocabulary.contains(lemma)) {
                        found.add(lemma);
                    }
                }
            }
            String stem = "~" + stem(new RussianStemmer(), word);
            unknownRussianStems.stream().filter(v -> oneEdit(stem, v)).forEach(found::add);
        } else {
            // No English dictionary here: only long danger words are corrected ("sucide", "violance"),
            // as shorter ones lie one edit from ordinary words (threat / treat, molest / modest).
            for (String typed : List.of(word, stem(new PorterStemmer(), word))) {
                if (typed.length() > MIN_CORRECTED) {
                    latinForms.stream().filter(v -> v.charAt(0) == typed.charAt(0) && oneEdit(typed, v)).forEach(found::add);
                }
            }
        }
        return found;
    }

    private static List<String> oneEditAway(String word) {
        List<String> candidates = new ArrayList<>();
        for (int i = 0; i <= word.length(); i++) {
            String head = word.substring(0, i);
            if (i < word.length()) {
                String tail = word.substring(i + 1);
                candidates.add(head + tail);
                if (i + 1 < word.length()) {
                    candidates.add(head + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2));
                }
                for (char c : RUSSIAN_LETTERS.toCharArray()) {
                    if (c != word.charAt(i)) {
                        candidates.add(head + c + tail);
                    }
                }
            }
            for (char c : RUSSIAN_LETTERS.toCharArray()) {
                candidates.add(head + c + word.substring(i));
            }
        }
        return candidates;
    }

    /** Whether {@code a} and {@code b} differ by at most one insertion, deletion, substitution or swap. */
    static boolean oneEdit(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int i = 0;
        while (i < Math.min(la, lb) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (la == lb) {
            return a.substring(i + 1).equals(b.substring(i + 1))
                    || (i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                        && a.substring(i + 2).equals(b.substring(i + 2)));
        }
        return la > lb ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
    }

    private static List<String> lemmas(String word, DictionaryLookup lookup) {
        List<String> lemmas = new ArrayList<>();
        for (WordData data : lookup.lookup(word)) {
            lemmas.add(Folding.fold(data.getStem().toString()));
        }
        return lemmas;
    }

    private static String stem(SnowballStemmer stemmer, String word) {
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    private static boolean cyrillic(String word) {
        return word.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC);
    }

    /** Lower case, yo read as ye, split on anything but letters and digits. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : NOT_LETTERS.split(Folding.fold(text))) {
            if (NEGATIONS.contains(word)) {
                words.add(word.substring(0, word.length() - 1));
                words.add("t");
            } else if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }
}
