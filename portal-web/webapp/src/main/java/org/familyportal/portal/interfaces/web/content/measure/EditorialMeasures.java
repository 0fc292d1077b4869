package org.familyportal.portal.interfaces.web.content.measure;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.familyportal.content.application.measure.MeasureEditing;
import org.familyportal.content.domain.measure.MeasureLevel;

import java.util.List;
import java.util.Locale;

/**
 * Backing bean of {@code editorial/measures.xhtml}: every measure with its stale flag, filtered by
 * "stale only", level, region and words of its code or title (GET parameters); and the number of
 * stale measures for the editorial start page.
 */
@Named
@RequestScoped
public class EditorialMeasures {

    @Inject
    MeasureEditing editing;

    @Inject
    HttpServletRequest request;

    private List<MeasureEditing.Row> rows;
    private Long staleCount;

    public List<MeasureEditing.Row> getRows() {
        if (rows == null) {
            String level = request.getParameter("level");
            String region = request.getParameter("region");
            String words = request.getParameter("q");
            String q = words == null || words.isBlank() ? null : words.strip().toLowerCase(Locale.ROOT);
            rows = editing.list(isStaleOnly()).stream()
                    .filter(r -> level == null || level.isEmpty() || r.measure().getLevel().name().equals(level))
                    .filter(r -> region == null || region.isEmpty() || region.equals(r.measure().getRegionCode()))
                    .filter(r -> q == null || r.measure().getCode().contains(q)
                            || r.measure().getTitleRu().toLowerCase(Locale.ROOT).contains(q)
                            || r.measure().getTitleEn().toLowerCase(Locale.ROOT).contains(q))
                    .toList();
        }
        return rows;
    }

    public boolean isStaleOnly() {
        return "true".equals(request.getParameter("stale"));
    }

    public long getStaleCount() {
        if (staleCount == null) {
            staleCount = editing.staleCount();
        }
        return staleCount;
    }

    public List<MeasureLevel> getLevels() {
        return List.of(MeasureLevel.values());
    }

    public String param(String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value;
    }
}
