package org.familyportal.portal.interfaces.web.content.measure;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line of a measure's change log in the editor's language. The log stores a fixed English form
 * ({@code MeasureSummary}: "created", "verified 2026-12-02", "no change", or the changed fields'
 * names and then "amounts: label = 31000 RUB 2026-02-01…2026-12-31 (unconfirmed) [url]; …"); its
 * pieces are read back and written from the bundles. A piece not in that form (a line cut at the
 * log's length, an old line) is shown as stored.
 */
final class MeasureChangeWords {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final Pattern VERIFIED = Pattern.compile("verified (\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern AMOUNT = Pattern.compile(
            "(.*) = (\\S+) ([A-Z_]+) (\\d{4}-\\d{2}-\\d{2})…(\\d{4}-\\d{2}-\\d{2})?( \\(unconfirmed\\))? \\[(.*)]");
    private static final String AMOUNTS = "amounts: ";

    private final ResourceBundle bundle;
    private final Locale locale;

    MeasureChangeWords(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    String describe(String stored) {
        if (stored == null || stored.isBlank()) {
            return "";
        }
        if (stored.equals("created") || stored.equals("no change")) {
            return text("editorial.measure.change." + (stored.equals("created") ? "created" : "none"));
        }
        Matcher verified = VERIFIED.matcher(stored);
        if (verified.matches()) {
            return text("editorial.measure.change.verified", date(verified.group(1)));
        }
        String fields = stored;
        String amounts = null;
        int at = stored.startsWith(AMOUNTS) ? 0 : stored.indexOf(", " + AMOUNTS);
        if (at >= 0) {
            fields = at == 0 ? "" : stored.substring(0, at);
            amounts = stored.substring(at == 0 ? AMOUNTS.length() : at + 2 + AMOUNTS.length());
        }
        List<String> parts = new ArrayList<>();
        if (!fields.isEmpty()) {
            List<String> names = new ArrayList<>();
            for (String field : fields.split(", ")) {
                String key = "editorial.measure.change.field." + field;
                names.add(bundle.containsKey(key) ? bundle.getString(key) : field);
            }
            parts.add(text("editorial.measure.change.fields", String.join(", ", names)));
        }
        if (amounts != null) {
            List<String> lines = new ArrayList<>();
            for (String amount : amounts.split("; ")) {
                lines.add(amount(amount));
            }
            parts.add(text("editorial.measure.change.amounts", String.join("; ", lines)));
        }
        return String.join("; ", parts);
    }

    private String amount(String stored) {
        Matcher m = AMOUNT.matcher(stored);
        String unitKey = m.matches() ? "measures.unit." + m.group(3) : null;
        if (unitKey == null || !bundle.containsKey(unitKey)) {
            return stored;
        }
        String value;
        try {
            value = new MessageFormat(bundle.getString(unitKey), locale).format(new Object[] {AmountConverter.format(new BigDecimal(m.group(2)), locale)});
        } catch (NumberFormatException e) {
            value = m.group(2) + " " + m.group(3);
        }
        StringBuilder b = new StringBuilder(m.group(1)).append(" = ").append(value)
                .append(", ").append(text("measure.amount.from")).append(' ').append(date(m.group(4)));
        if (m.group(5) != null) {
            b.append(' ').append(text("measure.amount.to")).append(' ').append(date(m.group(5)));
        }
        if (m.group(6) != null) {
            b.append(", ").append(text("editorial.measure.change.unconfirmed"));
        }
        if (!m.group(7).isEmpty() && !m.group(7).equals("null")) {
            b.append(" [").append(m.group(7)).append(']');
        }
        return b.toString();
    }

    private String date(String iso) {
        try {
            return DATE.format(LocalDate.parse(iso));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    private String text(String key, Object... args) {
        String t = bundle.containsKey(key) ? bundle.getString(key) : key;
        return args.length == 0 ? t : new MessageFormat(t, locale).format(args);
    }
}
