package org.familyportal.content.domain.article;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlugsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Как оформить единое пособие|kak-oformit-edinoe-posobie",
            "Что делает семейный ресурсный центр?|chto-delaet-semeynyy-resursnyy-tsentr",
            "Щука, ёж и подъезд|shchuka-ezh-i-podezd",
            "Школа приёмных родителей: 5 вопросов|shkola-priemnykh-roditeley-5-voprosov",
            "How to talk to a teenager|how-to-talk-to-a-teenager",
            "  ---  |article",
            "Café «Семья» № 1|cafe-semya-1"})
    void aTitleBecomesAReadableAddress(String title, String slug) {
        assertEquals(slug, Slugs.of(title));
        assertTrue(Slugs.VALID.matcher(slug).matches());
    }

    @Test
    void aLongTitleIsCutAtAWord() {
        String slug = Slugs.of("Очень длинный заголовок статьи о том, как семье получить помощь в трудной жизненной ситуации и не растеряться");
        assertTrue(slug.length() <= 80, slug);
        assertTrue(!slug.endsWith("-") && Slugs.VALID.matcher(slug).matches(), slug);
    }

    @Test
    void aTakenAddressGetsANumber() {
        Set<String> taken = Set.of("posobie", "posobie-2");
        assertEquals("posobie-3", Slugs.unique("posobie", taken::contains));
        assertEquals("novoe", Slugs.unique("novoe", taken::contains));
    }
}
