package org.familyportal.directory.application.places;

import org.familyportal.directory.domain.places.GazetteerRow;
import org.familyportal.directory.application.exchange.ImportReport;
import org.familyportal.directory.domain.hsds.FieldProblem;
import org.familyportal.directory.domain.hsds.Problem;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A region's own list is read line by line, and every bad line is named with the field at fault. */
class GazetteerCsvTest {

    private static final String HEADER = String.join(",", GazetteerCsv.COLUMNS) + "\n";

    private static GazetteerCsv.Result read(String text) {
        return new GazetteerCsv().read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void goodLinesBecomeSettlementsWithTheirOtherNamesAndPostalCodes() {
        GazetteerCsv.Result result = read("\uFEFF" + HEADER
                + "38,38-kuitunsky,Куйтунский район,Kuitunsky district,district,,38-kuitunsky/centre,Куйтун,Kuytun,"
                + "Kuitun;Kujtun,urban-type,municipality,54.3424,101.5092,665302; 665303\n"
                + "38,38-kuitunsky,Куйтунский район,,district,,38-kuitunsky/tulyushka,Тулюшка,,,village,settlement,54.4585,101.1705,\n"
                + "38,38-tulunsky,Тулунский район,Tulunsky district,district,,,,,,,municipality,54.5611,100.5792,\n");
        assertTrue(result.clean(), result.rejected().toString());
        assertEquals(3, result.rows().size());
        GazetteerRow kuytun = result.rows().get(0);
        assertEquals(List.of("Kuitun", "Kujtun"), kuytun.alternativeNames());
        assertEquals(List.of("665302", "665303"), kuytun.postalCodes());
        assertEquals(GazetteerRow.Centre.MUNICIPALITY, kuytun.centre());
        assertEquals(54.3424, kuytun.latitude());
        GazetteerRow village = result.rows().get(1);
        assertEquals("Тулюшка", village.settlementNameEn(), "no English name: the Russian one");
        assertEquals("Куйтунский район", village.municipalityNameEn());
        assertEquals(GazetteerRow.Centre.SETTLEMENT, village.centre());
        assertTrue(result.rows().get(2).municipalityOnly(), "a district whose centre is in a neighbouring city");
    }

    @Test
    void eachBadLineIsRejectedWithEveryFieldAtFault() {
        GazetteerCsv.Result result = read(HEADER
                + "38,54-kuitunsky,Куйтунский район,,county,,38-kuitunsky/centre,Куйтун,,,hamlet,capital,север,200,66530\n"
                + "38,38-kuitunsky,,,district,,Kuytun Centre,,,,,,54.3,101.5,\n"
                + "38,38-kuitunsky,Куйтунский район,,district,,38-kuitunsky/a,А,,,village,municipality,54.3,101.5,\n"
                + "38,38-kuitunsky,Куйтунский район,,district,,38-kuitunsky/a,Б,,,village,municipality,54.3,101.5,\n"
                + "38,38-kuitunsky,Куйтунский р-н,,district,,38-kuitunsky/b,В,,,village,,54.3,101.5,\n");
        assertEquals(1, result.rows().size());
        List<ImportReport.RejectedRow> rejected = result.rejected();
        assertEquals(4, rejected.size());
        assertEquals("line 2", rejected.get(0).position());
        assertEquals(List.of(new FieldProblem("municipality_code", Problem.NOT_ALLOWED, "54-kuitunsky"),
                new FieldProblem("municipality_kind", Problem.NOT_ALLOWED, "county"),
                new FieldProblem("settlement_type", Problem.NOT_ALLOWED, "hamlet"),
                new FieldProblem("centre", Problem.NOT_ALLOWED, "capital"),
                new FieldProblem("latitude", Problem.NOT_A_NUMBER, "север"),
                new FieldProblem("longitude", Problem.OUT_OF_RANGE, "200"),
                new FieldProblem("postal_codes", Problem.NOT_ALLOWED, "66530")), rejected.get(0).problems());
        assertEquals(List.of(new FieldProblem("municipality_name_ru", Problem.REQUIRED, null),
                new FieldProblem("settlement_id", Problem.NOT_ALLOWED, "Kuytun Centre"),
                new FieldProblem("settlement_name_ru", Problem.REQUIRED, null),
                new FieldProblem("settlement_type", Problem.REQUIRED, null)), rejected.get(1).problems());
        assertEquals(List.of(new FieldProblem("settlement_id", Problem.DUPLICATE_ID, "38-kuitunsky/a"),
                new FieldProblem("centre", Problem.DUPLICATE_ID, "38-kuitunsky")), rejected.get(2).problems());
        assertEquals("line 5", rejected.get(2).position());
        assertEquals(List.of(new FieldProblem("municipality_name_ru", Problem.NOT_ALLOWED, "Куйтунский р-н")),
                rejected.get(3).problems(), "one municipality, named one way");
    }

    @Test
    void aFileThatIsNotAGazetteerIsRefusedWhole() {
        assertEquals(Problem.MISSING_COLUMN, read("id,name\n1,Куйтун\n").problem());
        assertEquals("latitude", read("region_code,municipality_code,municipality_name_ru,municipality_kind,"
                + "settlement_id,settlement_name_ru,settlement_type,centre,longitude\n").detail());
        assertEquals(Problem.NOT_UTF8, new GazetteerCsv().read(new byte[] {(byte) 0xC3, (byte) 0x28}).problem());
        assertEquals(Problem.MALFORMED, read(HEADER + "38,\"38-a,unclosed\n").problem());
        StringBuilder huge = new StringBuilder(HEADER);
        for (int i = 0; i <= GazetteerCsv.MAX_LINES; i++) {
            huge.append("38,38-a,А,,district,,38-a/s").append(i).append(",С,,,village,,54,100,\n");
        }
        assertEquals(Problem.OUT_OF_RANGE, read(huge.toString()).problem());
    }
}
