package org.familyportal.portal.interfaces.web.directory;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.familyportal.directory.domain.search.OpeningRule;
import org.familyportal.directory.domain.search.Phone;
import org.familyportal.directory.domain.search.ServiceArea;
import org.familyportal.portal.interfaces.web.CurrentLanguage;
import org.omnifaces.util.Faces;

import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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

    /** Opening hours as lines of days and periods (lunch breaks split a day), then closures. */
    public List<String> hours(List<OpeningRule> rules) {
        Locale locale = language.getLocale();
        Map<String, List<String>> byDays = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>();
        for (OpeningRule rule : rules) {
            if (rule.closure() && rule.validFrom() == null && rule.validTo() == null) {
                lines.add(Faces.getBundleString("service.closedUntilFurtherNotice"));
                continue;
            }
            if (rule.closure()) {
                DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
                lines.add(Faces.getBundleString("service.closed", rule.validFrom() == null ? "" : rule.validFrom().format(date),
                        rule.validTo() == null ? "" : rule.validTo().format(date)));
                continue;
            }
            if (rule.opens() == null || rule.closes() == null) {
                continue;
            }
            String hours = rule.opens().toString().substring(0, 5) + "–"
                    + (rule.closes().getHour() == 23 && rule.closes().getMinute() == 59 ? "24:00" : rule.closes().toString().substring(0, 5));
            byDays.computeIfAbsent(days(rule.days(), locale), d -> new ArrayList<>()).add(hours);
        }
        List<String> opening = new ArrayList<>();
        // A day's periods in the order of the day, however the data lists them.
        byDays.forEach((days, hours) -> opening.add(days + ": " + String.join(", ", hours.stream().sorted().toList())));
        opening.addAll(lines);
        return opening;
    }

    private static String days(Set<DayOfWeek> days, Locale locale) {
        if (days.size() == 7) {
            return Faces.getBundleString("service.everyDay");
        }
        List<DayOfWeek> sorted = days.stream().sorted().toList();
        boolean run = sorted.size() > 2 && sorted.get(sorted.size() - 1).getValue() - sorted.get(0).getValue() == sorted.size() - 1;
        if (run) {
            return sorted.get(0).getDisplayName(TextStyle.SHORT, locale) + "–"
                    + sorted.get(sorted.size() - 1).getDisplayName(TextStyle.SHORT, locale);
        }
        return sorted.stream().map(d -> d.getDisplayName(TextStyle.SHORT, locale)).collect(Collectors.joining(", "));
    }
}
