package org.familyportal.directory.wiring;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.familyportal.directory.application.api.HsdsApi;
import org.familyportal.directory.application.demo.DemoDataLoad;
import org.familyportal.directory.application.exchange.DirectoryImport;
import org.familyportal.directory.application.exchange.JsonExport;
import org.familyportal.directory.application.exchange.JsonReader;
import org.familyportal.directory.application.exchange.TabularExport;
import org.familyportal.directory.application.exchange.TabularReader;
import org.familyportal.directory.application.places.GazetteerImport;
import org.familyportal.directory.application.port.HostDataSource;
import org.familyportal.directory.domain.hsds.HsdsModel;
import org.familyportal.directory.domain.search.DirectorySearch;
import org.familyportal.directory.domain.search.FacetNames;
import org.familyportal.directory.domain.search.TopicSynonymRepository;
import org.familyportal.directory.domain.search.SearchPhrases;
import org.familyportal.directory.domain.search.TextCollection;
import org.familyportal.directory.infrastructure.jdbc.FacetLabels;
import org.familyportal.directory.infrastructure.jdbc.JdbcHsdsRows;
import org.familyportal.directory.infrastructure.jdbc.JdbcPlaceTables;
import org.familyportal.directory.infrastructure.jdbc.JdbcSearchPhrases;
import org.familyportal.directory.infrastructure.jdbc.TopicSynonymTable;
import org.familyportal.directory.infrastructure.lucene.LuceneTextCollection;
import org.familyportal.directory.infrastructure.search.LuceneDirectorySearch;

import javax.sql.DataSource;

/**
 * Wiring: binds the directory's plain use-case classes (which take a {@link DataSource} or a
 * gateway in their constructor and know nothing of CDI) to the host's database, and offers them to
 * the CDI beans of the directory and of the portal. Nothing in the directory's {@code application}
 * or {@code domain} depends on this package: they receive what it produces by injection.
 */
@ApplicationScoped
public class Directory {

    @Resource(lookup = HostDataSource.JNDI_NAME)
    DataSource dataSource;

    /** For CDI. */
    public Directory() {
    }

    /** Outside a container (the command line, the benchmarks, tests): bound to {@code dataSource}. */
    public Directory(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Produces
    public HsdsApi api() {
        return new HsdsApi(rows());
    }

    @Produces
    public DirectoryImport importer() {
        return new DirectoryImport(HsdsModel.standard(), rows());
    }

    @Produces
    public TabularReader reader() {
        return new TabularReader(HsdsModel.standard());
    }

    @Produces
    public JsonReader jsonReader() {
        return new JsonReader(HsdsModel.standard());
    }

    @Produces
    public JsonExport jsonExport() {
        return new JsonExport(HsdsModel.standard(), rows());
    }

    @Produces
    public TabularExport export() {
        return new TabularExport(HsdsModel.standard(), rows());
    }

    @Produces
    public GazetteerImport gazetteer() {
        return new GazetteerImport(new JdbcPlaceTables(dataSource));
    }

    @Produces
    public DemoDataLoad demoData() {
        return new DemoDataLoad(importer(), new JdbcPlaceTables(dataSource));
    }

    @Produces
    public FacetNames.Reader facetNames() {
        return () -> FacetLabels.load(dataSource);
    }

    @Produces
    public SearchPhrases searchPhrases() {
        return new JdbcSearchPhrases(dataSource);
    }

    /** The published listings, read and written whole for drafts, over the same HSDS tables. */
    @Produces
    public org.familyportal.directory.domain.draft.PublishedListings publishedListings() {
        return new org.familyportal.directory.infrastructure.jdbc.JdbcPublishedListings(HsdsModel.standard(), dataSource);
    }

    /** The search engine on Lucene and the directory's tables, opened in a folder by the site's search. */
    @Produces
    public DirectorySearch.Opener searchEngines() {
        return (folder, background) -> LuceneDirectorySearch.open(dataSource, folder, background);
    }

    /**
     * The texts besides services that the site-wide search reads as the directory reads parents'
     * words (articles, support measures): one collection in memory for the application.
     */
    @Produces
    @ApplicationScoped
    public TextCollection texts() {
        return new LuceneTextCollection();
    }

    public void closeTexts(@jakarta.enterprise.inject.Disposes TextCollection texts) throws java.io.IOException {
        ((LuceneTextCollection) texts).close();
    }

    @Produces
    public TopicSynonymRepository topicSynonyms() {
        return new TopicSynonymTable(dataSource);
    }

    /** The one JDBC gateway over the HSDS tables. */
    private JdbcHsdsRows rows() {
        return new JdbcHsdsRows(HsdsModel.standard(), dataSource);
    }
}
