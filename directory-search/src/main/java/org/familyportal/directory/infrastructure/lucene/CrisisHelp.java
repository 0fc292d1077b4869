package org.familyportal.directory.infrastructure.lucene;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.familyportal.directory.domain.search.TopicSynonym;

import java.util.List;

/**
 * What a search that signals danger puts first: crisis lines and shelters. Those tagged with the
 * portal's taxonomy ({@code crisis-shelter}, {@code hotline}) come first, then services of any
 * directory whose own name or text speaks of crisis help (телефон доверия, кризисный центр,
 * приют, убежище, hotline, shelter, crisis, domestic violence), so that an imported directory
 * without our taxonomy has its crisis services found too. The place filter of the search applies
 * to them as to every other result.
 */
final class CrisisHelp {

    /** Above anything the words, the distance and the freshness of a service can add up to. */
    private static final float TAGGED = 100f;
    private static final float SPOKEN_OF = 80f;
    private static final List<String> FIELDS = List.of(SearchIndex.NAME, SearchIndex.ORGANIZATION, SearchIndex.DESCRIPTION);

    private CrisisHelp() {
    }

    /** Above crisis help of the other kind, whatever it adds up to: the kind the danger calls for first. */
    private static final float CALLED_FOR = 150f;

    /** Which crisis help the kind of danger calls for first. */
    enum First {
        /** Lines and shelters alike (violence, sexual abuse, or the kind not known). */
        ANY,
        /** Helplines (suicide or self-harm, a child missing): someone to talk to now, not a bed. */
        LINES,
        /** Shelters (a family on the street tonight). */
        SHELTERS;

        /** For the kinds of danger a query names ({@link DangerPhrases#kinds}); a life at stake wins. */
        static First of(java.util.Collection<String> kinds) {
            if (kinds.contains(DangerPhrases.SUICIDE) || kinds.contains(DangerPhrases.MISSING_CHILD)) {
                return LINES;
            }
            return kinds.contains(DangerPhrases.STREET) ? SHELTERS : ANY;
        }
    }

    /** {@code text} (what the words match) with crisis help added and put first. */
    static Query first(Query text) {
        return first(text, First.ANY);
    }

    /**
     * {@code text} with crisis help added and put first, the kind {@code first} calls for before the
     * other (a helpline before a shelter for "хочу умереть", a shelter first for "негде ночевать").
     */
    static Query first(Query text, First first) {
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(text, BooleanClause.Occur.SHOULD)
                .add(constant(tagged(), TAGGED), BooleanClause.Occur.SHOULD)
                .add(constant(spokenOf(), SPOKEN_OF), BooleanClause.Occur.SHOULD);
        if (first != First.ANY) {
            query.add(constant(first == First.LINES ? lines() : shelters(), CALLED_FOR), BooleanClause.Occur.SHOULD);
        }
        return query.build();
    }

    /**
     * Helplines: tagged as such; or, unless tagged as a shelter, inferred as such or their own words
     * say so (телефон доверия, hotline, helpline). A shelter's text that mentions its round-the-clock
     * phone infers "hotline", so a tag of the other kind wins over what the text suggests.
     */
    private static Query lines() {
        BooleanQuery.Builder spoken = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(SearchIndex.INFERRED_CATEGORY, "hotline")), BooleanClause.Occur.SHOULD);
        for (String field : FIELDS) {
            spoken.add(new PhraseQuery(field, "телефон", "доверие"), BooleanClause.Occur.SHOULD);
            spoken.add(new PrefixQuery(new Term(field, "hotlin")), BooleanClause.Occur.SHOULD);
            spoken.add(new PrefixQuery(new Term(field, "helplin")), BooleanClause.Occur.SHOULD);
        }
        spoken.add(new TermQuery(new Term("category", "crisis-shelter")), BooleanClause.Occur.MUST_NOT);
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term("category", "hotline")), BooleanClause.Occur.SHOULD)
                .add(spoken.build(), BooleanClause.Occur.SHOULD)
                .build();
    }

    /**
     * Shelters: tagged as such; or, unless tagged as a helpline, inferred as such or their own words
     * say so (приют, убежище, shelter).
     */
    private static Query shelters() {
        BooleanQuery.Builder spoken = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(SearchIndex.INFERRED_CATEGORY, "crisis-shelter")), BooleanClause.Occur.SHOULD);
        for (String field : FIELDS) {
            spoken.add(new TermQuery(new Term(field, "приют")), BooleanClause.Occur.SHOULD);
            spoken.add(new PrefixQuery(new Term(field, "убежищ")), BooleanClause.Occur.SHOULD);
            spoken.add(new PrefixQuery(new Term(field, "shelter")), BooleanClause.Occur.SHOULD);
        }
        spoken.add(new TermQuery(new Term("category", "hotline")), BooleanClause.Occur.MUST_NOT);
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term("category", "crisis-shelter")), BooleanClause.Occur.SHOULD)
                .add(spoken.build(), BooleanClause.Occur.SHOULD)
                .build();
    }

    /**
     * What a shelter keeps of its score for an ordinary need ("ребёнок не слушается") whose words do
     * not ask for a shelter: a shelter is a last resort, not the first answer, even when it speaks
     * of children and psychologists as much as the services that fit. Half: it stays findable by
     * its own words and place, just not first (see Lowering).
     */
    static final double SHELTER_UNASKED = 0.5;

    /** The terms that make a service a shelter: the kind of help assigned, or inferred from its text. */
    static final List<Term> SHELTER = List.of(new Term("category", "crisis-shelter"),
            new Term(SearchIndex.INFERRED_CATEGORY, "crisis-shelter"));

    /** Whether a kind of help the words name is a shelter. */
    static boolean asksForShelter(java.util.Collection<TopicSynonym.Topic> topics) {
        return topics.stream().anyMatch(t -> "crisis-shelter".equals(t.code()));
    }

    private static Query tagged() {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term("category", "crisis-shelter")), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term("category", "hotline")), BooleanClause.Occur.SHOULD)
                .build();
    }

    /** The service's own words (lemmas, as indexed by RussianLemmaAnalyzer) speak of crisis help. */
    static Query spokenOf() {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String field : FIELDS) {
            any.add(new PhraseQuery(field, "телефон", "доверие"), BooleanClause.Occur.SHOULD);
            any.add(new PrefixQuery(new Term(field, "кризисн")), BooleanClause.Occur.SHOULD);
            any.add(new TermQuery(new Term(field, "приют")), BooleanClause.Occur.SHOULD);
            any.add(new PrefixQuery(new Term(field, "убежищ")), BooleanClause.Occur.SHOULD);
            // English text is indexed as Porter stems (hotline → hotlin, crisis → crisi), other text as words.
            any.add(new PrefixQuery(new Term(field, "hotlin")), BooleanClause.Occur.SHOULD);
            any.add(new PrefixQuery(new Term(field, "helplin")), BooleanClause.Occur.SHOULD);
            any.add(new PrefixQuery(new Term(field, "shelter")), BooleanClause.Occur.SHOULD);
            any.add(new TermQuery(new Term(field, "crisis")), BooleanClause.Occur.SHOULD);
            any.add(new TermQuery(new Term(field, "crisi")), BooleanClause.Occur.SHOULD);
            any.add(new PhraseQuery(field, "domestic", "violence"), BooleanClause.Occur.SHOULD);
            any.add(new PhraseQuery(field, "domest", "violenc"), BooleanClause.Occur.SHOULD);
        }
        return any.build();
    }

    private static Query constant(Query query, float boost) {
        return new BoostQuery(new ConstantScoreQuery(query), boost);
    }
}
