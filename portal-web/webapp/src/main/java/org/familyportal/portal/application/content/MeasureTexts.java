package org.familyportal.portal.application.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.familyportal.content.application.measure.MeasureCatalogue;
import org.familyportal.content.application.measure.MeasureFilter;
import org.familyportal.content.domain.measure.SupportMeasure;
import org.familyportal.portal.infrastructure.web.ReadableAddresses;

import java.util.ArrayList;
import java.util.List;

/**
 * The published support measures, for the site-wide search's "measures" tab: each in Russian and in
 * English (a measure carries both), read as a parent would (who gives it, who may get it, documents).
 */
@ApplicationScoped
public class MeasureTexts implements TextSource {

    @Inject
    MeasureCatalogue catalogue;

    @Override
    public String kind() {
        return "measures";
    }

    @Override
    public List<SearchableText> published() {
        List<SearchableText> texts = new ArrayList<>();
        for (SupportMeasure m : catalogue.find(MeasureFilter.ALL)) {
            for (String language : List.of("ru", "en")) {
                String title = m.title(language);
                if ("en".equals(language) && (m.getTitleEn() == null || m.getTitleEn().isBlank())) {
                    continue; // not translated: found in Russian
                }
                texts.add(new SearchableText(m.getCode(), language, title, m.summary(language),
                        String.join("\n", nonNull(m.giver(language)), nonNull(m.eligibility(language)),
                                nonNull(m.documents(language))),
                        ReadableAddresses.measure(m.getCode())));
            }
        }
        return texts;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
