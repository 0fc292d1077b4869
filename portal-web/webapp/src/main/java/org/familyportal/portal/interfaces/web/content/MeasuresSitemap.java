package org.familyportal.portal.interfaces.web.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.familyportal.content.application.measure.MeasureCatalogue;
import org.familyportal.portal.infrastructure.web.ReadableAddresses;
import org.familyportal.portal.interfaces.web.content.article.SitemapSource;

import java.util.ArrayList;
import java.util.List;

/** The sitemap's support measures: the catalogue, the screener and every published measure. */
@ApplicationScoped
public class MeasuresSitemap implements SitemapSource {

    @Inject
    MeasureCatalogue catalogue;

    @Override
    public List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry(ReadableAddresses.MEASURES, null));
        entries.add(new Entry(ReadableAddresses.SCREENER, null));
        catalogue.publishedCodes().forEach(code -> entries.add(new Entry(ReadableAddresses.measure(code), null)));
        return entries;
    }
}
