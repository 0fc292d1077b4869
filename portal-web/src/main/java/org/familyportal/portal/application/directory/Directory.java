package org.familyportal.portal.application.directory;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.familyportal.directory.application.api.HsdsApi;
import org.familyportal.directory.application.demo.DemoDataLoad;
import org.familyportal.directory.application.exchange.DirectoryImport;
import org.familyportal.directory.application.exchange.JsonExport;
import org.familyportal.directory.application.exchange.JsonReader;
import org.familyportal.directory.application.exchange.TabularExport;
import org.familyportal.directory.application.exchange.TabularReader;
import org.familyportal.directory.domain.hsds.HsdsModel;
import org.familyportal.portal.infrastructure.persistence.DatabaseMigration;

import javax.sql.DataSource;

/** The directory module's use cases, bound to the portal's database. */
@ApplicationScoped
public class Directory {

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    public HsdsApi api() {
        return new HsdsApi(dataSource);
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

    public DemoDataLoad demoData() {
        return new DemoDataLoad(dataSource);
    }
}
