package org.familyportal.portal.application.content;

import org.familyportal.directory.infrastructure.lucene.LuceneTextCollection;
import org.familyportal.portal.application.content.TextSource.SearchableText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The site-wide search's texts: every kind's published texts, the reader's language first, kept in step. */
class SearchableTextsTest {

    private final List<SearchableText> measures = new ArrayList<>();
    private final List<SearchableText> articles = new ArrayList<>();
    private boolean articlesFail;
    private SearchableTexts texts;
    private LuceneTextCollection collection;

    @BeforeEach
    void start() {
        collection = new LuceneTextCollection();
        texts = new SearchableTexts();
        texts.collection = collection;
        measures.add(new SearchableText("unified-allowance", "ru", "Единое пособие", "Выплата семьям с детьми",
                "Ежемесячно, если доход ниже прожиточного минимума.", "/measures/unified-allowance"));
        measures.add(new SearchableText("unified-allowance", "en", "Unified allowance", "A payment to families",
                "Monthly, when the income is below the subsistence minimum.", "/measures/unified-allowance"));
        articles.add(new SearchableText("kak-poluchit-posobie", "ru", "Как получить единое пособие", "Пошагово",
                "Заявление на Госуслугах.", "/articles/kak-poluchit-posobie"));
    }

    @AfterEach
    void stop() throws Exception {
        collection.close();
    }

    private List<TextSource> sources() {
        return List.of(source("measures", measures), new TextSource() {
            @Override
            public String kind() {
                return "articles";
            }

            @Override
            public List<SearchableText> published() {
                if (articlesFail) {
                    throw new IllegalStateException("the articles' table is locked");
                }
                return articles;
            }
        });
    }

    private static TextSource source(String kind, List<SearchableText> list) {
        return new TextSource() {
            @Override
            public String kind() {
                return kind;
            }

            @Override
            public List<SearchableText> published() {
                return list;
            }
        };
    }

    @Test
    void findsEachKindInTheReadersLanguageWithTheOtherKindsCounted() {
        texts.refresh(sources());

        SearchableTexts.Page page = texts.search("пособие", "measures", "ru", 0, 10);
        assertEquals(List.of("Единое пособие"), page.hits().stream().map(SearchableText::title).toList());
        assertEquals(1, page.total("articles"));
        assertEquals(List.of("Unified allowance"),
                texts.search("allowance", "measures", "en", 0, 10).hits().stream().map(SearchableText::title).toList());
        assertEquals(List.of("Как получить единое пособие"),
                texts.search("пособие", "articles", "en", 0, 10).hits().stream().map(SearchableText::title).toList(),
                "an English reader asking in Russian finds the Russian texts");
    }

    @Test
    void followsWhatIsPublishedAndKeepsAKindThatCannotBeReadAsItWas() {
        texts.refresh(sources());
        articles.add(new SearchableText("semeynaya-ipoteka", "ru", "Семейная ипотека: что изменилось", "", "",
                "/articles/semeynaya-ipoteka"));
        texts.refresh(sources());
        assertEquals(1, texts.search("ипотека", "articles", "ru", 0, 10).hits().size());

        articlesFail = true;
        texts.refresh(sources());
        assertEquals(1, texts.search("ипотека", "articles", "ru", 0, 10).hits().size(), "still searchable");

        articlesFail = false;
        articles.remove(1);
        texts.refresh(sources());
        assertEquals(0, texts.search("ипотека", "articles", "ru", 0, 10).hits().size(), "withdrawn");
    }
}
