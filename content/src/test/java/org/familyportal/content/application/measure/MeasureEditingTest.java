package org.familyportal.content.application.measure;

import org.familyportal.content.application.port.ContentCaller;
import org.familyportal.content.application.port.ContentRole;
import org.familyportal.content.domain.measure.MeasureChange;
import org.familyportal.content.domain.measure.MeasureRepository;
import org.familyportal.content.domain.measure.Measures;
import org.familyportal.content.domain.measure.SupportMeasure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MeasureEditingTest {

    /** Measures in a map; a save bumps the version as JPA does at commit. */
    static class InMemory implements MeasureRepository {
        final Map<String, SupportMeasure> measures = new LinkedHashMap<>();
        final List<MeasureChange> log = new ArrayList<>();

        public Optional<SupportMeasure> find(String code) { return Optional.ofNullable(measures.get(code)); }
        public List<SupportMeasure> all() { return List.copyOf(measures.values()); }
        public List<SupportMeasure> published() { return all().stream().filter(SupportMeasure::isPublished).toList(); }
        public List<String> publishedCodes() { return published().stream().map(SupportMeasure::getCode).toList(); }
        public void add(SupportMeasure measure) { measures.put(measure.getCode(), measure); }
        public void log(MeasureChange change) { log.add(change); }
        public List<MeasureChange> changes(String code, int max) { return log.stream().filter(c -> c.getMeasureCode().equals(code)).limit(max).toList(); }
    }

    static class Caller implements ContentCaller {
        boolean editor = true;
        public String require(ContentRole... anyOf) {
            if (!editor) {
                throw refusal("not an editor");
            }
            return "editor@family-portal.local";
        }
        public boolean hasRole(ContentRole role) { return editor; }
        public RuntimeException refusal(String why) { return new SecurityException(why); }
    }

    private final InMemory repository = new InMemory();
    private final Caller caller = new Caller();
    private final MeasureEditing editing = new MeasureEditing();

    @BeforeEach
    void setUp() {
        editing.measures = repository;
        editing.caller = caller;
        editing.staleAfterMonths = 6;
        editing.clock = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
        repository.add(Measures.federal("birth-grant"));
    }

    @Test
    void onlyEditorsAndAdministratorsMayReadTheListOrChange() {
        caller.editor = false;
        assertThrows(SecurityException.class, () -> editing.list(false));
        assertThrows(SecurityException.class, editing::staleCount);
        assertThrows(SecurityException.class, () -> editing.forEditing("birth-grant"));
        assertThrows(SecurityException.class, () -> editing.save(Measures.federal("birth-grant")));
        assertThrows(SecurityException.class, () -> editing.create(Measures.federal("other")));
        assertThrows(SecurityException.class, () -> editing.verifyToday("birth-grant", 0));
    }

    @Test
    void anEditedAmountIsSavedAndTheChangeLoggedWithWhoAndWhat() {
        SupportMeasure form = editing.forEditing("birth-grant");
        form.getAmounts().get(0).setValue(new BigDecimal("30000"));
        form.getAmounts().get(0).setEffectiveFrom(LocalDate.of(2027, 2, 1));
        editing.save(form);
        assertEquals(new BigDecimal("30000"), repository.measures.get("birth-grant").getAmounts().get(0).getValue());
        MeasureChange change = repository.log.get(0);
        assertEquals("editor@family-portal.local", change.getEditor());
        assertTrue(change.getSummary().contains("30000"), change.getSummary());
    }

    @Test
    void aFormOfAnOlderVersionIsRefusedAsChangedMeanwhile() {
        SupportMeasure form = editing.forEditing("birth-grant");
        // Someone else saved: the stored version moved on.
        repository.measures.put("birth-grant", versioned(Measures.federal("birth-grant"), 3));
        MeasureRefused refused = assertThrows(MeasureRefused.class, () -> editing.save(form));
        assertEquals(List.of("measures.changedMeanwhile"), refused.messageKeys());
        assertThrows(MeasureRefused.class, () -> editing.verifyToday("birth-grant", 0));
    }

    @Test
    void anInvalidFormIsRefusedWithEveryProblemAndNothingChanges() {
        SupportMeasure form = editing.forEditing("birth-grant");
        form.setTitleEn("");
        form.getAmounts().get(0).setSourceTitle("");
        MeasureRefused refused = assertThrows(MeasureRefused.class, () -> editing.save(form));
        assertEquals(List.of("measures.invalid.title", "measures.invalid.amountSource"), refused.messageKeys());
        assertEquals("Grant", repository.measures.get("birth-grant").getTitleEn());
        assertTrue(repository.log.isEmpty());
    }

    @Test
    void aNewMeasureMayNotTakeAnExistingCode() {
        MeasureRefused refused = assertThrows(MeasureRefused.class, () -> editing.create(Measures.federal("birth-grant")));
        assertEquals(List.of("measures.codeTaken"), refused.messageKeys());
        editing.create(Measures.federal("new-measure"));
        assertTrue(repository.measures.containsKey("new-measure"));
    }

    @Test
    void verifiedTodayRecordsTheEditorAndTheDateAndTheMeasureIsNoLongerStale() {
        assertEquals(1, editing.staleCount());
        assertEquals(1, editing.list(true).size());
        editing.verifyToday("birth-grant", 0);
        SupportMeasure m = repository.measures.get("birth-grant");
        assertEquals(LocalDate.of(2026, 12, 1), m.getVerifiedOn());
        assertEquals("editor@family-portal.local", m.getVerifiedBy());
        assertEquals(0, editing.staleCount());
        assertEquals(List.of(), editing.list(true));
        assertEquals(1, editing.list(false).size());
    }

    private static SupportMeasure versioned(SupportMeasure m, long version) {
        try {
            var field = SupportMeasure.class.getDeclaredField("version");
            field.setAccessible(true);
            field.setLong(m, version);
            return m;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
