package org.familyportal.portal.interfaces.web.content.measure;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An amount as an editor types it in the page's language: "160 000,50" (spaces or no-break spaces
 * grouping, a comma or a point for the fraction), "160,000.50" on an English page. Anything else is
 * refused with the field's own (localized) converter message; an amount is shown back the same way.
 */
@FacesConverter("amountConverter")
public class AmountConverter implements Converter<BigDecimal> {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return parse(value, context.getViewRoot().getLocale()).orElseThrow(ConverterException::new);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
        return value == null ? "" : format(value, context.getViewRoot().getLocale());
    }

    /** The number typed, read leniently in {@code locale}; empty when it is not a number. */
    static Optional<BigDecimal> parse(String typed, Locale locale) {
        StringBuilder b = new StringBuilder();
        typed.strip().codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).forEach(b::appendCodePoint);
        String s = b.toString();
        char group = DecimalFormatSymbols.getInstance(locale).getGroupingSeparator();
        char decimal = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
        if (!Character.isSpaceChar(group) && group != decimal
                && s.matches("-?\\d{1,3}(" + Pattern.quote(String.valueOf(group)) + "\\d{3})+(" + Pattern.quote(String.valueOf(decimal)) + "\\d+)?")) {
            s = s.replace(String.valueOf(group), "");
        }
        s = s.replace(',', '.');
        return NUMBER.matcher(s).matches() ? Optional.of(new BigDecimal(s)) : Optional.empty();
    }

    static String format(BigDecimal value, Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(0);
        f.setMaximumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
        return f.format(value);
    }
}
