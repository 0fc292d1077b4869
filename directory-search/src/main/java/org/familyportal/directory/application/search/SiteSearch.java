package org.familyportal.directory.application.search;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.familyportal.directory.domain.search.DirectorySearch;
import org.familyportal.directory.domain.search.FacetNames;
import org.familyportal.directory.domain.search.TopicSynonymRepository;
import org.familyportal.directory.domain.search.IndexedService;
import org.familyportal.directory.domain.search.Place;
import org.familyportal.directory.domain.search.PlaceMatch;
import org.familyportal.directory.domain.search.SearchPhrases;
import org.familyportal.directory.domain.search.SearchQuery;
import org.familyportal.directory.domain.search.SearchResults;
import org.familyportal.directory.application.port.DirectoryCaller;
import org.familyportal.directory.application.port.DirectoryRole;
import org.familyportal.directory.domain.listing.ServiceChanged;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The portal's search of the directory: one index for the application's lifetime, in
 * {@code portal.index.dir} (default: {@code <portal data folder>/index}, or a temporary folder),
 * kept in step with every change moderators make.
 */
@ApplicationScoped
public class SiteSearch {

    private static final Logger LOG = Logger.getLogger(SiteSearch.class.getName());

    @Inject
    DirectorySearch.Opener engines;

    @Inject
    TopicSynonymRepository synonymList;

    @Inject
    DirectoryCaller caller;

    @Resource
    jakarta.enterprise.concurrent.ManagedExecutorService executor;

    @Inject
    SearchPhrases phrases;

    @Inject
    FacetNames.Reader facetNames;

    @Inject
    @ConfigProperty(name = "portal.index.dir")
    Optional<String> indexDir;

    @Inject
    @ConfigProperty(name = "portal.data.dir")
    Optional<String> dataDir;

    @Inject
    org.familyportal.directory.application.verification.VerificationSettings verification;

    private volatile DirectorySearch search;
    private volatile FacetNames labels;
    private volatile Suggestions suggestions;

    /** Opens the index, rebuilding it from MariaDB when missing, corrupt or outdated. */
    public synchronized void open() {
        if (search != null) {
            return;
        }
        try {
            Path folder = indexDir.map(Path::of)
                    .or(() -> dataDir.map(d -> Path.of(d, "index")))
                    .orElseGet(SiteSearch::temporaryFolder);
            // Rebuilds after a change of the parents' words run on the container's threads.
            DirectorySearch opened = engines.open(folder, executor);
            opened.staleAfter(verification.periods().staleAfter());
            search = opened;
            labels = facetNames.read();
            suggestions = Suggestions.load(phrases);
            LOG.info(() -> "Search index ready in " + folder);
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("The search index could not be opened", e);
        }
    }

    public SearchResults search(SearchQuery query) throws IOException {
        return engine().search(query);
    }

    /** Every listing apart, none folded (see DirectorySearch#searchEachListing). */
    public SearchResults searchEachListing(SearchQuery query) throws IOException {
        return engine().searchEachListing(query);
    }

    /** Whether the words signal danger to a person (see DirectorySearch#signalsDanger). */
    public boolean signalsDanger(String text) throws IOException {
        return engine().signalsDanger(text);
    }

    /** Whether the words only plead and name no help (see DirectorySearch#onlyPleas). */
    public boolean onlyPleas(String text) {
        return engine().onlyPleas(text);
    }

    public Optional<IndexedService> service(String id) throws SQLException {
        return engine().service(id);
    }

    /** The kinds of help and audiences a service's own words name beyond its assigned terms (for moderators). */
    public Optional<org.familyportal.directory.domain.search.InferredTopics> inferred(String id) throws SQLException {
        return engine().inferred(id);
    }

    public Optional<Place> place(String name) {
        return engine().place(name);
    }

    /** How a typed place is understood: a settlement, a choice of several, or suggestions. */
    public PlaceMatch matchPlace(String typed) {
        return engine().matchPlace(typed);
    }

    /**
     * The municipalities of the region, or of each covered region when it cannot be told (a
     * parent whose place is unknown is most likely in one of them).
     */
    public List<Set<String>> regionsFor(String regionCode) {
        return regionCode == null ? engine().municipalitiesByRegion() : List.of(engine().municipalitiesOf(regionCode));
    }

    public Optional<Place> nearest(IndexedService.Point point) {
        return engine().nearest(point);
    }

    public List<Place> places() {
        return engine().places();
    }

    public List<Place> placesStartingWith(String prefix, int max) {
        return engine().placesStartingWith(prefix, max);
    }

    public int rebuild(IntConsumer progress) throws IOException, SQLException {
        int services = engine().rebuild(progress);
        labels = facetNames.read();
        suggestions = Suggestions.load(phrases);
        return services;
    }

    /** Takes a newly loaded gazetteer into the search (place names, "near me"); effective at once. */
    public void reloadGazetteer() throws SQLException {
        engine().reloadGazetteer();
    }

    /** The administrators' editing of the words parents use for kinds of help; effective at once. */
    public TopicSynonymEditing synonyms() {
        caller.require(DirectoryRole.ADMIN);
        return new TopicSynonymEditing(synonymList, engine());
    }

    /** Completions for the search box (kinds of help, audiences, service names). */
    public List<String> suggest(String prefix) {
        engine();
        return suggestions.complete(prefix, 8);
    }

    /** The name of a facet value (a taxonomy term or a municipality) in {@code language}. */
    public String label(String dimension, String code, String language) {
        engine();
        return labels.label(dimension, code, language);
    }

    /** A service changed in MariaDB: once the change is committed, the index follows. */
    void onServiceChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ServiceChanged change) {
        try {
            engine().refresh(change.serviceId());
        } catch (IOException | SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "The search index could not follow a change of service " + change.serviceId(), e);
        }
    }

    private DirectorySearch engine() {
        if (search == null) {
            open();
        }
        return search;
    }

    @PreDestroy
    void close() {
        if (search != null) {
            try {
                search.close();
            } catch (IOException e) {
                LOG.log(Level.WARNING, "The search index did not close cleanly", e);
            }
        }
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("portal-index-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
