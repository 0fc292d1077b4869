package org.familyportal.directory.infrastructure.lucene;

import org.familyportal.directory.domain.search.OpeningRule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Schedules survive the trip through the index unchanged, time zones (or their absence) included. */
class OpeningCodecTest {

    static List<List<OpeningRule>> schedules() {
        return List.of(
                List.of(),
                List.of(new OpeningRule(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0),
                        LocalTime.of(13, 0), null, null, false, ZoneId.of("Asia/Irkutsk"))),
                List.of(new OpeningRule(Set.of(), LocalTime.of(20, 0), LocalTime.of(8, 0), null, null, false,
                        ZoneOffset.ofHoursMinutes(5, 30)),
                        new OpeningRule(Set.of(), null, null, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 8), true,
                                ZoneId.of("Europe/Samara"))),
                List.of(new OpeningRule(EnumSet.of(DayOfWeek.SUNDAY), LocalTime.of(10, 0), LocalTime.of(23, 59, 59),
                        LocalDate.of(2026, 6, 1), null, false, null)),
                List.of(OpeningRule.closedUntilFurtherNotice()));
    }

    @ParameterizedTest
    @MethodSource("schedules")
    void decodesWhatItEncoded(List<OpeningRule> rules) {
        assertEquals(rules, OpeningCodec.decode(OpeningCodec.encode(rules)));
    }
}
