package org.familyportal.directory.application.places;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.familyportal.directory.application.port.DirectoryAudit;
import org.familyportal.directory.application.port.DirectoryCaller;
import org.familyportal.directory.application.port.DirectoryRole;
import org.familyportal.directory.application.search.SiteSearch;

import java.sql.SQLException;

/**
 * A region's administrator loads the region's own full list of places (the gazetteer CSV): checked
 * line by line, written all or nothing, recorded in the audit trail, and taken into the search at
 * once (place names typed by parents, "near me").
 */
@ApplicationScoped
public class GazetteerLoading {

    @Inject
    GazetteerImport gazetteer;

    @Inject
    SiteSearch search;

    @Inject
    DirectoryCaller caller;

    @Inject
    DirectoryAudit audit;

    public GazetteerImport.Report load(String actor, String fileName, byte[] content) throws SQLException {
        actor = caller.actingAs(actor, DirectoryRole.ADMIN);
        GazetteerImport.Report report = gazetteer.run(fileName, content);
        if (report.clean()) {
            audit.changed(actor, abbreviate("gazetteer loaded from " + fileName + ": "
                    + report.municipalitiesCreated() + " municipalities and " + report.settlementsCreated()
                    + " settlements created, " + report.municipalitiesUpdated() + " and " + report.settlementsUpdated()
                    + " updated"));
            search.reloadGazetteer();
        }
        return report;
    }

    private static String abbreviate(String detail) {
        return detail.length() <= 500 ? detail : detail.substring(0, 500);
    }
}
