package org.familyportal.directory.infrastructure.lucene;

import org.familyportal.directory.domain.search.OpeningRule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Opening rules as a short text in the index, e.g. {@code Asia/Irkutsk|12345|090000|130000|||0}
 * (zone, weekdays, opens, closes, valid from, valid to, closure; an empty zone is an unknown one);
 * rules joined by {@code ;}.
 */
final class OpeningCodec {

    private OpeningCodec() {
    }

    static String encode(List<OpeningRule> rules) {
        return rules.stream().map(r -> (r.zone() == null ? "" : r.zone().getId()) + "|"
                + r.days().stream().map(d -> String.valueOf(d.getValue())).collect(Collectors.joining()) + "|"
                + time(r.opens()) + "|" + time(r.closes()) + "|"
                + (r.validFrom() == null ? "" : r.validFrom()) + "|" + (r.validTo() == null ? "" : r.validTo()) + "|"
                + (r.closure() ? "1" : "0")).collect(Collectors.joining(";"));
    }

    static List<OpeningRule> decode(String text) {
        List<OpeningRule> rules = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return rules;
        }
        for (String rule : text.split(";")) {
            String[] p = rule.split("\\|", -1);
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (char c : p[1].toCharArray()) {
                days.add(DayOfWeek.of(c - '0'));
            }
            rules.add(new OpeningRule(days, parse(p[2]), parse(p[3]), p[4].isEmpty() ? null : LocalDate.parse(p[4]),
                    p[5].isEmpty() ? null : LocalDate.parse(p[5]), "1".equals(p[6]), p[0].isEmpty() ? null : ZoneId.of(p[0])));
        }
        return rules;
    }

    private static String time(LocalTime time) {
        return time == null ? "" : String.format("%02d%02d%02d", time.getHour(), time.getMinute(), time.getSecond());
    }

    private static LocalTime parse(String text) {
        return text.isEmpty() ? null : LocalTime.of(Integer.parseInt(text.substring(0, 2)),
                Integer.parseInt(text.substring(2, 4)), Integer.parseInt(text.substring(4, 6)));
    }
}
