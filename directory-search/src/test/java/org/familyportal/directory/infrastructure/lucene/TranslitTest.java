package org.familyportal.directory.infrastructure.lucene;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Russian typed in Latin letters, read in Cyrillic; English and Russian queries left as they are. */
class TranslitTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            muzh b'et menya i detey pomogite         | муж бьет меня и детей помогите
            pomogite muzh izbil                      | помогите муж избил
            mama menya b'et remnem                   | мама меня бьет ремнем
            ya boyus' otchima                        | я боюсь отчима
            papa pyanyy deretsya                     | папа пьяный дерется
            sosed izbivaet zhenu                     | сосед избивает жену
            za stenoy b'yut zhenshchinu              | за стеной бьют женщину
            on menya ubyot                           | он меня убьет
            hochu pokonchit s soboy                  | хочу покончить с собой
            ne mogu bolshe zhit                      | не могу больше жить
            sin rezhet ruki                          | син режет руки
            alimenty ne platit                       | алименты не платить
            dolgi po kreditam chto delat             | долги по кредитам что делать
            kak poluchit edinoe posobie              | как получить единое пособие
            how to join the social contract          | how to join the social contract
            psiholog dlya rebenka                    | психолог для ребенка
            MUZH BIET                                | муж бьет
            """)
    void readsRussianInLatinLetters(String typed, String read) {
        assertEquals(read, Translit.read(typed).replace('ё', 'е'));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "my husband hits me", "i want to die", "my son is killing it at chess", "summer camp for teens",
            "food bank for families", "single dad support group", "my teenager won't talk to me",
            "he grabbed me by the throat", "baby won't stop crying", "things to do with kids this weekend",
            "autism assessment for my son", "free legal aid for families", "pomogite", "help",
            "муж бьет", "мама пьет и бьет меня мне 12", "ABA терапия", "12", "",
    })
    void leavesOtherQueriesAsTheyAre(String text) {
        assertSame(text, Translit.read(text));
    }

    @Test
    void spellsEveryWordInAFewWaysAtMost() {
        assertTrue(Translit.spellings("shchitovidnaya").size() <= 600);
        assertEquals("муж", Translit.plain("muzh"));
    }
}
