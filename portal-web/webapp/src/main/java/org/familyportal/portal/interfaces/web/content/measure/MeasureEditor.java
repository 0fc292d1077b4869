package org.familyportal.portal.interfaces.web.content.measure;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.TransactionalException;
import org.familyportal.content.application.measure.MeasureEditing;
import org.familyportal.content.application.measure.MeasureRefused;
import org.familyportal.content.domain.measure.AmountUnit;
import org.familyportal.content.domain.measure.ApplicationChannel;
import org.familyportal.content.domain.measure.LifeSituation;
import org.familyportal.content.domain.measure.MeasureAmount;
import org.familyportal.content.domain.measure.MeasureChange;
import org.familyportal.content.domain.measure.MeasureKind;
import org.familyportal.content.domain.measure.MeasureLevel;
import org.familyportal.content.domain.measure.StaleReason;
import org.familyportal.content.domain.measure.SupportMeasure;
import org.familyportal.directory.application.search.SiteSearch;
import org.familyportal.directory.domain.search.SearchQuery;
import org.familyportal.directory.domain.search.SearchResults;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Backing bean of {@code editorial/measure.xhtml?code=…} (no code: a new measure): the form over a
 * detached copy of the measure, its amounts with dates and sources, the directory's services picked
 * by search, "verified today", and the change log. A refused save keeps everything typed.
 */
@Named
@ViewScoped
public class MeasureEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MAX_HITS = 10;

    /** A linked service: its id, and its name when the directory still publishes it. */
    public record LinkedService(String id, String name) implements Serializable {
    }

    @Inject
    MeasureEditing editing;

    @Inject
    SiteSearch search;

    @Inject
    MeasureText text;

    @Inject
    org.familyportal.portal.interfaces.web.CurrentLanguage language;

    private String code;
    private boolean creating;
    private SupportMeasure measure;
    private String[] situations = new String[0];
    private String[] channels = new String[0];
    private String serviceQuery;
    private List<SearchResults.Hit> serviceHits = List.of();

    public void load() throws IOException {
        if (measure != null) {
            return;
        }
        if (code == null || code.isBlank()) {
            creating = true;
            measure = new SupportMeasure("");
            return;
        }
        try {
            show(editing.forEditing(code));
        } catch (MeasureRefused e) {
            Faces.responseSendError(404, null);
        }
    }

    private void show(SupportMeasure copy) {
        measure = copy;
        situations = copy.getSituations().stream().map(Enum::name).toArray(String[]::new);
        channels = copy.getChannels().stream().map(Enum::name).toArray(String[]::new);
    }

    public void addAmount() {
        measure.getAmounts().add(new MeasureAmount("", "", BigDecimal.ZERO, AmountUnit.RUB, LocalDate.now(), null,
                "", null, false, false, null, null));
    }

    public void removeAmount(int index) {
        if (index >= 0 && index < measure.getAmounts().size()) {
            measure.getAmounts().remove(index);
        }
    }

    public void findServices() {
        String words = serviceQuery == null ? "" : serviceQuery.strip();
        if (words.isEmpty() || words.length() > 200) {
            serviceHits = List.of();
            return;
        }
        try {
            serviceHits = search.search(new SearchQuery(words, null, null, null, Set.of(), Set.of(), Set.of(), Set.of(),
                    Set.of(), null, false, false, Instant.now(), 0, MAX_HITS, Set.of(), false)).hits();
        } catch (IOException e) {
            throw new IllegalStateException("The directory could not be searched", e);
        }
    }

    public void addService(String id) {
        if (id != null && !measure.getServiceIds().contains(id) && measure.getServiceIds().size() < SupportMeasure.MAX_SERVICES) {
            measure.getServiceIds().add(id);
        }
    }

    public void removeService(String id) {
        measure.getServiceIds().remove(id);
    }

    public List<LinkedService> getLinkedServices() {
        List<LinkedService> linked = new ArrayList<>();
        for (String id : measure.getServiceIds()) {
            try {
                linked.add(new LinkedService(id, search.service(id).map(s -> s.name() + " — " + s.organization()).orElse(null)));
            } catch (SQLException e) {
                throw new IllegalStateException("The directory could not be read", e);
            }
        }
        return linked;
    }

    public String save() {
        measure.setSituations(enums(LifeSituation.class, situations));
        measure.setChannels(enums(ApplicationChannel.class, channels));
        if (attempt(() -> {
            if (creating) {
                editing.create(measure);
            } else {
                editing.save(measure);
            }
        })) {
            Messages.addFlashGlobalInfo("measures.saved");
            return "/editorial/measure.xhtml?faces-redirect=true&code=" + measure.getCode();
        }
        return null;
    }

    public String verifyToday() {
        if (attempt(() -> editing.verifyToday(measure.getCode(), measure.getVersion()))) {
            Messages.addFlashGlobalInfo("measures.verifiedToday.done");
            return "/editorial/measure.xhtml?faces-redirect=true&code=" + measure.getCode();
        }
        return null;
    }

    private static boolean attempt(Runnable action) {
        try {
            action.run();
            return true;
        } catch (MeasureRefused e) {
            e.messageKeys().forEach(Messages::addGlobalError);
            return false;
        } catch (OptimisticLockException | TransactionalException e) {
            // Two saves at once: the other one committed first.
            Messages.addGlobalError("measures.changedMeanwhile");
            return false;
        }
    }

    private static <E extends Enum<E>> Set<E> enums(Class<E> type, String[] names) {
        Set<E> values = EnumSet.noneOf(type);
        if (names != null) {
            Arrays.stream(names).forEach(n -> Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(n))
                    .findFirst().ifPresent(values::add));
        }
        return values;
    }

    public Set<StaleReason> getStaleReasons() {
        return creating ? Set.of() : editing.staleReasons(measure);
    }

    public List<MeasureChange> getChanges() {
        return creating ? List.of() : editing.changes(measure.getCode());
    }

    /** A change log line in the editor's language (the log stores a fixed English form). */
    public String change(MeasureChange change) {
        return new MeasureChangeWords(java.util.ResourceBundle.getBundle("i18n.messages", language.getLocale()), language.getLocale())
                .describe(change.getSummary());
    }

    /** The regions by name (code → name), with the measure's own code kept when the gazetteer does not know it. */
    public java.util.Map<String, String> getRegions() {
        java.util.Map<String, String> regions = new java.util.LinkedHashMap<>(text.regions(language.getCode()));
        String own = measure == null ? null : measure.getRegionCode();
        if (own != null && !own.isBlank()) {
            regions.putIfAbsent(own, own);
        }
        return regions;
    }

    public List<MeasureLevel> getLevels() { return List.of(MeasureLevel.values()); }
    public List<MeasureKind> getKinds() { return List.of(MeasureKind.values()); }
    public List<AmountUnit> getUnits() { return List.of(AmountUnit.values()); }
    public List<LifeSituation> getAllSituations() { return List.of(LifeSituation.values()); }
    public List<ApplicationChannel> getAllChannels() { return List.of(ApplicationChannel.values()); }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public boolean isCreating() { return creating; }
    public SupportMeasure getMeasure() { return measure; }
    public String[] getSituations() { return situations; }
    public void setSituations(String[] situations) { this.situations = situations; }
    public String[] getChannels() { return channels; }
    public void setChannels(String[] channels) { this.channels = channels; }
    public String getServiceQuery() { return serviceQuery; }
    public void setServiceQuery(String serviceQuery) { this.serviceQuery = serviceQuery; }
    public List<SearchResults.Hit> getServiceHits() { return serviceHits; }

    /** The code of a new measure, typed by the editor (an existing one's code is not shown as a field). */
    public String getNewCode() { return measure.getCode(); }
    public void setNewCode(String newCode) {
        if (creating) {
            measure.setCode(newCode == null ? "" : newCode.strip());
        }
    }
}
