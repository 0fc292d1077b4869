package org.familyportal.directory.application.exchange;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.familyportal.directory.domain.hsds.HsdsModel;
import org.familyportal.directory.domain.hsds.HsdsTable;
import org.familyportal.directory.domain.hsds.Problem;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads an HSDS tabular data package (CSV files named as in the standard, UTF-8, with a header
 * row) from a folder, a zip archive, or files in memory.
 */
public final class TabularReader {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(false).build();

    private final HsdsModel model;

    public TabularReader(HsdsModel model) {
        this.model = model;
    }

    public ImportBatch readFolder(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path file : list.filter(Files::isRegularFile).toList()) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        return read(files);
    }

    public ImportBatch readZip(InputStream zip) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(zip)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.isDirectory()) {
                    String name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    in.transferTo(bytes);
                    files.put(name, bytes.toByteArray());
                }
            }
        }
        return read(files);
    }

    /** Reads files by name; datapackage.json and files that are not CSV are passed over. */
    public ImportBatch read(Map<String, byte[]> files) {
        ImportBatch batch = new ImportBatch();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            String name = file.getKey();
            if (!name.endsWith(".csv")) {
                continue;
            }
            HsdsTable table = model.tableForFile(name).orElse(null);
            if (table == null) {
                batch.unreadable(ImportReport.FileResult.refused(name, Problem.UNKNOWN_FILE, null));
                continue;
            }
            readTable(batch, table, name, file.getValue());
        }
        return batch;
    }

    private void readTable(ImportBatch batch, HsdsTable table, String name, byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            batch.unreadable(ImportReport.FileResult.refused(name, Problem.NOT_UTF8, null));
            return;
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            if (!parser.getHeaderMap().containsKey("id")) {
                batch.unreadable(ImportReport.FileResult.refused(name, Problem.MISSING_COLUMN, "id"));
                return;
            }
            batch.touch(table.name(), name);
            for (CSVRecord record : parser) {
                Map<String, String> values = new LinkedHashMap<>();
                for (String column : parser.getHeaderNames()) {
                    if (record.isSet(column)) {
                        values.put(column, record.get(column));
                    }
                }
                // Line numbers as a spreadsheet shows them: the header is line 1.
                batch.add(table.name(), name, new SourceRow("line " + (record.getRecordNumber() + 1), values));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            batch.unreadable(ImportReport.FileResult.refused(name, Problem.MALFORMED, e.getMessage()));
        }
    }

}
