package org.familyportal.directory.application.places;

import org.familyportal.directory.domain.places.GazetteerRow;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.familyportal.directory.application.exchange.ImportReport;
import org.familyportal.directory.domain.hsds.FieldProblem;
import org.familyportal.directory.domain.hsds.Problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a gazetteer file: CSV in UTF-8 with a header row, one settlement a line (see the directory
 * section of the README for the columns). Every line is checked field by field, and lines are
 * checked against each other (one id per settlement, one centre per municipality, the same
 * municipality named the same way on all its lines); a file with any rejected line is loaded not
 * at all, so what a region loads is never half its list.
 */
public final class GazetteerCsv {

    public static final List<String> COLUMNS = List.of("region_code", "municipality_code", "municipality_name_ru",
            "municipality_name_en", "municipality_kind", "municipality_alternative_names", "settlement_id",
            "settlement_name_ru", "settlement_name_en", "alternative_names", "settlement_type", "centre", "latitude",
            "longitude", "postal_codes");
    /** Columns a file must have; the others may be left out. */
    public static final List<String> REQUIRED_COLUMNS = List.of("region_code", "municipality_code",
            "municipality_name_ru", "municipality_kind", "settlement_id", "settlement_name_ru", "settlement_type",
            "centre", "latitude", "longitude");
    public static final Set<String> MUNICIPALITY_KINDS = Set.of("city", "district", "okrug");
    public static final Set<String> SETTLEMENT_TYPES = Set.of("city", "town", "urban-type", "village", "settlement",
            "district");
    /** More lines than any region has settlements: a file beyond it is refused unread. */
    public static final int MAX_LINES = 20_000;
    public static final int MAX_BYTES = 8 * 1024 * 1024;
    static final int NAME_MAX = 200;
    static final int NAMES_MAX = 2_000;
    static final int POSTAL_CODES_MAX = 1_000;

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).build();
    private static final Pattern REGION = Pattern.compile("[0-9A-Za-z-]{1,16}");
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern SETTLEMENT_ID = Pattern.compile("[a-z0-9][a-z0-9-]*/[a-z0-9][a-z0-9-]*");
    private static final Pattern POSTAL_CODE = Pattern.compile("[0-9]{6}");

    /** What a file held: its good lines, or why lines (or the whole file) were refused. */
    public record Result(List<GazetteerRow> rows, List<ImportReport.RejectedRow> rejected, Problem problem,
                         String detail) {
        public Result {
            rows = List.copyOf(rows);
            rejected = List.copyOf(rejected);
        }

        static Result refused(Problem problem, String detail) {
            return new Result(List.of(), List.of(), problem, detail);
        }

        public boolean clean() {
            return problem == null && rejected.isEmpty();
        }
    }

    public Result read(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return Result.refused(Problem.OUT_OF_RANGE, "larger than " + MAX_BYTES / (1024 * 1024) + " MB");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return Result.refused(Problem.NOT_UTF8, null);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<GazetteerRow> rows = new ArrayList<>();
        List<ImportReport.RejectedRow> rejected = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            for (String column : REQUIRED_COLUMNS) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    return Result.refused(Problem.MISSING_COLUMN, column);
                }
            }
            for (CSVRecord record : parser) {
                if (record.getRecordNumber() > MAX_LINES) {
                    return Result.refused(Problem.OUT_OF_RANGE, "more than " + MAX_LINES + " lines");
                }
                Map<String, String> values = new HashMap<>();
                for (String column : COLUMNS) {
                    values.put(column, record.isSet(column) ? record.get(column).strip() : "");
                }
                // Line numbers as a spreadsheet shows them: the header is line 1.
                String position = "line " + (record.getRecordNumber() + 1);
                List<FieldProblem> problems = new ArrayList<>();
                GazetteerRow row = row(position, values, problems);
                if (problems.isEmpty()) {
                    rows.add(row);
                } else {
                    rejected.add(new ImportReport.RejectedRow(position, blankToNull(values.get("settlement_id")), problems));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            return Result.refused(Problem.MALFORMED, e.getMessage());
        }
        return new Result(consistent(rows, rejected), rejected, null, null);
    }

    private static GazetteerRow row(String position, Map<String, String> v, List<FieldProblem> problems) {
        String region = matching(v, "region_code", REGION, problems);
        String municipality = matching(v, "municipality_code", CODE, problems);
        if (region != null && municipality != null && !municipality.startsWith(region.toLowerCase(Locale.ROOT) + "-")) {
            problems.add(new FieldProblem("municipality_code", Problem.NOT_ALLOWED, municipality));
        }
        String municipalityRu = name(v, "municipality_name_ru", true, problems);
        String municipalityEn = name(v, "municipality_name_en", false, problems);
        String kind = oneOf(v, "municipality_kind", MUNICIPALITY_KINDS, true, problems);
        List<String> municipalityNames = names(v, "municipality_alternative_names", problems);
        String settlement = blankToNull(v.get("settlement_id"));
        if (settlement != null && (settlement.length() > 64 || !SETTLEMENT_ID.matcher(settlement).matches())) {
            problems.add(new FieldProblem("settlement_id", Problem.NOT_ALLOWED, settlement));
        }
        String settlementRu = name(v, "settlement_name_ru", settlement != null, problems);
        String settlementEn = name(v, "settlement_name_en", false, problems);
        List<String> alternatives = names(v, "alternative_names", problems);
        String type = oneOf(v, "settlement_type", SETTLEMENT_TYPES, settlement != null, problems);
        GazetteerRow.Centre centre = centre(v.get("centre"), problems);
        if (settlement == null && centre != GazetteerRow.Centre.MUNICIPALITY && centre != null) {
            // A line without a settlement only says where its municipality's centre is.
            problems.add(new FieldProblem("settlement_id", Problem.REQUIRED, null));
        }
        Double latitude = coordinate(v, "latitude", 90, problems);
        Double longitude = coordinate(v, "longitude", 180, problems);
        List<String> postalCodes = postalCodes(v.get("postal_codes"), problems);
        if (!problems.isEmpty()) {
            return null;
        }
        return new GazetteerRow(position, region, municipality, municipalityRu,
                municipalityEn == null ? municipalityRu : municipalityEn, kind, municipalityNames, settlement,
                settlementRu, settlementEn == null ? settlementRu : settlementEn, alternatives, type, centre, latitude,
                longitude, postalCodes);
    }

    /**
     * Lines that contradict an earlier one join {@code rejected}: a settlement id given twice, a
     * second centre of one municipality, or a municipality named or typed differently.
     */
    private static List<GazetteerRow> consistent(List<GazetteerRow> rows, List<ImportReport.RejectedRow> rejected) {
        Set<String> settlements = new HashSet<>();
        Map<String, GazetteerRow> municipalities = new HashMap<>();
        Set<String> centres = new HashSet<>();
        List<GazetteerRow> kept = new ArrayList<>();
        for (GazetteerRow row : rows) {
            List<FieldProblem> problems = new ArrayList<>();
            if (row.settlementId() != null && !settlements.add(row.settlementId())) {
                problems.add(new FieldProblem("settlement_id", Problem.DUPLICATE_ID, row.settlementId()));
            }
            GazetteerRow first = municipalities.putIfAbsent(row.municipalityCode(), row);
            if (first != null) {
                differs("region_code", first.regionCode(), row.regionCode(), problems);
                differs("municipality_name_ru", first.municipalityNameRu(), row.municipalityNameRu(), problems);
                differs("municipality_kind", first.municipalityKind(), row.municipalityKind(), problems);
            }
            if (row.centre() == GazetteerRow.Centre.MUNICIPALITY && !centres.add(row.municipalityCode())) {
                problems.add(new FieldProblem("centre", Problem.DUPLICATE_ID, row.municipalityCode()));
            }
            if (problems.isEmpty()) {
                kept.add(row);
            } else {
                rejected.add(new ImportReport.RejectedRow(row.position(), row.settlementId(), problems));
            }
        }
        return kept;
    }

    private static void differs(String field, String first, String value, List<FieldProblem> problems) {
        if (!first.equals(value)) {
            problems.add(new FieldProblem(field, Problem.NOT_ALLOWED, value));
        }
    }

    private static String matching(Map<String, String> v, String field, Pattern pattern, List<FieldProblem> problems) {
        String value = v.get(field);
        if (value.isEmpty()) {
            problems.add(new FieldProblem(field, Problem.REQUIRED, null));
            return null;
        }
        if (!pattern.matcher(value).matches()) {
            problems.add(new FieldProblem(field, Problem.NOT_ALLOWED, value));
            return null;
        }
        return value;
    }

    private static String name(Map<String, String> v, String field, boolean required, List<FieldProblem> problems) {
        String value = v.get(field);
        if (value.isEmpty()) {
            if (required) {
                problems.add(new FieldProblem(field, Problem.REQUIRED, null));
            }
            return null;
        }
        if (value.length() > NAME_MAX) {
            problems.add(new FieldProblem(field, Problem.OUT_OF_RANGE, value));
        }
        return value;
    }

    private static List<String> names(Map<String, String> v, String field, List<FieldProblem> problems) {
        String value = v.get(field);
        if (value.length() > NAMES_MAX) {
            problems.add(new FieldProblem(field, Problem.OUT_OF_RANGE, value));
            return List.of();
        }
        List<String> names = Arrays.stream(value.split(";")).map(String::strip).filter(n -> !n.isEmpty()).distinct().toList();
        if (names.stream().anyMatch(n -> n.length() > NAME_MAX)) {
            problems.add(new FieldProblem(field, Problem.OUT_OF_RANGE, value));
        }
        return names;
    }

    private static String oneOf(Map<String, String> v, String field, Set<String> allowed, boolean required,
                                List<FieldProblem> problems) {
        String value = v.get(field).toLowerCase(Locale.ROOT);
        if (value.isEmpty()) {
            if (required) {
                problems.add(new FieldProblem(field, Problem.REQUIRED, null));
            }
            return null;
        }
        if (!allowed.contains(value)) {
            problems.add(new FieldProblem(field, Problem.NOT_ALLOWED, v.get(field)));
            return null;
        }
        return value;
    }

    private static GazetteerRow.Centre centre(String value, List<FieldProblem> problems) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "" -> GazetteerRow.Centre.NONE;
            case "municipality" -> GazetteerRow.Centre.MUNICIPALITY;
            case "settlement" -> GazetteerRow.Centre.SETTLEMENT;
            default -> {
                problems.add(new FieldProblem("centre", Problem.NOT_ALLOWED, value));
                yield null;
            }
        };
    }

    private static Double coordinate(Map<String, String> v, String field, double limit, List<FieldProblem> problems) {
        String value = v.get(field);
        if (value.isEmpty()) {
            problems.add(new FieldProblem(field, Problem.REQUIRED, null));
            return null;
        }
        double number;
        try {
            number = new BigDecimal(value).doubleValue();
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, Problem.NOT_A_NUMBER, value));
            return null;
        }
        if (number < -limit || number > limit) {
            problems.add(new FieldProblem(field, Problem.OUT_OF_RANGE, value));
            return null;
        }
        return number;
    }

    /** Russian postal codes (six digits), separated by semicolons or commas. */
    private static List<String> postalCodes(String value, List<FieldProblem> problems) {
        if (value.length() > POSTAL_CODES_MAX) {
            problems.add(new FieldProblem("postal_codes", Problem.OUT_OF_RANGE, value));
            return List.of();
        }
        List<String> codes = Arrays.stream(value.split("[;,]")).map(String::strip).filter(c -> !c.isEmpty())
                .distinct().toList();
        for (String code : codes) {
            if (!POSTAL_CODE.matcher(code).matches()) {
                problems.add(new FieldProblem("postal_codes", Problem.NOT_ALLOWED, code));
                return List.of();
            }
        }
        return codes;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
