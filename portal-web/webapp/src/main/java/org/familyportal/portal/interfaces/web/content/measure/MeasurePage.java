package org.familyportal.portal.interfaces.web.content.measure;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.familyportal.content.application.measure.MeasureCatalogue;
import org.familyportal.content.domain.measure.MeasureAmount;
import org.familyportal.content.domain.measure.SupportMeasure;
import org.familyportal.directory.application.search.SiteSearch;
import org.familyportal.directory.domain.search.IndexedService;
import org.familyportal.portal.infrastructure.config.PublicAddress;
import org.familyportal.portal.infrastructure.web.ReadableAddresses;
import org.familyportal.portal.interfaces.web.CurrentLanguage;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Backing bean of {@code measure.xhtml?code=…} (at {@code /measures/<code>}): one published measure in plain words, its amounts in
 * effect now or later with their dates and sources, and the directory's services that help apply
 * (only those still published in the directory). An unknown code is a 404.
 */
@Named
@RequestScoped
public class MeasurePage {

    /**
     * A service of the directory that helps apply: its id (for {@code service.xhtml?id=}), name,
     * organisation and where it works (two regions' "Семейная линия" have the same name and
     * organisation: without the area a parent sees the same line twice and cannot tell which is theirs).
     */
    public record HelpingService(String id, String name, String organization, String area) {
    }

    @Inject
    MeasureCatalogue catalogue;

    @Inject
    SiteSearch search;

    @Inject
    CurrentLanguage language;

    @Inject
    PublicAddress address;

    private SupportMeasure measure;
    private List<HelpingService> services;

    public void load() throws IOException {
        // From Faces' request, the forwarded one (ReadableAddressFilter): see ArticlePage.
        measure = catalogue.published(Faces.getRequestParameter("code")).orElse(null);
        if (measure == null) {
            Faces.responseSendError(404, null);
        }
    }

    public SupportMeasure getMeasure() {
        return measure;
    }

    /** The absolute address of this page (canonical, Open Graph). */
    public String getCanonical() {
        return address.resolve(ReadableAddresses.measure(measure.getCode()));
    }

    public String getLang() {
        return language.getCode();
    }

    public List<MeasureAmount> getAmounts() {
        return measure.amountsFrom(LocalDate.now());
    }

    /**
     * The amount whose source every amount shown shares (title and address), so the page names it once
     * under the list instead of under each figure; {@code null} when they differ or there is one amount
     * or none (then each figure names its own).
     */
    public MeasureAmount getSharedSource() {
        return sharedSource(getAmounts());
    }

    static MeasureAmount sharedSource(List<MeasureAmount> amounts) {
        if (amounts.size() < 2) {
            return null;
        }
        MeasureAmount first = amounts.get(0);
        boolean same = amounts.stream().allMatch(a -> java.util.Objects.equals(a.getSourceTitle(), first.getSourceTitle())
                && java.util.Objects.equals(a.getSourceUrl(), first.getSourceUrl()));
        return same ? first : null;
    }

    public boolean isUnconfirmed() {
        return measure.hasUnconfirmedAmount(LocalDate.now());
    }

    public List<HelpingService> getServices() {
        if (services == null) {
            services = new ArrayList<>();
            for (String id : measure.getServiceIds()) {
                try {
                    search.service(id).ifPresent(s -> services.add(service(s, language.getCode())));
                } catch (SQLException e) {
                    throw new IllegalStateException("The directory could not be read", e);
                }
            }
        }
        return services;
    }

    static HelpingService service(IndexedService s, String language) {
        String area = s.areas().stream()
                .map(a -> "en".equals(language) && a.nameEn() != null && !a.nameEn().isBlank() ? a.nameEn() : a.nameRu())
                .filter(n -> n != null && !n.isBlank()).distinct().collect(java.util.stream.Collectors.joining(", "));
        return new HelpingService(s.id(), s.name(), s.organization(), area);
    }
}
