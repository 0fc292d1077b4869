package org.familyportal.content.application.measure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.familyportal.content.domain.measure.MeasureRepository;
import org.familyportal.content.domain.measure.MeasureRules;
import org.familyportal.content.domain.measure.SupportMeasure;

import java.util.List;
import java.util.Optional;

/** What anyone may read: the published measures. */
@ApplicationScoped
public class MeasureCatalogue {

    @Inject
    MeasureRepository measures;

    /** The published measures the filter accepts, federal first, then regional, then municipal. */
    public List<SupportMeasure> find(MeasureFilter filter) {
        return measures.published().stream().filter(filter::accepts).toList();
    }

    /** A published measure by its code; nothing for an unknown, unpublished or malformed code. */
    public Optional<SupportMeasure> published(String code) {
        if (code == null || code.length() > SupportMeasure.CODE_LENGTH || !MeasureRules.CODE.matcher(code).matches()) {
            return Optional.empty();
        }
        return measures.find(code).filter(SupportMeasure::isPublished);
    }

    /** The codes of the published measures, for the sitemap ({@code /measure.xhtml?code=…}). */
    public List<String> publishedCodes() {
        return measures.publishedCodes();
    }
}
