package org.familyportal.directory.domain.search;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A service is free only when its data says so; when the data is silent its cost is unknown. */
class CostTest {

    @ParameterizedTest(name = "{0} / {1} / {2} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # option amount | option words              | fees description                                   | cost
            -               | -                         | -                                                  | UNKNOWN
            -               | -                         | Запись по телефону                                 | UNKNOWN
            0               | -                         | -                                                  | FREE
            0               | Бесплатно                 | Бесплатно                                          | FREE
            -               | -                         | Бесплатно                                          | FREE
            -               | -                         | Безвозмездно                                       | FREE
            -               | -                         | По полису ОМС бесплатно                            | FREE
            -               | -                         | Free of charge                                     | FREE
            -               | -                         | No fee                                             | FREE
            -               | Без оплаты                | -                                                  | FREE
            500             | -                         | -                                                  | PAID
            0               | -                         | Для остальных 300 руб.                             | PAID
            -               | -                         | Платно                                             | PAID
            -               | -                         | 1500 руб. за консультацию                          | PAID
            -               | -                         | Бесплатно для многодетных, для остальных 300 ₽     | PAID
            -               | -                         | The current rate is £50 per hour                   | PAID
            -               | -                         | Звонок бесплатный                                  | FREE
            """)
    void costFollowsTheData(BigDecimal amount, String words, String fees, Cost expected) {
        List<Cost.Option> options = amount == null && words == null ? List.of() : List.of(new Cost.Option(amount, words));
        assertEquals(expected, Cost.of(options, fees));
    }
}
