package org.familyportal.portal.interfaces.web.directory;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.familyportal.directory.domain.search.OpeningRule;
import org.familyportal.directory.domain.search.Phone;
import org.familyportal.directory.domain.search.ServiceArea;
import org.familyportal.directory.domain.search.WeeklyHours;
import org.familyportal.portal.interfaces.web.CurrentLanguage;
import org.omnifaces.util.Faces;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How a service's details read in the reader's language, the same on the results, the service
 * page and the hotline screen: where it serves, what each phone line is, its opening hours.
 */
@Named
@RequestScoped
public class ResultText {

    /** Areas named in full; more are counted ("and 4 more"). */
    private static final int AREAS_NAMED = 3;

    @Inject
    CurrentLanguage language;

    /** Where a service may be used from, by its areas: "Samara Oblast", "Irkutsk, Angarsk and 2 more". */
    public String areas(List<ServiceArea> areas) {
        if (areas == null || areas.isEmpty()) {
            return "";
        }
        String named = areas.stream().limit(AREAS_NAMED).map(a -> a.kind() == ServiceArea.Kind.COUNTRY
                ? Faces.getBundleString("results.area.country") : a.name(language.getCode())).collect(Collectors.joining(", "));
        return areas.size() <= AREAS_NAMED ? Faces.getBundleString("results.serves", named)
                : Faces.getBundleString("results.serves.more", named, areas.size() - AREAS_NAMED);
    }

    /** "Also at 2 more places": the same service found elsewhere, folded into this result. */
    public String alsoAt(int others) {
        return Faces.getBundleString("results.alsoAt", others);
    }

    /** What a line is (main, fax, SMS, textphone...), in the reader's language. */
    public String kind(Phone phone) {
        return Faces.getBundleString("Phone." + phone.kind());
    }

    /**
     * Opening hours as lines, Monday to Sunday (consecutive days with the same periods joined, a
     * lunch break splitting a day, days without hours said closed), then the closures that have not
     * ended; "round the clock" for a service open at every hour; nothing when no hours are given
     * (the page says "hours not given", never "closed").
     */
    public List<String> hours(List<OpeningRule> rules) {
        return hours(week(rules, Instant.now()));
    }

    /** The week of {@code rules} as it stands at {@code now} in the place's own time. */
    public static WeeklyHours week(List<OpeningRule> rules, Instant now) {
        ZoneId zone = rules.stream().map(OpeningRule::zone).filter(java.util.Objects::nonNull).findFirst().orElse(ZoneOffset.UTC);
        return WeeklyHours.of(rules, LocalDate.ofInstant(now, zone));
    }

    /** The lines of {@code week} (see {@link #hours(List)}). */
    public List<String> hours(WeeklyHours week) {
        Locale locale = language.getLocale();
        List<String> lines = new ArrayList<>();
        if (week.kind() == WeeklyHours.Kind.ROUND_THE_CLOCK) {
            lines.add(Faces.getBundleString("service.roundTheClock"));
        }
        for (WeeklyHours.Days days : week.days()) {
            lines.add(days(days, locale) + ": " + (days.closed() ? Faces.getBundleString("service.dayOff")
                    : days.periods().stream().map(WeeklyHours.Period::text).collect(Collectors.joining(", "))));
        }
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        for (OpeningRule closure : week.closures()) {
            lines.add(closure.validFrom() == null && closure.validTo() == null
                    ? Faces.getBundleString("service.closedUntilFurtherNotice")
                    : Faces.getBundleString("service.closed", closure.validFrom() == null ? "" : closure.validFrom().format(date),
                            closure.validTo() == null ? "" : closure.validTo().format(date)));
        }
        return lines;
    }

    /** "Every day", "Mon", "Sat, Sun", "Mon–Fri" in the reader's language. */
    private static String days(WeeklyHours.Days days, Locale locale) {
        if (days.everyDay()) {
            return Faces.getBundleString("service.everyDay");
        }
        String first = days.first().getDisplayName(TextStyle.SHORT, locale);
        String last = days.last().getDisplayName(TextStyle.SHORT, locale);
        return switch (days.count()) {
            case 1 -> first;
            case 2 -> first + ", " + last;
            default -> first + "–" + last;
        };
    }
}
