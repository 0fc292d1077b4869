package org.familyportal.portal.interfaces.web.content.measure;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.familyportal.content.application.measure.MeasureCatalogue;
import org.familyportal.content.application.measure.MeasureFilter;
import org.familyportal.content.domain.measure.LifeSituation;
import org.familyportal.content.domain.measure.MeasureLevel;
import org.familyportal.content.domain.measure.SupportMeasure;
import org.familyportal.directory.application.search.SiteSearch;
import org.familyportal.directory.domain.search.Place;
import org.familyportal.portal.interfaces.web.CurrentLanguage;
import org.omnifaces.util.Faces;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Backing bean of {@code measures.xhtml}: the catalogue, filtered by life situation, level and region
 * (GET parameters, so it works without JavaScript), grouped by level. The reader's region comes from
 * the region they chose or the place they gave ({@code ?place=}, as on the search page), and is
 * remembered in a cookie; an unknown value of any filter is ignored.
 */
@Named
@RequestScoped
public class MeasuresPage {

    static final String REGION_COOKIE = "portal_region";
    static final String ALL = "all";

    /** The measures of one level. */
    public record Group(MeasureLevel level, List<SupportMeasure> measures) {
    }

    @Inject
    MeasureCatalogue catalogue;

    @Inject
    MeasureText text;

    @Inject
    SiteSearch search;

    @Inject
    CurrentLanguage language;

    @Inject
    HttpServletRequest request;

    private LifeSituation situation;
    private MeasureLevel level;
    private String region;
    private List<Group> groups;
    private int count;
    private Map<String, String> regions;

    public void load() {
        situation = parse(LifeSituation.class, request.getParameter("situation"));
        level = parse(MeasureLevel.class, request.getParameter("level"));
        region = chosenRegion();
        List<SupportMeasure> found = catalogue.find(new MeasureFilter(situation, level, region));
        count = found.size();
        groups = new ArrayList<>();
        for (MeasureLevel l : MeasureLevel.values()) {
            List<SupportMeasure> ofLevel = found.stream().filter(m -> m.getLevel() == l).toList();
            if (!ofLevel.isEmpty()) {
                groups.add(new Group(l, ofLevel));
            }
        }
    }

    private String chosenRegion() {
        Map<String, String> regions = getRegions();
        String chosen = request.getParameter("region");
        if (ALL.equals(chosen)) {
            remember(ALL);
            return null;
        }
        if (chosen == null || !regions.containsKey(chosen)) {
            String place = request.getParameter("place");
            chosen = place == null || place.isBlank() || place.length() > 200 ? null
                    : search.place(place.strip()).map(Place::regionCode).orElse(null);
        }
        if (chosen != null && regions.containsKey(chosen)) {
            remember(chosen);
            return chosen;
        }
        String remembered = Faces.getRequestCookie(REGION_COOKIE);
        return remembered != null && regions.containsKey(remembered) ? remembered : null;
    }

    private void remember(String value) {
        // As the language cookie: no Domain attribute ("localhost" is OmniFaces' way to send none).
        Faces.addResponseCookie(REGION_COOKIE, value, "localhost",
                request.getContextPath().isEmpty() ? "/" : request.getContextPath(), (int) TimeUnit.DAYS.toSeconds(365));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        return value == null ? null : Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value))
                .findFirst().orElse(null);
    }

    public Map<String, String> getRegions() {
        if (regions == null) {
            regions = text.regions(language.getCode());
        }
        return regions;
    }

    public List<LifeSituation> getSituations() {
        return List.of(LifeSituation.values());
    }

    public List<MeasureLevel> getLevels() {
        return List.of(MeasureLevel.values());
    }

    public String getSituation() {
        return situation == null ? "" : situation.name();
    }

    public String getLevel() {
        return level == null ? "" : level.name();
    }

    public String getRegion() {
        return region == null ? "" : region;
    }

    public String getRegionName() {
        return region == null ? null : getRegions().get(region);
    }

    public List<Group> getGroups() {
        return groups;
    }

    public int getCount() {
        return count;
    }
}
