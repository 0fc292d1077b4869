package org.familyportal.content.domain.measure;

import java.util.List;
import java.util.Optional;

/** The support measures and their change log. */
public interface MeasureRepository {

    Optional<SupportMeasure> find(String code);

    /** Every measure, published or not, federal first. */
    List<SupportMeasure> all();

    /** The published measures, federal first. */
    List<SupportMeasure> published();

    List<String> publishedCodes();

    void add(SupportMeasure measure);

    void log(MeasureChange change);

    /** The latest changes of a measure, newest first, at most {@code max}. */
    List<MeasureChange> changes(String code, int max);
}
