package org.familyportal.directory.application.search;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

/** Opens (and if needed rebuilds) the search index at start-up, after the demo directory is in. */
@Singleton
@Startup
@DependsOn("DemoDirectoryStartup")
@TransactionManagement(TransactionManagementType.BEAN)
public class SearchIndexStartup {

    @Inject
    SiteSearch search;

    @PostConstruct
    void openIndex() {
        search.open();
    }
}
