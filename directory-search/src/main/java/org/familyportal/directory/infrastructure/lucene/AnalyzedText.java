package org.familyportal.directory.infrastructure.lucene;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A text already run through an analyzer, replayed as a token stream: a document's fields can
 * then each be analysed in the document's own language (an analyzer reuses one stream per
 * thread, so several fields cannot hold live streams of it at once).
 */
final class AnalyzedText extends TokenStream {

    private final List<String> terms = new ArrayList<>();
    private final List<int[]> places = new ArrayList<>();
    private final int finalOffset;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private int next;

    AnalyzedText(Analyzer analyzer, String field, String text) throws IOException {
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute t = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute o = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute p = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(t.toString());
                places.add(new int[] {o.startOffset(), o.endOffset(), p.getPositionIncrement()});
            }
            stream.end();
            finalOffset = o.endOffset();
        }
    }

    private AnalyzedText(List<String> terms, List<int[]> places, int finalOffset) {
        this.terms.addAll(terms);
        this.places.addAll(places);
        this.finalOffset = finalOffset;
    }

    /**
     * The word families ({@link Derivation}) of already analysed texts, one after the other: the
     * lemmas are not looked up again (the dictionary is most of an analysis). As the derivational
     * analyzer does, a stem already given at the same position is given once.
     */
    static AnalyzedText families(AnalyzedText... texts) {
        List<String> stems = new ArrayList<>();
        List<int[]> places = new ArrayList<>();
        int base = 0;
        for (AnalyzedText text : texts) {
            java.util.Set<String> here = new java.util.HashSet<>();
            for (int i = 0; i < text.terms.size(); i++) {
                int[] place = text.places.get(i);
                if (place[2] > 0) {
                    here.clear();
                }
                String stem = Derivation.stem(text.terms.get(i));
                if (!here.add(stem)) {
                    // The same family twice at one position (two readings of one word): once.
                    continue;
                }
                places.add(new int[] {base + place[0], base + place[1], place[2]});
                stems.add(stem);
            }
            base += text.finalOffset + 2;
        }
        return new AnalyzedText(stems, places, Math.max(0, base - 2));
    }

    /** The terms, in order (a word read two ways gives both). */
    List<String> terms() {
        return java.util.Collections.unmodifiableList(terms);
    }

    @Override
    public boolean incrementToken() {
        if (next >= terms.size()) {
            return false;
        }
        clearAttributes();
        int[] place = places.get(next);
        term.setEmpty().append(terms.get(next));
        offset.setOffset(place[0], place[1]);
        increment.setPositionIncrement(place[2]);
        next++;
        return true;
    }

    @Override
    public void end() throws IOException {
        super.end();
        offset.setOffset(finalOffset, finalOffset);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        next = 0;
    }
}
