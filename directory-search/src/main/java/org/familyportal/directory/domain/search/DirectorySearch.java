package org.familyportal.directory.domain.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * The directory's search engine as the use cases see it: an index kept in step with the directory,
 * the words of the synonym list and of danger, and the gazetteer's places. (Its implementation, on
 * Apache Lucene and the directory's tables, is {@code infrastructure.search.LuceneDirectorySearch}.)
 */
public interface DirectorySearch extends Closeable {

    /** Opens the engine's index in a folder (rebuilding it when missing, corrupt or outdated). */
    @FunctionalInterface
    interface Opener {
        /**
         * {@code background} runs the rebuilds that follow a change of the parents' words (the
         * container's managed executor in the portal; null for a thread of the engine's own).
         */
        DirectorySearch open(Path folder, java.util.concurrent.Executor background) throws IOException, SQLException;
    }

    /** Services last verified longer ago than {@code period} rank lower (and are marked out of date). */
    void staleAfter(java.time.Period period);

    /**
     * Rebuilds the index from the directory beside the live one, then switches to it; {@code progress}
     * hears how many services are done; the number of services indexed.
     */
    int rebuild(IntConsumer progress) throws IOException, SQLException;

    /** Reads the gazetteer again, after a new list of places was loaded (no index rebuild needed). */
    void reloadGazetteer() throws SQLException;

    /** Reads the synonym list and the phrases of danger again; the next search uses them. */
    void reloadSynonyms() throws SQLException;

    /** Brings one service up to date in the index (changed, retired or deleted). */
    void refresh(String serviceId) throws IOException, SQLException;

    /** A searchable service as the index sees it, or empty when retired. */
    Optional<IndexedService> service(String id) throws SQLException;

    /** The kinds of help and audiences a service's own words name beyond its assigned terms. */
    Optional<InferredTopics> inferred(String id) throws SQLException;

    SearchResults search(SearchQuery query) throws IOException;

    /** The same, every listing apart (the same service at several places not folded into one). */
    SearchResults searchEachListing(SearchQuery query) throws IOException;

    /** Whether the words signal danger to a person. */
    boolean signalsDanger(String text) throws IOException;

    /** Whether the words only plead and name no kind of help. */
    boolean onlyPleas(String text);

    /** A query near a typed place name, if the gazetteer knows it. */
    Optional<Place> place(String name);

    /** What a typed place means: a settlement, a choice between settlements of one name, or suggestions. */
    PlaceMatch matchPlace(String typed);

    /** The municipalities of a region. */
    Set<String> municipalitiesOf(String regionCode);

    /** The municipalities of each covered region. */
    List<Set<String>> municipalitiesByRegion();

    List<Place> places();

    List<Place> placesStartingWith(String prefix, int max);

    /** The settlement nearest to a point, if one is near enough; empty outside the covered regions. */
    Optional<Place> nearest(IndexedService.Point point);

    int size() throws IOException;
}
