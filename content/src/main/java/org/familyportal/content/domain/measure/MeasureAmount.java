package org.familyportal.content.domain.measure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An amount or a threshold of a measure: its number and unit, the period it is in effect, the source
 * it was read from, and whether an editor has confirmed it against an official source (an unconfirmed
 * figure is shown with a plain warning).
 */
@Embeddable
public class MeasureAmount implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int LABEL_LENGTH = 300;
    public static final int SOURCE_LENGTH = 500;
    public static final int NOTE_LENGTH = 1000;

    @Column(name = "label_ru", length = LABEL_LENGTH, nullable = false)
    private String labelRu;

    @Column(name = "label_en", length = LABEL_LENGTH, nullable = false)
    private String labelEn;

    @Column(name = "amount_value", precision = 14, scale = 2, nullable = false)
    private BigDecimal value;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit", length = 20, nullable = false)
    private AmountUnit unit = AmountUnit.RUB;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "effective_to")
    private LocalDate effectiveTo;

    @Column(name = "source_title", length = SOURCE_LENGTH, nullable = false)
    private String sourceTitle;

    @Column(name = "source_url", length = SOURCE_LENGTH)
    private String sourceUrl;

    @Column(name = "confirmed", nullable = false)
    private boolean confirmed;

    @Column(name = "indexed_in_february", nullable = false)
    private boolean indexedInFebruary;

    @Column(name = "note_ru", length = NOTE_LENGTH)
    private String noteRu;

    @Column(name = "note_en", length = NOTE_LENGTH)
    private String noteEn;

    public MeasureAmount() {
    }

    public MeasureAmount(String labelRu, String labelEn, BigDecimal value, AmountUnit unit, LocalDate effectiveFrom,
                         LocalDate effectiveTo, String sourceTitle, String sourceUrl, boolean confirmed,
                         boolean indexedInFebruary, String noteRu, String noteEn) {
        this.labelRu = labelRu;
        this.labelEn = labelEn;
        this.value = value;
        this.unit = unit;
        this.effectiveFrom = effectiveFrom;
        this.effectiveTo = effectiveTo;
        this.sourceTitle = sourceTitle;
        this.sourceUrl = sourceUrl;
        this.confirmed = confirmed;
        this.indexedInFebruary = indexedInFebruary;
        this.noteRu = noteRu;
        this.noteEn = noteEn;
    }

    /** A copy, so an edited form never shares its rows with a managed measure. */
    public MeasureAmount copy() {
        return new MeasureAmount(labelRu, labelEn, value, unit, effectiveFrom, effectiveTo, sourceTitle, sourceUrl,
                confirmed, indexedInFebruary, noteRu, noteEn);
    }

    /** Whether the amount is in effect on {@code day} (from its first day to its last, both included). */
    public boolean inEffectOn(LocalDate day) {
        return !effectiveFrom.isAfter(day) && (effectiveTo == null || !effectiveTo.isBefore(day));
    }

    /** Whether its period ended before {@code day}. */
    public boolean endedBefore(LocalDate day) {
        return effectiveTo != null && effectiveTo.isBefore(day);
    }

    public String label(String language) {
        return SupportMeasure.localized(labelRu, labelEn, language);
    }

    public String note(String language) {
        return SupportMeasure.localized(noteRu, noteEn, language);
    }

    public String getLabelRu() { return labelRu; }
    public void setLabelRu(String labelRu) { this.labelRu = labelRu; }
    public String getLabelEn() { return labelEn; }
    public void setLabelEn(String labelEn) { this.labelEn = labelEn; }
    public BigDecimal getValue() { return value; }
    public void setValue(BigDecimal value) { this.value = value; }
    public AmountUnit getUnit() { return unit; }
    public void setUnit(AmountUnit unit) { this.unit = unit; }
    public LocalDate getEffectiveFrom() { return effectiveFrom; }
    public void setEffectiveFrom(LocalDate effectiveFrom) { this.effectiveFrom = effectiveFrom; }
    public LocalDate getEffectiveTo() { return effectiveTo; }
    public void setEffectiveTo(LocalDate effectiveTo) { this.effectiveTo = effectiveTo; }
    public String getSourceTitle() { return sourceTitle; }
    public void setSourceTitle(String sourceTitle) { this.sourceTitle = sourceTitle; }
    public String getSourceUrl() { return sourceUrl; }
    public void setSourceUrl(String sourceUrl) { this.sourceUrl = sourceUrl == null || sourceUrl.isBlank() ? null : sourceUrl.strip(); }
    public boolean isConfirmed() { return confirmed; }
    public void setConfirmed(boolean confirmed) { this.confirmed = confirmed; }
    public boolean isIndexedInFebruary() { return indexedInFebruary; }
    public void setIndexedInFebruary(boolean indexedInFebruary) { this.indexedInFebruary = indexedInFebruary; }
    public String getNoteRu() { return noteRu; }
    public void setNoteRu(String noteRu) { this.noteRu = noteRu; }
    public String getNoteEn() { return noteEn; }
    public void setNoteEn(String noteEn) { this.noteEn = noteEn; }
}
