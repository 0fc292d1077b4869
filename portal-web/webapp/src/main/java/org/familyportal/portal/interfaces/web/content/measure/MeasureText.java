package org.familyportal.portal.interfaces.web.content.measure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.familyportal.content.domain.measure.MeasureAmount;
import org.familyportal.content.domain.measure.SupportMeasure;
import org.familyportal.directory.domain.search.Place;
import org.familyportal.directory.application.search.SiteSearch;
import org.familyportal.portal.application.request.RegionTimes;
import org.omnifaces.util.Faces;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How the measures' pages write what they show: an amount with its unit in the reader's language
 * ("728 922 ₽", "40 %"), and the names of the regions of the gazetteer.
 */
@Named
@ApplicationScoped
public class MeasureText {

    @Inject
    SiteSearch search;

    @Inject
    RegionTimes regionTimes;

    /** "728 922 ₽" / "728,922 RUB", "40 %", "140 days"… */
    public String amount(MeasureAmount amount, Locale locale) {
        return Faces.getBundleString("measures.unit." + amount.getUnit().name(), number(amount.getValue(), locale));
    }

    static String number(BigDecimal value, Locale locale) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(value.stripTrailingZeros().scale() > 0 ? 2 : 0);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** The regions of the gazetteer (code → name in {@code language}), in the gazetteer's order. */
    public Map<String, String> regions(String language) {
        Map<String, String> regions = new LinkedHashMap<>();
        for (Place place : search.places()) {
            if (place.regionCode() != null && !regions.containsKey(place.regionCode())) {
                regions.put(place.regionCode(), regionTimes.of(place.municipalityCode())
                        .map(r -> "en".equals(language) ? r.nameEn() : r.nameRu()).orElse(place.region()));
            }
        }
        return regions;
    }

    /** Where the measure applies: "Russia-wide", or the region's name. */
    public String where(SupportMeasure measure, String language) {
        if (measure.getRegionCode() == null) {
            return Faces.getBundleString("measures.everywhere");
        }
        return regions(language).getOrDefault(measure.getRegionCode(), measure.getRegionCode());
    }
}
