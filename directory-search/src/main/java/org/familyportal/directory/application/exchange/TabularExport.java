package org.familyportal.directory.application.exchange;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.familyportal.directory.domain.hsds.HsdsField;
import org.familyportal.directory.domain.hsds.HsdsModel;
import org.familyportal.directory.domain.hsds.HsdsRows;
import org.familyportal.directory.domain.hsds.HsdsTable;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Exports the whole directory as an HSDS 3.0 tabular data package: a zip with the standard's
 * {@code datapackage.json} and one UTF-8 CSV per table, which {@link TabularReader} and
 * {@link DirectoryImport} read back to the same data.
 */
public final class TabularExport {

    private final HsdsModel model;
    private final HsdsRows tables;

    public TabularExport(HsdsModel model, HsdsRows tables) {
        this.model = model;
        this.tables = tables;
    }

    public void writeZip(Audience audience, OutputStream out) throws IOException, SQLException {
        try (ZipOutputStream zip = new ZipOutputStream(out);
             HsdsRows.Reading reading = tables.open()) {
            zip.putNextEntry(new ZipEntry("datapackage.json"));
            try (InputStream datapackage = HsdsModel.class.getResourceAsStream(
                    "/org/familyportal/directory/hsds/datapackage.json")) {
                datapackage.transferTo(zip);
            }
            zip.closeEntry();
            for (HsdsTable table : model.tablesInLoadOrder()) {
                zip.putNextEntry(new ZipEntry(table.file()));
                Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
                csv.printRecord(table.fieldsWithExtensions().stream().map(HsdsField::name).toList());
                try {
                    reading.readAll(table.name(), audience.withholdsConfidentialPlaces(), row -> {
                        try {
                            csv.printRecord(audience.redact(table.name(), row).values());
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
                csv.flush();
                zip.closeEntry();
            }
        }
    }
}
