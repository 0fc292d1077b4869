package org.familyportal.directory.application.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.familyportal.directory.application.port.DirectoryAudit;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.SQLException;

/**
 * Writes the whole directory as an HSDS package (CSV zip, or tabular JSON) for an administrator.
 * Every export is recorded in the audit trail first (who, when, which audience and format): a full
 * one carries the confidential shelter addresses. If the entry cannot be written, nothing is
 * exported.
 */
@ApplicationScoped
public class AuditedExport {

    @Inject
    DirectoryAudit audit;

    @Inject
    JsonExport jsonExport;

    @Inject
    TabularExport tabularExport;

    public void write(Audience audience, boolean json, String actor, OutputStream out) throws IOException, SQLException {
        audit.exported(actor, "directory export, " + (json ? "json" : "zip") + ", "
                + (audience == Audience.FULL ? "full (with confidential addresses)" : "public"));
        if (json) {
            jsonExport.write(audience, out);
        } else {
            tabularExport.writeZip(audience, out);
        }
    }
}
