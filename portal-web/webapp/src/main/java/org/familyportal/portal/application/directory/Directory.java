package org.familyportal.portal.application.directory;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.familyportal.directory.application.exchange.Audience;
import org.familyportal.portal.application.audit.AuditTrail;
import org.familyportal.portal.domain.audit.AuditAction;
import org.familyportal.directory.application.api.HsdsApi;
import org.familyportal.directory.application.demo.DemoDataLoad;
import org.familyportal.directory.application.exchange.DirectoryImport;
import org.familyportal.directory.application.exchange.JsonExport;
import org.familyportal.directory.application.exchange.JsonReader;
import org.familyportal.directory.application.exchange.TabularExport;
import org.familyportal.directory.application.exchange.TabularReader;
import org.familyportal.directory.application.places.GazetteerImport;
import org.familyportal.directory.domain.hsds.HsdsModel;
import org.familyportal.directory.infrastructure.jdbc.JdbcHsdsRows;
import org.familyportal.portal.infrastructure.persistence.DatabaseMigration;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.SQLException;

/** The directory module's use cases, bound to the portal's database. */
@ApplicationScoped
public class Directory {

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    AuditTrail audit;

    public HsdsApi api() {
        return new HsdsApi(new JdbcHsdsRows(dataSource));
    }

    public DirectoryImport importer() {
        return new DirectoryImport(HsdsModel.standard(), dataSource);
    }

    public TabularReader reader() {
        return new TabularReader(HsdsModel.standard());
    }

    public JsonReader jsonReader() {
        return new JsonReader(HsdsModel.standard());
    }

    public JsonExport jsonExport() {
        return new JsonExport(HsdsModel.standard(), dataSource);
    }

    public TabularExport export() {
        return new TabularExport(HsdsModel.standard(), dataSource);
    }

    /**
     * Writes the whole directory as an HSDS package (CSV zip, or tabular JSON) for {@code actor}.
     * Every export is recorded in the audit trail first (who, when, which audience and format): a
     * full one carries the confidential shelter addresses. If the entry cannot be written, nothing
     * is exported.
     */
    public void export(Audience audience, boolean json, String actor, OutputStream out) throws IOException, SQLException {
        audit.recordRead(actor, AuditAction.EXPORT, null, "directory export, " + (json ? "json" : "zip") + ", "
                + (audience == Audience.FULL ? "full (with confidential addresses)" : "public"));
        if (json) {
            jsonExport().write(audience, out);
        } else {
            export().writeZip(audience, out);
        }
    }

    public GazetteerImport gazetteer() {
        return new GazetteerImport(dataSource);
    }

    public DemoDataLoad demoData() {
        return new DemoDataLoad(dataSource);
    }
}
