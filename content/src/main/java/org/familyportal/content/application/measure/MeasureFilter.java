package org.familyportal.content.application.measure;

import org.familyportal.content.domain.measure.LifeSituation;
import org.familyportal.content.domain.measure.MeasureLevel;
import org.familyportal.content.domain.measure.SupportMeasure;

/**
 * What a parent narrowed the catalogue to; each part may be absent. A region keeps the federal
 * measures (they apply everywhere) and that region's own regional and municipal ones.
 */
public record MeasureFilter(LifeSituation situation, MeasureLevel level, String regionCode) {

    public static final MeasureFilter ALL = new MeasureFilter(null, null, null);

    public boolean accepts(SupportMeasure m) {
        return (situation == null || m.getSituations().contains(situation))
                && (level == null || m.getLevel() == level)
                && (regionCode == null || m.getLevel() == MeasureLevel.FEDERAL || regionCode.equals(m.getRegionCode()));
    }
}
