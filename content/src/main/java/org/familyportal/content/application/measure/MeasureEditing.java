package org.familyportal.content.application.measure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.familyportal.content.application.port.ContentCaller;
import org.familyportal.content.application.port.ContentRole;
import org.familyportal.content.domain.measure.MeasureChange;
import org.familyportal.content.domain.measure.MeasureRepository;
import org.familyportal.content.domain.measure.MeasureRules;
import org.familyportal.content.domain.measure.MeasureSummary;
import org.familyportal.content.domain.measure.StaleReason;
import org.familyportal.content.domain.measure.Staleness;
import org.familyportal.content.domain.measure.SupportMeasure;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * How editors and administrators keep the catalogue: the list with what is stale, one measure to
 * edit, saving it (validated, refused when someone else saved meanwhile, logged with who and what),
 * and confirming it as verified today. Each use case checks the caller's role itself.
 */
@ApplicationScoped
public class MeasureEditing {

    /** A row of the editors' list: the measure and why it is stale (empty when it is not). */
    public record Row(SupportMeasure measure, Set<StaleReason> staleReasons) {
        public boolean isStale() {
            return !staleReasons.isEmpty();
        }
    }

    @Inject
    MeasureRepository measures;

    @Inject
    ContentCaller caller;

    @Inject
    @ConfigProperty(name = "portal.measures.stale-after-months", defaultValue = "6")
    int staleAfterMonths;

    Clock clock = Clock.systemUTC();

    public List<Row> list(boolean staleOnly) {
        caller.require(ContentRole.EDITOR, ContentRole.ADMIN);
        Staleness staleness = staleness();
        LocalDate today = LocalDate.now(clock);
        return measures.all().stream().map(m -> new Row(m, staleness.reasons(m, today)))
                .filter(r -> !staleOnly || r.isStale()).toList();
    }

    public long staleCount() {
        caller.require(ContentRole.EDITOR, ContentRole.ADMIN);
        Staleness staleness = staleness();
        LocalDate today = LocalDate.now(clock);
        return measures.all().stream().filter(m -> staleness.isStale(m, today)).count();
    }

    /** Why the measure is stale today (for the edit page). */
    public Set<StaleReason> staleReasons(SupportMeasure measure) {
        caller.require(ContentRole.EDITOR, ContentRole.ADMIN);
        return staleness().reasons(measure, LocalDate.now(clock));
    }

    /** A detached copy of the measure to edit in a form. */
    public SupportMeasure forEditing(String code) {
        caller.require(ContentRole.EDITOR, ContentRole.ADMIN);
        return measures.find(code).map(SupportMeasure::copy).orElseThrow(() -> new MeasureRefused("measures.notFound"));
    }

    public List<MeasureChange> changes(String code) {
        caller.require(ContentRole.EDITOR, ContentRole.ADMIN);
        return measures.changes(code, 50);
    }

    /** Adds a new measure; its code must be free. */
    @Transactional
    public void create(SupportMeasure edited) {
        String editor = caller.require(ContentRole.EDITOR, ContentRole.ADMIN);
        valid(edited);
        if (measures.find(edited.getCode()).isPresent()) {
            throw new MeasureRefused("measures.codeTaken");
        }
        SupportMeasure created = new SupportMeasure(edited.getCode());
        created.applyEdits(edited);
        measures.add(created);
        measures.log(new MeasureChange(created.getCode(), editor, LocalDateTime.now(clock), "created"));
    }

    /**
     * Saves an edited measure, refused when someone else saved it since the form was read (its
     * version); to go on editing, the page reads it again ({@link #forEditing}) for its new version.
     */
    @Transactional
    public void save(SupportMeasure edited) {
        String editor = caller.require(ContentRole.EDITOR, ContentRole.ADMIN);
        valid(edited);
        SupportMeasure managed = measures.find(edited.getCode()).orElseThrow(() -> new MeasureRefused("measures.notFound"));
        if (managed.getVersion() != edited.getVersion()) {
            throw new MeasureRefused("measures.changedMeanwhile");
        }
        String difference = MeasureSummary.difference(managed, edited);
        managed.applyEdits(edited);
        measures.log(new MeasureChange(managed.getCode(), editor, LocalDateTime.now(clock), difference));
    }

    private static void valid(SupportMeasure edited) {
        List<String> problems = MeasureRules.problems(edited);
        if (!problems.isEmpty()) {
            throw new MeasureRefused(problems);
        }
    }

    /** The editor checked the measure against its sources today. */
    @Transactional
    public void verifyToday(String code, long version) {
        String editor = caller.require(ContentRole.EDITOR, ContentRole.ADMIN);
        SupportMeasure managed = measures.find(code).orElseThrow(() -> new MeasureRefused("measures.notFound"));
        if (managed.getVersion() != version) {
            throw new MeasureRefused("measures.changedMeanwhile");
        }
        LocalDate today = LocalDate.now(clock);
        managed.verify(editor, today);
        measures.log(new MeasureChange(code, editor, LocalDateTime.now(clock), "verified " + today));
    }

    private Staleness staleness() {
        return new Staleness(Math.max(1, staleAfterMonths));
    }
}
