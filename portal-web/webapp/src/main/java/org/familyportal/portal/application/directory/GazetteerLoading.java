package org.familyportal.portal.application.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.familyportal.directory.application.places.GazetteerImport;
import org.familyportal.portal.application.access.CurrentCaller;
import org.familyportal.portal.application.audit.AuditTrail;
import org.familyportal.portal.application.search.SiteSearch;
import org.familyportal.portal.domain.account.Role;
import org.familyportal.portal.domain.audit.AuditAction;

import java.sql.SQLException;

/**
 * A region's administrator loads the region's own full list of places (the gazetteer CSV): checked
 * line by line, written all or nothing, recorded in the audit trail, and taken into the search at
 * once (place names typed by parents, "near me").
 */
@ApplicationScoped
public class GazetteerLoading {

    @Inject
    Directory directory;

    @Inject
    SiteSearch search;

    @Inject
    CurrentCaller caller;

    @Inject
    AuditTrail audit;

    public GazetteerImport.Report load(String actor, String fileName, byte[] content) throws SQLException {
        actor = caller.actingAs(actor, Role.ADMIN);
        GazetteerImport.Report report = directory.gazetteer().run(fileName, content);
        if (report.clean()) {
            audit.recordRead(actor, AuditAction.CHANGE, null, abbreviate("gazetteer loaded from " + fileName + ": "
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
