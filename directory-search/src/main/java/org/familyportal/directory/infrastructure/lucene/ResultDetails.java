package org.familyportal.directory.infrastructure.lucene;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.familyportal.directory.domain.search.Duplicates;
import org.familyportal.directory.domain.search.IndexedService;
import org.familyportal.directory.domain.search.Phone;
import org.familyportal.directory.domain.search.SearchQuery;
import org.familyportal.directory.domain.search.ServiceArea;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * What a result shows besides its words: its phone lines and its service areas (stored with the
 * document), and the folding of the same service offered more than once (its
 * {@link Duplicates#key} in sorted doc values, read for the collected window only).
 */
final class ResultDetails {

    static final String PHONE = "phone";
    static final String AREA_SHOWN = "area_shown";
    static final String DUPLICATE = "duplicate";
    /** Separates the parts of a stored phone or area (a control character: never in the data's text). */
    private static final String UNIT = "\u001f";

    private ResultDetails() {
    }

    static void add(Document doc, IndexedService s) {
        for (Phone phone : s.phones()) {
            doc.add(new StoredField(PHONE, String.join(UNIT, phone.number(), nullToEmpty(phone.type()),
                    nullToEmpty(phone.description()))));
        }
        for (ServiceArea area : s.areas()) {
            doc.add(new StoredField(AREA_SHOWN, String.join(UNIT, area.kind().name(), nullToEmpty(area.code()),
                    nullToEmpty(area.nameRu()), nullToEmpty(area.nameEn()))));
        }
        String duplicate = Duplicates.key(s.organization(), s.name(), s.phones());
        if (duplicate != null) {
            doc.add(new SortedDocValuesField(DUPLICATE, new BytesRef(duplicate)));
        }
    }

    static List<Phone> phones(Document doc) {
        return Arrays.stream(doc.getValues(PHONE)).map(v -> v.split(UNIT, -1))
                .map(p -> new Phone(p[0], p[1], p[2])).toList();
    }

    static List<ServiceArea> areas(Document doc) {
        return Arrays.stream(doc.getValues(AREA_SHOWN)).map(v -> v.split(UNIT, -1))
                .map(a -> new ServiceArea(ServiceArea.Kind.valueOf(a[0]), emptyToNull(a[1]), emptyToNull(a[2]),
                        emptyToNull(a[3]))).toList();
    }

    /**
     * How many hits to collect for a page: the page and as many again after it, so that
     * duplicates folded away are replaced from the window, never from the whole hit set.
     */
    static int window(SearchQuery query) {
        return (int) Math.min(query.offset() + 2L * Math.max(1, query.limit()), maxWindow(query));
    }

    /** The deepest window collected for a page (many duplicates): a few pages more, never the whole hit set. */
    private static int maxWindow(SearchQuery query) {
        return (int) Math.min(query.offset() + 10L * Math.max(1, query.limit()), SearchQuery.MAX_DEPTH + 10L * query.limit());
    }

    /** Collects the best {@code n} hits of the page's query again (a deeper window). */
    interface Deeper {
        TopDocs top(int n) throws IOException;
    }

    /** The collected hits and, in their order, those kept after folding. */
    record Folded(TopDocs top, List<Duplicates.Kept> kept) {
    }

    /** The collected hits, each kept as it is. */
    static Folded unfolded(TopDocs top) {
        List<Duplicates.Kept> kept = new ArrayList<>(top.scoreDocs.length);
        for (int i = 0; i < top.scoreDocs.length; i++) {
            kept.add(new Duplicates.Kept(i, 0));
        }
        return new Folded(top, kept);
    }

    /**
     * The collected hits folded; when so many fold away that the page is not full and more hits
     * exist, a window twice as deep is collected, up to {@link #maxWindow}. A longer window folds
     * to a continuation of a shorter one (see {@link Duplicates#fold}), so pages agree.
     */
    static Folded fold(IndexSearcher searcher, TopDocs top, SearchQuery query, Deeper deeper) throws IOException {
        int window = window(query);
        List<Duplicates.Kept> kept = fold(searcher, top.scoreDocs);
        while (kept.size() < query.offset() + query.limit() && top.scoreDocs.length >= window
                && window < maxWindow(query)) {
            window = (int) Math.min(2L * window, maxWindow(query));
            top = deeper.top(window);
            kept = fold(searcher, top.scoreDocs);
        }
        return new Folded(top, kept);
    }

    /** The collected hits folded (see {@link Duplicates#fold}), in their order. */
    private static List<Duplicates.Kept> fold(IndexSearcher searcher, ScoreDoc[] window) throws IOException {
        String[] keys = new String[window.length];
        // Doc values are read forwards: the window is visited in document order, leaf by leaf.
        Integer[] byDoc = new Integer[window.length];
        for (int i = 0; i < byDoc.length; i++) {
            byDoc[i] = i;
        }
        Arrays.sort(byDoc, Comparator.comparingInt(i -> window[i].doc));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        int leafIndex = -1;
        SortedDocValues values = null;
        LeafReaderContext leaf = null;
        for (int i : byDoc) {
            int doc = window[i].doc;
            int at = ReaderUtil.subIndex(doc, leaves);
            if (at != leafIndex) {
                leafIndex = at;
                leaf = leaves.get(at);
                values = leaf.reader().getSortedDocValues(DUPLICATE);
            }
            if (values != null && values.advanceExact(doc - leaf.docBase)) {
                keys[i] = values.lookupOrd(values.ordValue()).utf8ToString();
            }
        }
        return Duplicates.fold(new ArrayList<>(Arrays.asList(keys)));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
