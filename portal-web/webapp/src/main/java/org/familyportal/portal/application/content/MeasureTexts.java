package org.familyportal.portal.application.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.familyportal.content.application.measure.MeasureCatalogue;
import org.familyportal.content.application.measure.MeasureFilter;
import org.familyportal.content.domain.measure.LifeSituation;
import org.familyportal.content.domain.measure.SupportMeasure;
import org.familyportal.portal.infrastructure.web.ReadableAddresses;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The published support measures, for the site-wide search's "measures" tab: each in Russian and in
 * English (a measure carries both), read as a parent would (who gives it, who may get it, documents,
 * how to apply). Parents ask in their own words ("многодетным льготы", "маткапитал", "single mother
 * benefits"), not in a measure's official wording: so a measure's text also carries the names of its
 * life situations and kind as the catalogue shows them, and the everyday words for them and for the
 * measure itself that the bundles keep ({@code siteSearch.words.situation.*},
 * {@code siteSearch.words.measure.<code>}).
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
                texts.add(new SearchableText(m.getCode(), language, title, m.summary(language), body(m, language),
                        ReadableAddresses.measure(m.getCode())));
            }
        }
        return texts;
    }

    /** What the search reads of a measure besides its title and summary, in {@code language}. */
    static String body(SupportMeasure m, String language) {
        ResourceBundle words = ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag(language));
        List<String> parts = new ArrayList<>(List.of(nonNull(m.giver(language)), nonNull(m.eligibility(language)),
                nonNull(m.documents(language)), nonNull(m.howToApply(language)),
                word(words, "MeasureKind." + m.getKind().name())));
        for (LifeSituation situation : m.getSituations()) {
            parts.add(word(words, "LifeSituation." + situation.name()));
            parts.add(word(words, "siteSearch.words.situation." + situation.name()));
        }
        parts.add(word(words, "siteSearch.words.measure." + m.getCode()));
        return String.join("\n", parts);
    }

    private static String word(ResourceBundle bundle, String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "";
        }
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
