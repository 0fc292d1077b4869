package org.familyportal.portal.application.content;

import org.familyportal.content.domain.measure.LifeSituation;
import org.familyportal.content.domain.measure.MeasureKind;
import org.familyportal.content.domain.measure.SupportMeasure;
import org.familyportal.directory.infrastructure.lucene.LuceneTextCollection;
import org.familyportal.portal.application.content.TextSource.SearchableText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A parent finds a support measure in their own words, not in its official wording: the search reads
 * a measure's life situations, its kind and the everyday words for them (as the demo catalogue's
 * measures are worded, shortened).
 */
class MeasureTextsTest {

    private LuceneTextCollection collection;
    private SearchableTexts texts;

    @BeforeEach
    void start() {
        collection = new LuceneTextCollection();
        texts = new SearchableTexts();
        texts.collection = collection;
        List<SearchableText> all = new ArrayList<>();
        for (SupportMeasure m : List.of(
                measure("maternity-capital", MeasureKind.LUMP_SUM, Set.of(LifeSituation.BIRTH, LifeSituation.HOUSING),
                        "Материнский (семейный) капитал", "Сертификат на рождение или усыновление ребёнка.",
                        "Maternity (family) capital", "A certificate for the birth or adoption of a child."),
                measure("irk-large-family-utilities", MeasureKind.BENEFIT, Set.of(LifeSituation.LARGE_FAMILY, LifeSituation.HOUSING),
                        "Компенсация расходов на жильё и коммунальные услуги (Иркутская область)",
                        "Часть платы за жильё и коммунальные услуги возвращается семье.",
                        "Housing and utility compensation (Irkutsk Oblast)", "A share of housing and utility bills is refunded."),
                measure("unified-allowance", MeasureKind.MONTHLY_ALLOWANCE,
                        Set.of(LifeSituation.BIRTH, LifeSituation.LOW_INCOME, LifeSituation.SINGLE_PARENT),
                        "Единое пособие на детей и беременным женщинам", "Ежемесячная выплата семьям с невысоким доходом.",
                        "Unified allowance for children and pregnant women", "A monthly payment to low-income families."),
                measure("disabled-child-pension", MeasureKind.MONTHLY_ALLOWANCE, Set.of(LifeSituation.CHILD_WITH_DISABILITY),
                        "Социальная пенсия ребёнку-инвалиду", "Ежемесячная пенсия.",
                        "Social pension for a child with a disability", "A monthly pension."))) {
            for (String language : List.of("ru", "en")) {
                all.add(new SearchableText(m.getCode(), language, m.title(language), m.summary(language),
                        MeasureTexts.body(m, language), "/measure.xhtml?code=" + m.getCode()));
            }
        }
        texts.refresh(List.of(new TextSource() {
            @Override
            public String kind() {
                return "measures";
            }

            @Override
            public List<SearchableText> published() {
                return all;
            }
        }));
    }

    @AfterEach
    void stop() throws Exception {
        collection.close();
    }

    private static SupportMeasure measure(String code, MeasureKind kind, Set<LifeSituation> situations,
                                          String titleRu, String summaryRu, String titleEn, String summaryEn) {
        SupportMeasure m = new SupportMeasure(code);
        m.setKind(kind);
        m.setSituations(situations);
        m.setTitleRu(titleRu);
        m.setSummaryRu(summaryRu);
        m.setTitleEn(titleEn);
        m.setSummaryEn(summaryEn);
        return m;
    }

    @ParameterizedTest(name = "{1}: \"{0}\" finds {2}")
    @CsvSource({
            "маткапитал, ru, maternity-capital",
            "многодетным льготы, ru, irk-large-family-utilities",
            "льготы многодетным семьям, ru, irk-large-family-utilities",
            "мать одиночка пособие, ru, unified-allowance",
            "деньги на второго ребенка, ru, unified-allowance",
            "пособие на ребенка инвалида, ru, disabled-child-pension",
            "single mother benefits, en, unified-allowance",
            "large family benefits, en, irk-large-family-utilities",
            "matcapital, en, maternity-capital",
    })
    void findsAMeasureInAParentsWords(String question, String language, String code) {
        List<String> found = texts.search(question, "measures", language, 0, 10).hits().stream()
                .map(SearchableText::key).toList();
        assertTrue(found.contains(code), question + " found " + found);
    }
}
