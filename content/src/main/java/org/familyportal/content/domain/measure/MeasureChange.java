package org.familyportal.content.domain.measure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** One line of a measure's change log: who changed it, when (UTC), and what. */
@Entity
@Table(name = "support_measure_change")
@NamedQuery(name = "MeasureChange.of",
        query = "SELECT c FROM MeasureChange c WHERE c.measureCode = :code ORDER BY c.changedAt DESC, c.id DESC")
public class MeasureChange {

    public static final int SUMMARY_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "measure_code", length = SupportMeasure.CODE_LENGTH, nullable = false)
    private String measureCode;

    @Column(name = "editor", length = 200, nullable = false)
    private String editor;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    @Column(name = "summary", length = SUMMARY_LENGTH, nullable = false)
    private String summary;

    protected MeasureChange() {
    }

    public MeasureChange(String measureCode, String editor, LocalDateTime changedAt, String summary) {
        this.measureCode = measureCode;
        this.editor = editor;
        this.changedAt = changedAt;
        this.summary = summary.length() > SUMMARY_LENGTH ? summary.substring(0, SUMMARY_LENGTH - 1) + "…" : summary;
    }

    public String getMeasureCode() { return measureCode; }
    public String getEditor() { return editor; }
    public LocalDateTime getChangedAt() { return changedAt; }
    public String getSummary() { return summary; }
}
